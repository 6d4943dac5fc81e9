package com.nordhost.clientarea.admin.i18n;

import com.nordhost.clientarea.web.testing.TranslationFiles;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    @Test
    void every_key_exists_in_english_and_swedish_including_the_shared_ones() {
        TranslationFiles.assertEveryKeyInBothLanguages();
    }

    @Test
    void every_audit_event_type_has_a_label_in_english_and_swedish() {
        Properties english = TranslationFiles.english();
        Properties swedish = TranslationFiles.swedish();
        for (AuditEventType type : AuditEventType.values()) {
            String key = "audit.type." + type.name();
            assertThat(english.getProperty(key)).as(key).isNotBlank().isNotEqualTo(type.name());
            assertThat(swedish.getProperty(key)).as(key + " (sv)").isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
        }
    }
}
