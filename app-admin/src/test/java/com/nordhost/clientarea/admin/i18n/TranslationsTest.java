package com.nordhost.clientarea.admin.i18n;

import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.web.i18n.SharedTranslationKeys;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_key_exists_in_english_and_swedish_including_the_shared_ones() throws IOException {
        Properties english = load("translations.properties");
        Properties swedish = load("translations_sv.properties");
        assertThat(swedish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsAll(SharedTranslationKeys.KEYS);
        swedish.stringPropertyNames().forEach(key -> assertThat(swedish.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void every_audit_event_type_has_a_label_in_english_and_swedish() throws IOException {
        Properties english = load("translations.properties");
        Properties swedish = load("translations_sv.properties");
        for (AuditEventType type : AuditEventType.values()) {
            String key = "audit.type." + type.name();
            assertThat(english.getProperty(key)).as(key).isNotBlank().isNotEqualTo(type.name());
            assertThat(swedish.getProperty(key)).as(key + " (sv)").isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
        }
    }
}
