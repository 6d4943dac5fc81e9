package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.totp.TotpSecret;

import java.time.Instant;

/** What the enrollment wizard shows: the QR code (key URI) and the key for typing by hand. */
public record PendingEnrollment(TotpSecret secret, String keyUri, Instant expiresAt) {

    @Override
    public String toString() {
        return "PendingEnrollment[expiresAt=" + expiresAt + "]";
    }
}
