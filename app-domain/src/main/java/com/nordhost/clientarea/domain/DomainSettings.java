package com.nordhost.clientarea.domain;

import com.nordhost.clientarea.domain.password.PasswordHashParameters;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.util.Objects;

/**
 * Settings of the domain services: the issuer name shown in authenticator apps, the Argon2id cost and the
 * TOTP parameters for new enrollments.
 */
public record DomainSettings(String totpIssuer, PasswordHashParameters passwordHashing, TotpParameters totp) {

    public DomainSettings {
        Objects.requireNonNull(totpIssuer, "TOTP issuer is required.");
        Objects.requireNonNull(passwordHashing, "Password hash parameters are required.");
        Objects.requireNonNull(totp, "TOTP parameters are required.");
    }

    /** Production defaults: OWASP's Argon2id minimum, SHA1/6 digits/30 s. */
    public static DomainSettings of(String totpIssuer) {
        return new DomainSettings(totpIssuer, PasswordHashParameters.OWASP_MINIMUM, TotpParameters.DEFAULT);
    }

    /** Light hashing for test suites that are not about hash cost. */
    public static DomainSettings forTests(String totpIssuer) {
        return new DomainSettings(totpIssuer, PasswordHashParameters.FAST_FOR_TESTS, TotpParameters.DEFAULT);
    }

    public DomainSettings withPasswordHashing(PasswordHashParameters parameters) {
        return new DomainSettings(totpIssuer, parameters, totp);
    }
}
