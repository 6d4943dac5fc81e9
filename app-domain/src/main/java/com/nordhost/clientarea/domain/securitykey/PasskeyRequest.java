package com.nordhost.clientarea.domain.securitykey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login page's request for a passkey (decision 0045): what the browser's {@code navigator.credentials.get} needs
 * with no account known yet (no allow list: the authenticator offers its discoverable credentials for the relying
 * party), and when it was issued. The page keeps it on the server, hands it back with the browser's answer once, and
 * drops it: the challenge is no row of {@code webauthn_challenge}, since nobody is known to bind it to before the
 * answer, and a login page should not write to the database for every visitor.
 *
 * @param challenge 32 random bytes, base64url
 */
public record PasskeyRequest(String challenge, String rpId, Duration timeout, Instant issuedAt) {

    public PasskeyRequest {
        Objects.requireNonNull(challenge, "A challenge is required.");
        Objects.requireNonNull(rpId, "A relying-party id is required.");
        Objects.requireNonNull(timeout, "A timeout is required.");
        Objects.requireNonNull(issuedAt, "The time of issue is required.");
    }

    @Override
    public String toString() {
        return "PasskeyRequest[rpId=" + rpId + ", issuedAt=" + issuedAt + "]";
    }
}
