package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.securitykey.RelyingParty;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirementSetting;
import com.nordhost.clientarea.persistence.mail.MailSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every setting of the product, read once per application from MicroProfile Config (system properties or
 * environment variables such as {@code CLIENTAREA_COMPANY_NAME}) with the one set of defaults. The data source,
 * the domain assembly, the demo data and the mail sender all take their part of this record, so two of them
 * can never read the same key with different defaults.
 *
 * @param domain     what the use cases and the views need (company name, TOTP issuer, support address, ...)
 * @param dataDir    the embedded database's folder and the default home of the key file
 * @param keyFile    the AES keys that encrypt TOTP secrets
 * @param database   JDBC URL, user and password
 * @param demoData   whether to create the demo accounts on an empty database
 * @param mail       how notifications reach the SMTP server
 */
public record ClientAreaSettings(DomainSettings domain, Path dataDir, Path keyFile, Database database,
                                 boolean demoData, MailSettings mail) {

    public static final String DATA_DIR_KEY = "clientarea.data.dir";
    public static final String KEY_FILE_KEY = "clientarea.key.file";
    public static final String DB_URL_KEY = "clientarea.db.url";
    public static final String DB_USER_KEY = "clientarea.db.user";
    public static final String DB_PASSWORD_KEY = "clientarea.db.password";
    public static final String DEMO_DATA_KEY = "clientarea.demo.data";
    public static final String COMPANY_NAME_KEY = "clientarea.company.name";
    public static final String TOTP_ISSUER_KEY = "clientarea.totp.issuer";
    public static final String SUPPORT_EMAIL_KEY = "clientarea.support.email";
    public static final String TIME_ZONE_KEY = "clientarea.time.zone";
    public static final String SESSION_IDLE_KEY = "clientarea.session.idle.minutes";
    public static final String TRUSTED_PROXIES_KEY = "clientarea.trusted.proxies";
    public static final String CUSTOMER_URL_KEY = "clientarea.customer.url";
    /** Hours an approved "lost both" recovery waits before the second factor is removed (0: at once). */
    public static final String RECOVERY_WAIT_KEY = "clientarea.recovery.wait.hours";
    /** Days audit rows are kept before the daily sweep deletes them (0: for ever). */
    public static final String AUDIT_RETENTION_KEY = "clientarea.audit.retention.days";
    /** Days a browser ticked "don't ask for a code on this browser" is not asked (0: the box is not offered). */
    public static final String REMEMBER_BROWSER_KEY = "clientarea.remember.browser.days";
    /** Hours a sign-in lasts at most, however active (decision 0037); then the password is asked again. */
    public static final String SIGN_IN_MAX_KEY = "clientarea.signin.max.hours";
    /** Minutes a node keeps an idle signed-in browser's session in memory; then it is restored from the database. */
    public static final String SESSION_MEMORY_KEY = "clientarea.session.memory.minutes";
    /** WebAuthn relying-party id for security keys (decision 0024); default: the customer URL's host. */
    public static final String WEBAUTHN_RP_ID_KEY = "clientarea.webauthn.rp.id";
    /** Comma-separated origins security-key answers may come from; default: the customer URL's origin. */
    public static final String WEBAUTHN_ORIGINS_KEY = "clientarea.webauthn.origins";
    /** Whether every customer must use two-factor authentication (decision 0046); off by default. */
    public static final String TWO_FACTOR_REQUIRED_KEY = "clientarea.twofactor.required";
    /** Days a customer may still sign in without 2FA after the requirement reached the account (0 to 365). */
    public static final String TWO_FACTOR_GRACE_KEY = "clientarea.twofactor.grace.days";

    public static final String DEFAULT_DATA_DIR = "./data";
    public static final String KEY_FILE_NAME = "secret-keys.properties";

    /** JDBC settings; {@code embedded} when no URL was configured and the H2 file under the data folder is used. */
    public record Database(String url, String user, String password, boolean embedded) {

        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "(none)" : "(set)")
                    + ", embedded=" + embedded + "]";
        }
    }

    private static volatile ClientAreaSettings current;

    /** The settings of this application, read at the first call. */
    public static ClientAreaSettings current() {
        ClientAreaSettings read = current;
        if (read == null) {
            synchronized (ClientAreaSettings.class) {
                read = current;
                if (read == null) {
                    read = from(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
                    current = read;
                }
            }
        }
        return read;
    }

    /** From any key lookup (a test's map); blank values count as absent; a bad value fails with its key named. */
    public static ClientAreaSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::trim).filter(s -> !s.isEmpty());
        Path dataDir = Path.of(value.apply(DATA_DIR_KEY).orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
        Path keyFile = value.apply(KEY_FILE_KEY).map(Path::of).orElseGet(() -> dataDir.resolve(KEY_FILE_NAME))
                .toAbsolutePath().normalize();
        Optional<String> url = value.apply(DB_URL_KEY);
        Database database = new Database(url.orElseGet(() -> ConfiguredDataSource.defaultUrl(dataDir.toString())),
                value.apply(DB_USER_KEY).orElse(ConfiguredDataSource.DEFAULT_USER),
                lookup.apply(DB_PASSWORD_KEY).orElse(""), url.isEmpty());
        // Demo accounts have published passwords: only the embedded database gets them unless told otherwise.
        boolean demoData = value.apply(DEMO_DATA_KEY).map(v -> parseBoolean(DEMO_DATA_KEY, v))
                .orElse(database.embedded());

        DomainSettings defaults = DomainSettings.defaults();
        String company = value.apply(COMPANY_NAME_KEY).orElse(defaults.companyName());
        DomainSettings domain = defaults.withCompanyName(company)
                .withTotpIssuer(value.apply(TOTP_ISSUER_KEY).orElse(company))
                .withSupportEmail(value.apply(SUPPORT_EMAIL_KEY).orElse(defaults.supportEmail()))
                .withTimeZone(value.apply(TIME_ZONE_KEY).map(ClientAreaSettings::parseZone)
                        .orElse(defaults.timeZone()))
                .withSessionIdle(value.apply(SESSION_IDLE_KEY).map(ClientAreaSettings::parseIdle)
                        .orElse(defaults.sessionIdle()))
                .withTrustedProxies(value.apply(TRUSTED_PROXIES_KEY).map(ClientAreaSettings::parseProxies)
                        .orElse(defaults.trustedProxies()))
                .withCustomerUrl(value.apply(CUSTOMER_URL_KEY).map(ClientAreaSettings::parseCustomerUrl)
                        .orElse(defaults.customerUrl()))
                .withRecoveryWait(value.apply(RECOVERY_WAIT_KEY).map(ClientAreaSettings::parseRecoveryWait)
                        .orElse(defaults.recoveryWait()))
                .withRememberBrowser(value.apply(REMEMBER_BROWSER_KEY).map(ClientAreaSettings::parseRememberBrowser)
                        .orElse(defaults.rememberBrowser()))
                .withAuditRetention(value.apply(AUDIT_RETENTION_KEY).map(ClientAreaSettings::parseAuditRetention)
                        .orElse(defaults.auditRetention()))
                .withSessionInMemoryIdle(value.apply(SESSION_MEMORY_KEY)
                        .map(raw -> Duration.ofMinutes(parsePositive(SESSION_MEMORY_KEY, raw, "minutes", 24 * 60)))
                        .orElse(defaults.sessionInMemoryIdle()));
        Duration signInMax = value.apply(SIGN_IN_MAX_KEY)
                .map(raw -> Duration.ofHours(parsePositive(SIGN_IN_MAX_KEY, raw, "hours", 24 * 90)))
                .orElse(defaults.signInLifetime());
        if (signInMax.compareTo(domain.sessionIdle()) < 0) {
            throw new IllegalArgumentException(SIGN_IN_MAX_KEY + " must be at least the session idle time ("
                    + domain.sessionIdle().toMinutes() + " min), not " + signInMax.toHours() + " h.");
        }
        domain = domain.withSignInLifetime(signInMax);
        domain = domain.withTwoFactorRequirement(new TwoFactorRequirementSetting(
                value.apply(TWO_FACTOR_REQUIRED_KEY).map(v -> parseBoolean(TWO_FACTOR_REQUIRED_KEY, v))
                        .orElse(TwoFactorRequirementSetting.DEFAULT.customersRequired()),
                value.apply(TWO_FACTOR_GRACE_KEY).map(ClientAreaSettings::parseGrace)
                        .orElse(TwoFactorRequirementSetting.DEFAULT_GRACE)));
        domain = domain.withRelyingParty(parseRelyingParty(value.apply(WEBAUTHN_RP_ID_KEY),
                value.apply(WEBAUTHN_ORIGINS_KEY), domain.customerUrl()));
        return new ClientAreaSettings(domain, dataDir, keyFile, database, demoData, MailSettings.from(lookup));
    }

    /** Null when neither key is set: the relying party then comes from the customer URL. */
    static RelyingParty parseRelyingParty(Optional<String> id, Optional<String> origins, String customerUrl) {
        if (id.isEmpty() && origins.isEmpty()) {
            return null;
        }
        RelyingParty fromUrl = RelyingParty.fromUrl(customerUrl);
        String rpId = id.map(String::strip).orElse(fromUrl == null ? null : fromUrl.id());
        List<String> list = origins.map(raw -> Arrays.stream(raw.split(","))
                        .map(String::strip).filter(o -> !o.isEmpty()).map(o -> o.replaceAll("/+$", "")).toList())
                .orElse(fromUrl == null ? List.of() : fromUrl.origins());
        try {
            return new RelyingParty(rpId, list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WEBAUTHN_RP_ID_KEY + " / " + WEBAUTHN_ORIGINS_KEY + ": "
                    + e.getMessage(), e);
        }
    }

    static boolean parseBoolean(String key, String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + raw + "'.");
        };
    }

    /** An absolute http(s) address with a host: the start of every password-reset link. */
    private static String parseCustomerUrl(String raw) {
        try {
            java.net.URI uri = new java.net.URI(raw.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new java.net.URISyntaxException(raw, "not an absolute http(s) address");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(CUSTOMER_URL_KEY + " must be the client area's address such as"
                    + " https://client.example.com/, not '" + raw + "'.");
        }
    }

    private static ZoneId parseZone(String raw) {
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(TIME_ZONE_KEY + " must be a time zone such as Europe/Stockholm, not '"
                    + raw + "'.", e);
        }
    }

    /** Comma-separated IP addresses (as the server sees the proxy's connection); no host names, no ranges. */
    static Set<String> parseProxies(String raw) {
        Set<String> proxies = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!address.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
                throw new IllegalArgumentException(TRUSTED_PROXIES_KEY + " must list IP addresses separated by commas,"
                        + " not '" + address + "'.");
            }
            proxies.add(address);
        }
        return proxies;
    }

    static Duration parseRecoveryWait(String raw) {
        try {
            int hours = Integer.parseInt(raw.strip());
            if (hours < 0 || hours > 24 * 30) {
                throw new NumberFormatException();
            }
            return Duration.ofHours(hours);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RECOVERY_WAIT_KEY + " must be a number of hours from 0 to 720, not '"
                    + raw + "'.", e);
        }
    }

    static Duration parseAuditRetention(String raw) {
        try {
            int days = Integer.parseInt(raw.strip());
            if (days < 0 || days > 36_500) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(days);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(AUDIT_RETENTION_KEY + " must be a number of days from 0 (for ever) to"
                    + " 36500, not '" + raw + "'.", e);
        }
    }

    static Duration parseGrace(String raw) {
        try {
            int days = Integer.parseInt(raw.strip());
            if (days < 0 || days > TwoFactorRequirementSetting.MAX_GRACE.toDays()) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(days);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TWO_FACTOR_GRACE_KEY + " must be a number of days from 0 to 365, not '"
                    + raw + "'.", e);
        }
    }

    static Duration parseRememberBrowser(String raw) {
        try {
            int days = Integer.parseInt(raw.strip());
            if (days < 0 || days > DomainSettings.MAX_REMEMBER_BROWSER.toDays()) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(days);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(REMEMBER_BROWSER_KEY + " must be a number of days from 0 to 365, not '"
                    + raw + "'.", e);
        }
    }

    private static Duration parseIdle(String raw) {
        try {
            int minutes = Integer.parseInt(raw);
            if (minutes < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofMinutes(minutes);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SESSION_IDLE_KEY + " must be a positive number of minutes, not '" + raw
                    + "'.", e);
        }
    }

    /** A whole number from 1 to {@code max} of {@code unit}; a bad value fails with its key named. */
    private static int parsePositive(String key, String raw, String unit, int max) {
        try {
            int number = Integer.parseInt(raw.strip());
            if (number < 1 || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of " + unit + " from 1 to " + max + ", not '"
                    + raw + "'.", e);
        }
    }
}
