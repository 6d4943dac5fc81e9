package com.nordhost.clientarea.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A wait that grows with consecutive failures: none for the first few, then a first delay that doubles
 * with each further failure up to a ceiling. Both throttles (password and second factor) are one of these.
 */
record EscalatingDelay(int freeFailures, Duration firstDelay, Duration longestDelay) {

    EscalatingDelay {
        Objects.requireNonNull(firstDelay, "A first delay is required.");
        Objects.requireNonNull(longestDelay, "A longest delay is required.");
    }

    /** The delay after {@code failures} consecutive failures; zero while they are free. */
    Duration after(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        // 20 doublings is past any sensible ceiling and keeps the shift far from overflow.
        int doublings = Math.min(failures - freeFailures, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** When the next attempt may come, or null when it may come at once. */
    Instant nextAttemptAfter(int failures, Instant now) {
        Duration delay = after(failures);
        return delay.isZero() ? null : now.plus(delay);
    }
}
