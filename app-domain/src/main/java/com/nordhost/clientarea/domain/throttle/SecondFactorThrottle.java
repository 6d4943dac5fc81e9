package com.nordhost.clientarea.domain.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a person waits after failed second-factor attempts. Five tries are free (typos, clock drift);
 * then 30 s, doubling up to 15 min. At 100 consecutive failures the factor locks until support unlocks it
 * (NIST SP 800-63B 5.2.2: no more than 100 consecutive failed attempts).
 */
public final class SecondFactorThrottle {

    public static final int FREE_FAILURES = 5;
    public static final int LOCK_AT_FAILURES = 100;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    private static final EscalatingDelay DELAYS = new EscalatingDelay(FREE_FAILURES, FIRST_DELAY, LONGEST_DELAY);

    private SecondFactorThrottle() {
    }

    /** The delay after {@code failures} consecutive failures; zero while below five. */
    public static Duration delayAfter(int failures) {
        return DELAYS.after(failures);
    }

    /** When the next attempt may come, or null when it may come at once. */
    public static Instant nextAttemptAfter(int failures, Instant now) {
        return DELAYS.nextAttemptAfter(failures, now);
    }

    public static boolean locksAfter(int failures) {
        return failures >= LOCK_AT_FAILURES;
    }
}
