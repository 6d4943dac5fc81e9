package com.nordhost.clientarea.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void nul_escape_and_other_control_characters_are_not_plain_text() {
        assertThat(PlainText.hasControlCharacters("Anna\u0000", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("Anna\u001b[31m", true)).isTrue();
        assertThat(PlainText.hasControlCharacters("Anna\u007f", true)).isTrue();
    }

    @Test
    void line_breaks_are_plain_text_only_where_the_field_has_lines() {
        assertThat(PlainText.hasControlCharacters("Lost the phone.\r\nCalled from the registered number.", true))
                .isFalse();
        assertThat(PlainText.hasControlCharacters("Anna\nAndersson", false)).isTrue();
    }

    @Test
    void every_script_and_symbol_is_plain_text() {
        assertThat(PlainText.hasControlCharacters("Åsa Öberg-Ängström ¤½§£€¨;<>&@ 😀 日本", false)).isFalse();
        assertThat(PlainText.hasControlCharacters(null, false)).isFalse();
    }

    /** Hardening round two, finding 10: zero-width and bidirectional formatting characters hide in names. */
    @Test
    void invisible_and_bidirectional_formatting_characters_are_not_plain_text() {
        assertThat(PlainText.hasControlCharacters("Anna\u200bAndersson", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("Anna \u202eanoD", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("\u2067Anna\u2069", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("\ufeffAnna", false)).isTrue();
        assertThat(PlainText.hasControlCharacters("Verified by phone\u200d", true)).isTrue();
        assertThat(PlainText.hasControlCharacters("\u00c5sa \u00d6berg", false)).isFalse();
        assertThat(PlainText.hasControlCharacters("\u0396\u03c9\u03ae", false)).isFalse();
    }
}
