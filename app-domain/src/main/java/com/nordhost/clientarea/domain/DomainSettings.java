package com.nordhost.clientarea.domain;

import com.nordhost.clientarea.domain.password.PasswordHashParameters;
import com.nordhost.clientarea.domain.securitykey.RelyingParty;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirementSetting;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The product's settings, with the one set of defaults: read once from configuration by the server
 * (persistence's {@code ClientAreaSettings}), built in code by tests. The use cases and the views read them
 * from here, so a mail, a page title and an authenticator entry never disagree about the company's name.
 *
 * @param companyName    shown in page titles, mails and the backup-code file
 * @param totpIssuer     the name authenticator apps show beside the code
 * @param supportEmail   where customers write when they lost both the app and the backup code
 * @param timeZone       the time zone of dates shown to customers
 * @param sessionIdle    idle time after which a signed-in session ends (an authentication rule, NIST SP 800-63B)
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-Proto: https} is believed (cookies
 *                       then get {@code Secure}); from anyone else the header is ignored. Empty by default.
 * @param customerUrl    the client area's public address, as customers reach it: password-reset links in mails
 *                       start with it (never taken from a request's Host header)
 * @param recoveryWait   how long an approved "lost both" recovery request waits before the second factor is
 *                       removed; meanwhile the registered address holds a link that cancels it
 * @param rememberBrowser how long a browser ticked "don't ask for a code on this browser" at the code step is not
 *                       asked for a code (whole days); zero: the box is not offered and no browser is remembered
 * @param relyingParty   WebAuthn's relying-party id and origins for security keys (decision 0024); null: both from
 *                       {@code customerUrl}, and still null when that is on an IP address (no keys offered then)
 * @param auditRetention how long audit rows are kept before the retention sweep deletes them; zero: for ever
 * @param signInLifetime the absolute limit of a sign-in (decision 0037): after it the password is asked again,
 *                       however active the browser was
 * @param sessionInMemoryIdle how long a node keeps a signed-in browser's in-memory (HTTP and Vaadin) session without
 *                       a request; after it the next request restores the sign-in from the database
 * @param twoFactorRequirement whether every customer must use two-factor authentication, and the grace period
 *                       (decision 0046); off by default
 */
public record DomainSettings(String companyName, String totpIssuer, String supportEmail, ZoneId timeZone,
                             Duration sessionIdle, PasswordHashParameters passwordHashing, TotpParameters totp,
                             Set<String> trustedProxies, String customerUrl, Duration recoveryWait,
                             Duration rememberBrowser, RelyingParty relyingParty, Duration auditRetention,
                             Duration signInLifetime, Duration sessionInMemoryIdle,
                             TwoFactorRequirementSetting twoFactorRequirement) {

    public static final String DEFAULT_COMPANY_NAME = "Nordhost";
    public static final String DEFAULT_SUPPORT_EMAIL = "support@nordhost.example";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Stockholm");
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    public static final String DEFAULT_CUSTOMER_URL = "http://localhost:8080/";
    public static final Duration DEFAULT_RECOVERY_WAIT = Duration.ofHours(24);
    public static final Duration DEFAULT_REMEMBER_BROWSER = Duration.ofDays(30);
    public static final Duration MAX_REMEMBER_BROWSER = Duration.ofDays(365);
    /** Two years of the audit trail: long enough for a customer's or an authority's question about an account. */
    public static final Duration DEFAULT_AUDIT_RETENTION = Duration.ofDays(730);
    public static final Duration DEFAULT_SIGN_IN_LIFETIME = Duration.ofHours(12);
    public static final Duration DEFAULT_SESSION_IN_MEMORY_IDLE = Duration.ofMinutes(5);

    public DomainSettings {
        requireText(companyName, "company name");
        requireText(totpIssuer, "TOTP issuer");
        requireText(supportEmail, "support e-mail address");
        Objects.requireNonNull(timeZone, "The time zone is required.");
        Objects.requireNonNull(sessionIdle, "The session idle time is required.");
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("The session idle time must be positive, not " + sessionIdle + ".");
        }
        Objects.requireNonNull(passwordHashing, "Password hash parameters are required.");
        Objects.requireNonNull(totp, "TOTP parameters are required.");
        trustedProxies = Set.copyOf(Objects.requireNonNull(trustedProxies, "The trusted proxies are required."));
        requireText(customerUrl, "customer URL");
        if (!customerUrl.startsWith("https://") && !customerUrl.startsWith("http://")) {
            throw new IllegalArgumentException("The customer URL must start with https:// or http://.");
        }
        customerUrl = customerUrl.endsWith("/") ? customerUrl : customerUrl + "/";
        Objects.requireNonNull(recoveryWait, "The recovery wait is required.");
        if (recoveryWait.isNegative()) {
            throw new IllegalArgumentException("The recovery wait must not be negative, not " + recoveryWait + ".");
        }
        Objects.requireNonNull(rememberBrowser, "The remembered-browser time is required.");
        if (rememberBrowser.isNegative() || rememberBrowser.compareTo(MAX_REMEMBER_BROWSER) > 0
                || !rememberBrowser.equals(Duration.ofDays(rememberBrowser.toDays()))) {
            throw new IllegalArgumentException("The remembered-browser time must be whole days from 0 to 365, not "
                    + rememberBrowser + ".");
        }
        relyingParty = relyingParty == null ? RelyingParty.fromUrl(customerUrl) : relyingParty;
        Objects.requireNonNull(auditRetention, "The audit retention is required.");
        if (auditRetention.isNegative()) {
            throw new IllegalArgumentException("The audit retention must not be negative, not " + auditRetention
                    + ".");
        }
        Objects.requireNonNull(signInLifetime, "The sign-in lifetime is required.");
        if (signInLifetime.compareTo(sessionIdle) < 0) {
            throw new IllegalArgumentException("The sign-in lifetime must be at least the session idle time, not "
                    + signInLifetime + ".");
        }
        Objects.requireNonNull(sessionInMemoryIdle, "The in-memory session idle time is required.");
        if (sessionInMemoryIdle.isNegative() || sessionInMemoryIdle.isZero()) {
            throw new IllegalArgumentException("The in-memory session idle time must be positive, not "
                    + sessionInMemoryIdle + ".");
        }
        twoFactorRequirement = twoFactorRequirement == null ? TwoFactorRequirementSetting.DEFAULT
                : twoFactorRequirement;
    }

    /** Production defaults: OWASP's Argon2id minimum, SHA1/6 digits/30 s, the company name as TOTP issuer. */
    public static DomainSettings defaults() {
        return new DomainSettings(DEFAULT_COMPANY_NAME, DEFAULT_COMPANY_NAME, DEFAULT_SUPPORT_EMAIL,
                DEFAULT_TIME_ZONE, DEFAULT_SESSION_IDLE, PasswordHashParameters.OWASP_MINIMUM, TotpParameters.DEFAULT,
                Set.of(), DEFAULT_CUSTOMER_URL, DEFAULT_RECOVERY_WAIT, DEFAULT_REMEMBER_BROWSER, null,
                DEFAULT_AUDIT_RETENTION, DEFAULT_SIGN_IN_LIFETIME, DEFAULT_SESSION_IN_MEMORY_IDLE,
                TwoFactorRequirementSetting.DEFAULT);
    }

    /** Light hashing for test suites that are not about hash cost; everything else as in production. */
    public static DomainSettings forTests() {
        return defaults().withPasswordHashing(PasswordHashParameters.FAST_FOR_TESTS);
    }

    public DomainSettings withCompanyName(String name) {
        return new DomainSettings(name, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withTotpIssuer(String issuer) {
        return new DomainSettings(companyName, issuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withSupportEmail(String address) {
        return new DomainSettings(companyName, totpIssuer, address, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withTimeZone(ZoneId zone) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, zone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withSessionIdle(Duration idle) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, idle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withPasswordHashing(PasswordHashParameters parameters) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, parameters, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withTrustedProxies(Set<String> proxies) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                proxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withCustomerUrl(String url) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, url, recoveryWait, rememberBrowser, null, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withRecoveryWait(Duration wait) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, wait, rememberBrowser, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    public DomainSettings withRememberBrowser(Duration time) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, time, relyingParty, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    /** Another relying party for security keys; {@link #withCustomerUrl} derives it from the new address again. */
    public DomainSettings withRelyingParty(RelyingParty party) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, party, auditRetention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    /** Whether the code step offers "don't ask for a code on this browser". */
    public boolean remembersBrowsers() {
        return !rememberBrowser.isZero();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required.");
        }
    }

    /** How long audit rows are kept; zero keeps them for ever. */
    public DomainSettings withAuditRetention(Duration retention) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, retention, signInLifetime, sessionInMemoryIdle, twoFactorRequirement);
    }

    /** The absolute limit of a sign-in (decision 0037). */
    public DomainSettings withSignInLifetime(Duration lifetime) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention, lifetime,
                sessionInMemoryIdle, twoFactorRequirement);
    }

    /** How long a node keeps an idle signed-in browser's session in memory (decision 0037). */
    public DomainSettings withSessionInMemoryIdle(Duration idle) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention,
                signInLifetime, idle, twoFactorRequirement);
    }

    /** Whether every customer must use two-factor authentication, and the grace period (decision 0046). */
    public DomainSettings withTwoFactorRequirement(TwoFactorRequirementSetting requirement) {
        return new DomainSettings(companyName, totpIssuer, supportEmail, timeZone, sessionIdle, passwordHashing, totp,
                trustedProxies, customerUrl, recoveryWait, rememberBrowser, relyingParty, auditRetention,
                signInLifetime, sessionInMemoryIdle, requirement);
    }

    /** The sign-in's idle time (the session idle time) and absolute limit. */
    public com.nordhost.clientarea.domain.signin.SignInLimits signInLimits() {
        return new com.nordhost.clientarea.domain.signin.SignInLimits(sessionIdle, signInLifetime);
    }
}
