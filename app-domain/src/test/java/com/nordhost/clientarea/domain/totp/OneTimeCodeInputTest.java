package com.nordhost.clientarea.domain.totp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeCodeInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456", "123 456", "123-456", " 123456 ", "123\u00A0456"})
    void accepts_the_ways_apps_show_codes(String typed) {
        assertThat(OneTimeCodeInput.parse(typed, 6)).isEqualTo(new OneTimeCodeInput.Valid("123456"));
    }

    @ParameterizedTest
    @CsvSource(value = {"'', EMPTY", "'   ', EMPTY", "12345, WRONG_LENGTH", "1234567, WRONG_LENGTH",
            "12a456, NOT_DIGITS", "123.456, NOT_DIGITS", "١٢٣٤٥٦, NOT_DIGITS", "123_456, NOT_DIGITS"})
    void refuses_everything_else_with_a_reason(String typed, CodeProblem problem) {
        assertThat(OneTimeCodeInput.parse(typed, 6)).isEqualTo(new OneTimeCodeInput.Invalid(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 5678", "1234-5678"})
    void eight_digit_credentials_read_eight_digits(String typed) {
        assertThat(OneTimeCodeInput.parse(typed, 8)).isEqualTo(new OneTimeCodeInput.Valid("12345678"));
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertThat(OneTimeCodeInput.parse(null, 6)).isEqualTo(new OneTimeCodeInput.Invalid(CodeProblem.EMPTY));
    }
}
