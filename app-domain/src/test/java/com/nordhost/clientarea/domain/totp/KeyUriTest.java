package com.nordhost.clientarea.domain.totp;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class KeyUriTest {

    private static final TotpSecret SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void follows_the_key_uri_format_with_issuer_in_label_and_parameter() {
        String uri = KeyUri.of("Nordhost", "anna@example.com", SECRET, TotpParameters.DEFAULT);

        assertThat(uri).isEqualTo("otpauth://totp/Nordhost:anna%40example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Nordhost&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void encodes_plus_in_the_email_and_spaces_as_percent20_and_non_ascii_as_utf8() {
        String uri = KeyUri.of("Nordhöst Kundzon", "anna+test@example.com", SECRET, TotpParameters.DEFAULT);

        assertThat(uri).startsWith("otpauth://totp/Nordh%C3%B6st%20Kundzon:anna%2Btest%40example.com?")
                .contains("&issuer=Nordh%C3%B6st%20Kundzon&")
                .doesNotContain("+");
        // A standard URI parser gives the original label back, so apps show the right names.
        assertThat(URI.create(uri).getPath()).isEqualTo("/Nordhöst Kundzon:anna+test@example.com");
    }

    @Test
    void carries_the_credentials_parameters() {
        String uri = KeyUri.of("N", "a@b.se", SECRET, new TotpParameters(TotpAlgorithm.SHA256, 8, 60));
        assertThat(uri).endsWith("&algorithm=SHA256&digits=8&period=60");
    }
}
