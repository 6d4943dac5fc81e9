package com.nordhost.clientarea.domain.totp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpGeneratorTest {

    private static final String SEED_SHA1 = "12345678901234567890";
    private static final String SEED_SHA256 = "12345678901234567890123456789012";
    private static final String SEED_SHA512 = "1234567890123456789012345678901234567890123456789012345678901234";

    /** RFC 6238 Appendix B: 8 digits, 30-second steps, one seed per algorithm. */
    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
            "59, SHA1, 94287082", "59, SHA256, 46119246", "59, SHA512, 90693936",
            "1111111109, SHA1, 07081804", "1111111109, SHA256, 68084774", "1111111109, SHA512, 25091201",
            "1111111111, SHA1, 14050471", "1111111111, SHA256, 67062674", "1111111111, SHA512, 99943326",
            "1234567890, SHA1, 89005924", "1234567890, SHA256, 91819424", "1234567890, SHA512, 93441116",
            "2000000000, SHA1, 69279037", "2000000000, SHA256, 90698825", "2000000000, SHA512, 38618901",
            "20000000000, SHA1, 65353130", "20000000000, SHA256, 77737706", "20000000000, SHA512, 47863826"})
    void matchesRfc6238AppendixB(long epochSeconds, TotpAlgorithm algorithm, String expected) {
        String seed = switch (algorithm) {
            case SHA1 -> SEED_SHA1;
            case SHA256 -> SEED_SHA256;
            case SHA512 -> SEED_SHA512;
        };
        TotpGenerator generator = new TotpGenerator(new TotpParameters(algorithm, 8, 30));
        TotpSecret secret = TotpSecret.of(seed.getBytes(StandardCharsets.US_ASCII));

        assertThat(generator.codeAt(secret, Instant.ofEpochSecond(epochSeconds))).isEqualTo(expected);
    }

    /** RFC 4226 Appendix D: HOTP, SHA1, 6 digits, counters 0 to 9. */
    @ParameterizedTest(name = "counter {0}")
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void matches_rfc4226_appendix_d(long counter, String expected) {
        TotpGenerator generator = new TotpGenerator(TotpParameters.DEFAULT);
        TotpSecret secret = TotpSecret.of(SEED_SHA1.getBytes(StandardCharsets.US_ASCII));

        assertThat(generator.codeForStep(secret, counter)).isEqualTo(expected);
    }
}
