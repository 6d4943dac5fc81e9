package com.nordhost.clientarea.persistence.config;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The settings the domain services need, read from MicroProfile Config with their defaults. */
public record ClientAreaSettings(String totpIssuer, Path keyFile) {

    public static final String TOTP_ISSUER_KEY = "clientarea.totp.issuer";
    public static final String KEY_FILE_KEY = "clientarea.key.file";
    public static final String DEFAULT_TOTP_ISSUER = "Nordhost";
    public static final String KEY_FILE_NAME = "secret-keys.properties";

    public static ClientAreaSettings fromConfig() {
        return from(ConfigProvider.getConfig());
    }

    static ClientAreaSettings from(Config config) {
        String dataDir = config.getOptionalValue(ConfiguredDataSource.DATA_DIR_KEY, String.class)
                .filter(s -> !s.isBlank()).orElse(ConfiguredDataSource.DEFAULT_DATA_DIR);
        String issuer = config.getOptionalValue(TOTP_ISSUER_KEY, String.class)
                .filter(s -> !s.isBlank()).orElse(DEFAULT_TOTP_ISSUER);
        Path keyFile = config.getOptionalValue(KEY_FILE_KEY, String.class)
                .filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(dataDir).resolve(KEY_FILE_NAME));
        return new ClientAreaSettings(issuer, keyFile.toAbsolutePath().normalize());
    }
}
