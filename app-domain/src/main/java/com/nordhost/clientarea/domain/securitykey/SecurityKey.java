package com.nordhost.clientarea.domain.securitykey;

import java.time.Instant;
import java.util.Objects;

/**
 * A security key or passkey of a customer, as Security settings lists it (decisions 0024, 0045). Nothing secret: the
 * credential's public key stays in the repository, its private key never leaves the authenticator.
 *
 * @param name       what the customer called it ("Blue YubiKey")
 * @param lastUsedAt the last login it passed; null: not used since it was added
 * @param use        whether it signs in alone (a passkey) or only after the password
 */
public record SecurityKey(long id, String name, Instant addedAt, Instant lastUsedAt, KeyUse use) {

    public SecurityKey {
        Objects.requireNonNull(use, "A key's use is required.");
    }

    /** A key that signs in only after the password (every key before decision 0045). */
    public SecurityKey(long id, String name, Instant addedAt, Instant lastUsedAt) {
        this(id, name, addedAt, lastUsedAt, KeyUse.AFTER_PASSWORD);
    }

    public boolean signsInAlone() {
        return use == KeyUse.SIGNS_IN_ALONE;
    }
}
