package com.nordhost.clientarea.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserNameTest {

    @Test
    void common_browsers_get_a_short_name_the_customer_recognises() {
        assertThat(BrowserName.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " HeadlessChrome/131.0.0.0 Safari/537.36")).isEqualTo("Chrome on Linux");
        assertThat(BrowserName.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86")).isEqualTo("Edge on Windows");
        assertThat(BrowserName.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101"
                + " Firefox/133.0")).isEqualTo("Firefox on macOS");
        assertThat(BrowserName.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iOS");
        assertThat(BrowserName.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome on Android");
    }

    @Test
    void anything_else_is_an_unknown_browser() {
        assertThat(BrowserName.of(null)).isEqualTo("Unknown browser");
        assertThat(BrowserName.of("curl/8.5.0")).isEqualTo("Unknown browser");
        assertThat(BrowserName.of("Firefox/140")).isEqualTo("Firefox");
    }
}
