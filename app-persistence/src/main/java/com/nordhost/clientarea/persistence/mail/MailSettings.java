package com.nordhost.clientarea.persistence.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.Locale;

/**
 * How the outbox reaches the SMTP server, read from MicroProfile Config with defaults (system
 * properties or environment variables, e.g. {@code CLIENTAREA_MAIL_HOST}):
 * {@code clientarea.mail.enabled} (true), {@code clientarea.mail.host} (localhost),
 * {@code clientarea.mail.port} (25), {@code clientarea.mail.from} ({@value #DEFAULT_FROM}),
 * {@code clientarea.mail.user} and {@code clientarea.mail.password} (no authentication when the user
 * is empty), {@code clientarea.mail.starttls} (false; when true, STARTTLS is required, not just tried),
 * {@code clientarea.mail.keep-days} ({@value #DEFAULT_KEEP_DAYS}; how long a sent or given-up row is
 * kept, 0 for ever).
 */
public record MailSettings(boolean enabled, String host, int port, String from, Optional<String> user,
                           Optional<String> password, boolean startTls, int keepDays) {

    public static final String ENABLED_KEY = "clientarea.mail.enabled";
    public static final String HOST_KEY = "clientarea.mail.host";
    public static final String PORT_KEY = "clientarea.mail.port";
    public static final String FROM_KEY = "clientarea.mail.from";
    public static final String USER_KEY = "clientarea.mail.user";
    public static final String PASSWORD_KEY = "clientarea.mail.password";
    public static final String STARTTLS_KEY = "clientarea.mail.starttls";
    public static final String KEEP_DAYS_KEY = "clientarea.mail.keep-days";

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "no-reply@nordhost.example";
    /** Long enough to answer "did you tell me?"; the audit trail keeps the event itself for good. */
    public static final int DEFAULT_KEEP_DAYS = 30;

    public MailSettings {
        Objects.requireNonNull(host, "The SMTP host is required.");
        Objects.requireNonNull(from, "The sender address is required.");
        Objects.requireNonNull(user, "The user is required (may be empty).");
        Objects.requireNonNull(password, "The password is required (may be empty).");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The SMTP port must be 1..65535, not " + port + ".");
        }
        if (keepDays < 0) {
            throw new IllegalArgumentException(KEEP_DAYS_KEY + " must be 0 (keep for ever) or more, not " + keepDays + ".");
        }
    }

    /** A server without authentication or STARTTLS, e.g. a local relay or a test server. */
    public static MailSettings plain(String host, int port, String from) {
        return new MailSettings(true, host, port, from, Optional.empty(), Optional.empty(), false, DEFAULT_KEEP_DAYS);
    }

    /** From any key lookup (the configuration, a test's map); blank values count as absent. */
    public static MailSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::trim).filter(s -> !s.isEmpty());
        boolean enabled = value.apply(ENABLED_KEY).map(v -> parseBoolean(ENABLED_KEY, v)).orElse(true);
        String host = value.apply(HOST_KEY).orElse(DEFAULT_HOST);
        int port = value.apply(PORT_KEY).map(MailSettings::parsePort).orElse(DEFAULT_PORT);
        String from = value.apply(FROM_KEY).orElse(DEFAULT_FROM);
        Optional<String> user = value.apply(USER_KEY);
        // A password keeps its spaces; only an empty one counts as absent.
        Optional<String> password = lookup.apply(PASSWORD_KEY).filter(s -> !s.isEmpty());
        boolean startTls = value.apply(STARTTLS_KEY).map(v -> parseBoolean(STARTTLS_KEY, v)).orElse(false);
        int keepDays = value.apply(KEEP_DAYS_KEY).map(MailSettings::parseKeepDays).orElse(DEFAULT_KEEP_DAYS);
        return new MailSettings(enabled, host, port, from, user, password, startTls, keepDays);
    }

    private static boolean parseBoolean(String key, String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + raw + "'.");
        };
    }

    private static int parsePort(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_KEY + " must be a port number, not '" + raw + "'.");
        }
    }

    private static int parseKeepDays(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(KEEP_DAYS_KEY + " must be a number of days, not '" + raw + "'.");
        }
    }

    /** For log lines: where mail goes, never the password. */
    @Override
    public String toString() {
        return "MailSettings[enabled=" + enabled + ", smtp=" + host + ":" + port + ", from=" + from
                + ", user=" + user.orElse("(none)") + ", password=" + (password.isPresent() ? "(set)" : "(none)")
                + ", starttls=" + startTls + ", keep-days=" + keepDays + "]";
    }
}
