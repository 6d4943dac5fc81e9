package com.nordhost.clientarea.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings from(Map<String, String> values) {
        return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void without_configuration_mail_goes_to_a_local_relay_on_port_25() {
        MailSettings s = from(Map.of());
        assertThat(s.enabled()).isTrue();
        assertThat(s.host()).isEqualTo("localhost");
        assertThat(s.port()).isEqualTo(25);
        assertThat(s.from()).isEqualTo("no-reply@nordhost.example");
        assertThat(s.user()).isEmpty();
        assertThat(s.password()).isEmpty();
        assertThat(s.startTls()).isFalse();
        assertThat(s.keepDays()).isEqualTo(30);
    }

    @Test
    void every_key_overrides_its_default() {
        MailSettings s = from(Map.of("clientarea.mail.enabled", "false", "clientarea.mail.host", " smtp.nordhost.se ",
                "clientarea.mail.port", "587", "clientarea.mail.from", "Nordhost <no-reply@nordhost.se>",
                "clientarea.mail.user", "mailer", "clientarea.mail.password", " s3cret pass ",
                "clientarea.mail.starttls", "true", "clientarea.mail.keep-days", "0"));
        assertThat(s.enabled()).isFalse();
        assertThat(s.host()).isEqualTo("smtp.nordhost.se");
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.from()).isEqualTo("Nordhost <no-reply@nordhost.se>");
        assertThat(s.user()).contains("mailer");
        assertThat(s.password()).as("a password keeps its spaces").contains(" s3cret pass ");
        assertThat(s.startTls()).isTrue();
        assertThat(s.keepDays()).as("0 keeps sent mail for ever").isZero();
        assertThat(s.toString()).doesNotContain("s3cret").contains("smtp.nordhost.se:587");
    }

    @Test
    void blank_values_count_as_unset_and_nonsense_is_refused() {
        assertThat(from(Map.of("clientarea.mail.host", " ", "clientarea.mail.user", "")).host()).isEqualTo("localhost");
        assertThatThrownBy(() -> from(Map.of("clientarea.mail.port", "smtp"))).hasMessageContaining("clientarea.mail.port");
        assertThatThrownBy(() -> from(Map.of("clientarea.mail.port", "70000"))).hasMessageContaining("65535");
        assertThatThrownBy(() -> from(Map.of("clientarea.mail.starttls", "maybe")))
                .hasMessageContaining("clientarea.mail.starttls");
        assertThatThrownBy(() -> from(Map.of("clientarea.mail.keep-days", "-1")))
                .hasMessageContaining("clientarea.mail.keep-days");
        assertThatThrownBy(() -> from(Map.of("clientarea.mail.keep-days", "a month")))
                .hasMessageContaining("clientarea.mail.keep-days");
    }
}
