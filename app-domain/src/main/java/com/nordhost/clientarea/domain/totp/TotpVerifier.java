package com.nordhost.clientarea.domain.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Checks a code against the current time step and one step either side (clock drift, typing time).
 * Returns the matched step, so the caller can record it and refuse it next time (replay guard:
 * that part lives in the database, see TwoFactorRepository.acceptStep).
 */
public final class TotpVerifier {

    /** One step either side, as RFC 6238 section 5.2 recommends. */
    public static final int WINDOW = 1;

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
}
