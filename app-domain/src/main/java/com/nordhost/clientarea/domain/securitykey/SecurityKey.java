package com.nordhost.clientarea.domain.securitykey;

import java.time.Instant;

/**
 * A security key or passkey of a customer, as Security settings lists it (decision 0024). Nothing secret: the
 * credential's public key stays in the repository, its private key never leaves the authenticator.
 *
 * @param name       what the customer called it ("Blue YubiKey")
 * @param lastUsedAt the last login it passed; null: not used since it was added
 */
public record SecurityKey(long id, String name, Instant addedAt, Instant lastUsedAt) {
}
