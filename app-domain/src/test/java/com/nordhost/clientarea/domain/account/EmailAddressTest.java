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
}
