package com.nordhost.clientarea.domain.totp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TotpVerifierTest {

    private static final TotpSecret SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final TotpParameters PARAMETERS = TotpParameters.DEFAULT;
    private static final TotpGenerator GENERATOR = new TotpGenerator(PARAMETERS);
    private static final long STEP = 55_555_555L;

    private static TotpVerifier at(long epochSeconds) {
        return new TotpVerifier(Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    private static String codeOf(long step) {
        return GENERATOR.codeForStep(SECRET, step);
    }

    @Test
    void accepts_the_current_step_and_returns_it() {
        assertThat(at(STEP * 30 + 10).matchingStep(SECRET, PARAMETERS, codeOf(STEP))).hasValue(STEP);
    }

    @Test
    void accepts_one_step_either_side_and_returns_the_matched_step() {
        TotpVerifier verifier = at(STEP * 30 + 10);
        assertThat(verifier.matchingStep(SECRET, PARAMETERS, codeOf(STEP - 1))).hasValue(STEP - 1);
        assertThat(verifier.matchingStep(SECRET, PARAMETERS, codeOf(STEP + 1))).hasValue(STEP + 1);
    }

    @Test
    void refuses_two_steps_away() {
        TotpVerifier verifier = at(STEP * 30 + 10);
        assertThat(verifier.matchingStep(SECRET, PARAMETERS, codeOf(STEP - 2))).isEmpty();
        assertThat(verifier.matchingStep(SECRET, PARAMETERS, codeOf(STEP + 2))).isEmpty();
    }

    @Test
    void window_edges_follow_the_step_boundary_to_the_second() {
        String previousCode = codeOf(STEP - 1);
        // Last second of step STEP: STEP-1 still within the window.
        assertThat(at(STEP * 30 + 29).matchingStep(SECRET, PARAMETERS, previousCode)).hasValue(STEP - 1);
        // First second of step STEP+1: STEP-1 is two steps back now.
        assertThat(at((STEP + 1) * 30).matchingStep(SECRET, PARAMETERS, previousCode)).isEmpty();
        // Last second of step STEP-3: STEP-1 is two ahead; one second later it is one ahead.
        assertThat(at((STEP - 3) * 30 + 29).matchingStep(SECRET, PARAMETERS, previousCode)).isEmpty();
        assertThat(at((STEP - 2) * 30).matchingStep(SECRET, PARAMETERS, previousCode)).hasValue(STEP - 1);
    }

    @Test
    void refuses_a_wrong_code_and_another_secrets_code() {
        TotpVerifier verifier = at(STEP * 30);
        String right = codeOf(STEP);
        String wrong = right.equals("000000") ? "000001" : "000000";
        TotpSecret other = TotpSecret.of("abcdefghijabcdefghij".getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.matchingStep(SECRET, PARAMETERS, wrong)).isEmpty();
        assertThat(verifier.matchingStep(other, PARAMETERS, right)).isEmpty();
    }

    @Test
    void eight_digit_sha512_credentials_verify_too() {
        TotpParameters eight = new TotpParameters(TotpAlgorithm.SHA512, 8, 30);
        String code = new TotpGenerator(eight).codeForStep(SECRET, STEP);
        assertThat(at(STEP * 30).matchingStep(SECRET, eight, code)).hasValue(STEP);
    }
}
