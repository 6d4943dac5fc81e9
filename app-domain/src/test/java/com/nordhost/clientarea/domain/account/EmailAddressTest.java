package com.nordhost.clientarea.domain.account;

import com.nordhost.clientarea.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void an_over_long_address_is_invalid_before_it_is_normalized() {
        String local = "a".repeat(EmailAddress.MAX_LENGTH - "@example.com".length());
        assertThat(EmailAddress.of("  " + local + "@example.com  ").value()).hasSize(EmailAddress.MAX_LENGTH);
        assertThatThrownBy(() -> EmailAddress.of("a" + local + "@example.com"))
                .isInstanceOf(com.nordhost.clientarea.domain.shared.InvalidInputException.class)
                .hasMessage("This is not a valid e-mail address.");
        assertThat(EmailAddress.parse("x".repeat(8 * 1024 * 1024) + "@example.com")).isEmpty();
    }

    @Test
    void normalizes_case_spaces_and_unicode_form() {
        assertThat(EmailAddress.of("  Anna+Hosting@Example.COM ").value()).isEqualTo("anna+hosting@example.com");
        assertThat(EmailAddress.of("A\u030Asa@example.se")).isEqualTo(EmailAddress.of("\u00C5SA@EXAMPLE.SE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "anna", "anna@", "@example.com", "a@b@c.se", "anna@example", "an na@example.com",
            "anna@.example.com", "anna@example..com"})
    void refuses_what_is_not_an_address(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(InvalidInputException.class);
    }

    /** Hardening round two, finding 10 (decision 0032): what looks like demo@example.com must be it. */
    @ParameterizedTest
    @ValueSource(strings = {"demo\u200b@example.com", "demo@exa\u200dmple.com", "demo@example.com\u202e",
            "\u202edemo@example.com", "demo\u2066@example.com", "demo@\ufeffexample.com", "de\u00admo@example.com",
            "demo@ex\u0430mple.com", "d\u0435mo@example.com", "demo@\u03bfexample.com", "demo\u00a0x@example.com",
            "demo\ue000@example.com", "demo@example.c\u0378m"})
    void refuses_invisible_characters_and_mixed_script_look_alikes(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(InvalidInputException.class);
        assertThat(EmailAddress.parse(raw)).isEmpty();
    }

    @Test
    void ordinary_unicode_stays_an_address() {
        assertThat(EmailAddress.of("\u00c5sa@exempel.se").value()).isEqualTo("\u00e5sa@exempel.se");
        assertThat(EmailAddress.of("\u0437\u043e\u044f@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444").value())
                .as("whole Cyrillic labels").isEqualTo("\u0437\u043e\u044f@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444");
        assertThat(EmailAddress.of("\u03b6\u03c9\u03ae@example.gr").value()).isEqualTo("\u03b6\u03c9\u03ae@example.gr");
        assertThat(EmailAddress.of("m\u00fcller@b\u00fccher.de").value()).isEqualTo("m\u00fcller@b\u00fccher.de");
    }

    @Test
    void an_address_stored_before_the_stricter_rule_still_loads() {
        assertThat(EmailAddress.stored("demo\u200b@example.com").value()).isEqualTo("demo\u200b@example.com");
        assertThat(EmailAddress.stored("demo@ex\u0430mple.com")).isNotEqualTo(EmailAddress.of("demo@example.com"));
    }
}
