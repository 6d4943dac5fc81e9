package com.nordhost.clientarea.web.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads a configuration value the way MicroProfile Config does in the server (system property, then
 * environment variable in upper case with dots as underscores), and falls back to the same lookup without
 * MicroProfile Config where none runs (Karibu tests).
 */
public final class Settings {

    public static final String SUPPORT_EMAIL = "clientarea.support.email";
    public static final String COMPANY_NAME = "clientarea.company.name";
    public static final String SESSION_IDLE_MINUTES = "clientarea.session.idle.minutes";

    private Settings() {
    }

    public static String get(String key, String defaultValue) {
        return lookup(key).orElse(defaultValue);
    }

    public static int getInt(String key, int defaultValue) {
        return lookup(key).map(String::trim).map(Integer::parseInt).orElse(defaultValue);
    }

    public static String supportEmail() {
        return get(SUPPORT_EMAIL, "support@nordhost.example");
    }

    public static String companyName() {
        return get(COMPANY_NAME, "Nordhost");
    }

    private static Optional<String> lookup(String key) {
        try {
            Optional<String> value = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(key, String.class);
            if (value.isPresent()) {
                return value;
            }
        } catch (RuntimeException | LinkageError e) {
            // No MicroProfile Config implementation here: fall through to the plain lookup.
        }
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
        return Optional.ofNullable(env).filter(v -> !v.isBlank());
    }
}
