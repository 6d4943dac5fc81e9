package com.nordhost.clientarea.domain.twofactor;

import java.time.Instant;
import java.util.Objects;

/**
 * One authenticator of an account as any screen lists it: an app, the backup code, a security key, a remembered
 * browser. {@code name} is what the customer called it, or null where the kind has no name.
 */
public record Authenticator(AuthenticatorKind kind, long id, String name, Instant addedAt, Instant lastUsedAt) {

    public Authenticator {
        Objects.requireNonNull(kind, "The kind is required.");
    }
}
