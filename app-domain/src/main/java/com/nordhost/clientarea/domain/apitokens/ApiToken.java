package com.nordhost.clientarea.domain.apitokens;

import java.time.Instant;

/** A named API token as the back-office lists it; never its secret (nor the secret's hash). */
public record ApiToken(long id, String name, Instant createdAt, String createdBy, Instant lastUsedAt,
                       Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
