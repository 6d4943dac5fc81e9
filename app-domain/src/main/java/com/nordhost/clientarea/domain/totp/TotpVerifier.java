package com.nordhost.clientarea.domain.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a code against the current time step and one step either side (clock drift, typing time).
 * Returns the matched step, so the caller can record it and refuse it next time (replay guard:
 * that part lives in the database, see TwoFactorRepository.acceptStep).
 */
public final class TotpVerifier {

    /** One step either side, as RFC 6238 section 5.2 recommends. */
    public static final int WINDOW = 1;

    /**
     * How far beyond the window a refused code is still recognised as the phone's clock being off: ten steps of
     * 30 s is five minutes, about what a phone without automatic time drifts in a year.
     */
    public static final int DRIFT_HINT_STEPS = 10;

    private final Clock clock;

    public TotpVerifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param digits the code as typed, already parsed to bare digits
     * @return the matched time step, or empty
     */
    public OptionalLong matchingStep(TotpSecret secret, TotpParameters parameters, String digits) {
        TotpGenerator generator = new TotpGenerator(parameters);
        long current = generator.stepAt(clock.instant());
        byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
        long matched = -1;
        // Every step of the window is computed and compared, match or not, so timing reveals nothing.
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            byte[] expected = generator.codeForStep(secret, step).getBytes(StandardCharsets.US_ASCII);
            boolean equal = MessageDigest.isEqual(expected, given);
            if (equal && matched < 0) {
                matched = step;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /**
     * For a code that {@link #matchingStep} refused: the phone's clock offset when the code belongs to a step
     * {@code WINDOW+1 .. DRIFT_HINT_STEPS} away, in either direction. Nothing is accepted here; the caller still
     * refuses and counts the code. Every step is computed, match or not.
     */
    public Optional<PhoneClockOffset> clockOffset(TotpSecret secret, TotpParameters parameters, String digits) {
        TotpGenerator generator = new TotpGenerator(parameters);
        long current = generator.stepAt(clock.instant());
        byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
        int nearest = 0;
        for (int distance = WINDOW + 1; distance <= DRIFT_HINT_STEPS; distance++) {
            for (int sign : new int[] {-1, 1}) {
                byte[] expected = generator.codeForStep(secret, current + sign * (long) distance)
                        .getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, given) && nearest == 0) {
                    nearest = sign * distance;
                }
            }
        }
        return nearest == 0 ? Optional.empty()
                : Optional.of(new PhoneClockOffset(nearest, Duration.ofSeconds(parameters.periodSeconds())));
    }
}
