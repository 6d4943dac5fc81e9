package com.nordhost.clientarea.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.web.i18n.SharedTranslationKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** An app's translation files as its class path holds them, and the rules both apps' files keep. */
public final class TranslationFiles {

    private TranslationFiles() {
    }

    public static Properties english() {
        return load("translations.properties");
    }

    public static Properties swedish() {
        return load("translations_sv.properties");
    }

    /** Every key in both languages, none blank, the shared components' keys included. */
    public static void assertEveryKeyInBothLanguages() {
        Properties english = english();
        Properties swedish = swedish();
        assertThat(swedish.stringPropertyNames()).as("keys missing in Swedish")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys missing in English")
                .containsAll(swedish.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys of the shared components")
                .containsAll(SharedTranslationKeys.KEYS);
        swedish.stringPropertyNames().forEach(key -> assertThat(swedish.getProperty(key)).as(key).isNotBlank());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = TranslationFiles.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
