package com.nordhost.clientarea.domain.twofactor;

import java.time.Instant;

/** What Security settings lists of an authenticator app: no secret. {@code name} is null for the wizard's app. */
public record AuthenticatorAppSummary(long id, String name, Instant addedAt, Instant lastUsedAt) {
}
