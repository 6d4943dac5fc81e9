package com.nordhost.clientarea.domain.signin;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a sign-in lasts: {@code idle} without a request (the existing session idle time, 30 minutes by default)
 * and at most {@code absolute} after the login (then the password is asked again).
 */
public record SignInLimits(Duration idle, Duration absolute) {

    /** Last seen is written at most this often: one conditional update a minute per signed-in browser. */
    public static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);

    public SignInLimits {
        Objects.requireNonNull(idle, "The idle time is required.");
        Objects.requireNonNull(absolute, "The absolute limit is required.");
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("A sign-in needs a positive idle time no longer than its absolute limit,"
                    + " not " + idle + " and " + absolute + ".");
        }
    }
}
