package com.nordhost.clientarea.bench.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void what_is_written_reads_back_the_same_with_escapes_and_non_ascii() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("password", "Pässwörd-§£€;<>&@\"\\\n1");
        value.put("n", 42L);
        value.put("x", 1.5);
        value.put("list", Arrays.asList(true, false, null, "é"));
        value.put("empty", Map.of());

        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
    }

    @Test
    void reads_unicode_escapes_and_rejects_trailing_text() {
        assertThat(Json.parse("[\"\\u00e4\\u20ac\", -3, 2e3]")).isEqualTo(List.of("ä€", -3L, 2000.0));
        assertThatThrownBy(() -> Json.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
    }
}
