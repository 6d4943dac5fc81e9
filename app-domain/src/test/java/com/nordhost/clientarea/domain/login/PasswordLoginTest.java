package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.password.PasswordHashParameters;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static com.nordhost.clientarea.domain.testing.DomainFixture.AGENT_PASSWORD;
import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordLoginTest {

    private final DomainFixture f = new DomainFixture();
    private final PasswordLogin login = f.services.passwordLogin();
    private static final LoginOutcome BAD = new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);

    @Test
    void the_right_password_without_second_factor_logs_in() {
        assertThat(login.logIn(Realm.CUSTOMER, "  Anna+Hosting@Example.com ", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.audit.types()).contains(AuditEventType.LOGIN_SUCCEEDED);
    }

    @Test
    void unknown_email_and_wrong_password_look_the_same() {
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", "Guess-1234!", ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(login.logIn(Realm.CUSTOMER, "nobody@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(login.logIn(Realm.CUSTOMER, "not an address", PASSWORD, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", null, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(f.audit.ofType(AuditEventType.LOGIN_FAILED)).hasSize(4);
        assertThat(f.audit.everythingWritten()).doesNotContain("Guess-1234!", PASSWORD);
    }

    @Test
    void over_long_input_is_refused_like_a_wrong_password() {
        String megabyte = "x".repeat(1024 * 1024);
        long started = System.nanoTime();
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD + megabyte, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(login.logIn(Realm.CUSTOMER, megabyte + "@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(login.logIn(Realm.CUSTOMER, "nobody@example.com", megabyte, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        System.out.printf("Three over-long logins refused in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(f.audit.ofType(AuditEventType.LOGIN_FAILED)).hasSize(3);
        assertThat(f.audit.everythingWritten()).doesNotContain(megabyte);
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.LoggedIn(f.customer));
    }

    @Test
    void realms_are_separate() {
        assertThat(login.logIn(Realm.CUSTOMER, "sam@nordhost.se", AGENT_PASSWORD, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        assertThat(login.logIn(Realm.STAFF, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
        // An agent without a second factor sets one up before anything opens (decision 0046).
        assertThat(login.logIn(Realm.STAFF, "sam@nordhost.se", AGENT_PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.SecondFactorSetUpRequired(f.agent));
    }

    @Test
    void a_login_reads_the_second_factor_once() {
        int before = f.twoFactor.reads();
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.twoFactor.reads() - before).as("without 2FA").isEqualTo(1);

        f.enrollCustomer();
        before = f.twoFactor.reads();
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        assertThat(f.twoFactor.reads() - before).as("with 2FA").isEqualTo(1);
    }

    @Test
    void an_inactive_account_cannot_log_in() {
        f.accounts.deactivate(f.customer.id());
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
    }

    @Test
    void with_the_second_factor_on_the_password_only_leads_to_the_code_step() {
        f.enrollCustomer();
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        assertThat(login.logIn(Realm.CUSTOMER, "anna+hosting@example.com", "wrong password", ORIGIN, BrowserTokens.NONE)).isEqualTo(BAD);
    }

    @Test
    void a_hash_with_old_parameters_is_replaced_at_the_next_login() {
        String weak = new PasswordHasher(new PasswordHashParameters(64, 1, 1), new SecureRandom())
                .hash("an old customer's password");
        var old = f.accounts.create(Role.CUSTOMER, EmailAddress.of("old@example.com"), "Old", weak, f.clock.instant());

        assertThat(login.logIn(Realm.CUSTOMER, "old@example.com", "an old customer's password", ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);

        String now = f.accounts.findById(old.id()).orElseThrow().passwordHash();
        assertThat(now).isNotEqualTo(weak).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
        assertThat(login.logIn(Realm.CUSTOMER, "old@example.com", "an old customer's password", ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
    }
}
