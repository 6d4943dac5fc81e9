package com.nordhost.clientarea.domain.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the next password check for an account waits after wrong passwords. Counted per account in the
 * database (across sessions and nodes), separately from the second factor's {@link SecondFactorThrottle}.
 *
 * <p>The numbers: five wrong passwords in a row are free (typos, a forgotten caps lock, trying the old
 * password); after the fifth the next check waits 1 s, and the wait doubles with each further failure
 * (1, 2, 4, ... 256 s) up to 5 minutes from the 14th failure on. Every wait after a failure is therefore:
 * <pre>
 *   failures:  1-4   5    6    7    8    9    10    11    12     13     14+
 *   wait:      0     1 s  2 s  4 s  8 s  16 s  32 s  64 s  128 s  256 s  300 s
 * </pre>
 *
 * <p>Why: it is a delay, never a lock. A lock on wrong passwords would let anyone who knows a customer's
 * e-mail address lock that customer out of the client area (and their hosting) for as long as they like;
 * a delay costs the customer at most 5 minutes while it holds an online guesser to at most ~290 guesses a
 * day per account (NIST SP 800-63B 5.2.2 asks for rate limiting of failed attempts; Argon2id and the second
 * factor do the rest). Five minutes is short enough that support need not be involved, long enough that a
 * list of common passwords takes weeks. The doubling starts low so a person who mistyped a few times more
 * hardly notices it. While the wait holds, a password is not checked at all (and not counted), so a guess
 * made then learns nothing.
 */
public final class PasswordThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(5);
    private static final EscalatingDelay DELAYS = new EscalatingDelay(FREE_FAILURES, FIRST_DELAY, LONGEST_DELAY);

    private PasswordThrottle() {
    }

    /** The wait after {@code failures} consecutive wrong passwords; zero below five. */
    public static Duration delayAfter(int failures) {
        return DELAYS.after(failures);
    }

    /** When the next attempt may come, or null when it may come at once. */
    public static Instant nextAttemptAfter(int failures, Instant now) {
        return DELAYS.nextAttemptAfter(failures, now);
    }
}
