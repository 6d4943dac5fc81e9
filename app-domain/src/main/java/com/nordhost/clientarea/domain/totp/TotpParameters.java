package com.nordhost.clientarea.domain.totp;

import java.util.Objects;

/**
 * How codes of one credential are made. Stored with each credential so the defaults can change later
 * without breaking the authenticator apps already set up.
 */
public record TotpParameters(TotpAlgorithm algorithm, int digits, int periodSeconds) {

    /** What every authenticator app in the help article supports. */
    public static final TotpParameters DEFAULT = new TotpParameters(TotpAlgorithm.SHA1, 6, 30);

    public TotpParameters {
        Objects.requireNonNull(algorithm, "Algorithm is required.");
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("Digits must be 6 to 8, was " + digits);
        }
        if (periodSeconds < 1) {
            throw new IllegalArgumentException("Period must be positive, was " + periodSeconds);
        }
    }
}
