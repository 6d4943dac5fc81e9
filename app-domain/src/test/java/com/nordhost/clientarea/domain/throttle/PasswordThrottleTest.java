package com.nordhost.clientarea.domain.throttle;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewalOutcome;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PasswordThrottleTest {

    private static final String ANNA = "anna+hosting@example.com";
    private static final String WRONG = "Guess-1234!";
    private static final LoginOutcome BAD = new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);

    private final DomainFixture f = new DomainFixture();
    private final PasswordLogin login = f.services.passwordLogin();

    private LoginOutcome logIn(String email, String password) {
        return login.logIn(Realm.CUSTOMER, email, password, ORIGIN, BrowserTokens.NONE);
    }

    @Test
    void five_failures_are_free_then_one_second_doubling_to_five_minutes() {
        long[] seconds = {0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (int failures = 0; failures < seconds.length; failures++) {
            assertThat(PasswordThrottle.delayAfter(failures)).as("after %d failures", failures)
                    .isEqualTo(Duration.ofSeconds(seconds[failures]));
        }
        assertThat(PasswordThrottle.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(PasswordThrottle.nextAttemptAfter(4, DomainFixture.START)).isNull();
    }

    @Test
    void the_wait_escalates_exactly_and_is_never_a_lock() {
        for (int failures = 1; failures <= 16; failures++) {
            assertThat(logIn(ANNA, WRONG)).as("wrong password number %d", failures).isEqualTo(BAD);
            assertThat(f.accounts.passwordFailures(f.customer.id())).isEqualTo(failures);
            Duration wait = PasswordThrottle.delayAfter(failures);
            if (wait.isZero()) {
                continue;
            }
            Instant until = f.clock.instant().plus(wait);
            assertThat(logIn(ANNA, WRONG)).isEqualTo(new LoginOutcome.TryLater(until));
            f.clock.advance(wait.minusMillis(1));
            assertThat(logIn(ANNA, PASSWORD)).as("one millisecond early").isEqualTo(new LoginOutcome.TryLater(until));
            f.clock.advance(Duration.ofMillis(1));
        }
        assertThat(f.accounts.passwordFailures(f.customer.id())).as("waiting attempts are not counted").isEqualTo(16);
        // After the longest wait the right password still works: a delay, not a lock-out.
        assertThat(logIn(ANNA, PASSWORD)).isEqualTo(new LoginOutcome.LoggedIn(f.customer));
    }

    @Test
    void the_right_password_resets_the_count() {
        for (int i = 0; i < 7; i++) {
            logIn(ANNA, WRONG);
        }
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(logIn(ANNA, PASSWORD)).isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.accounts.passwordFailures(f.customer.id())).isZero();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(ANNA, WRONG)).as("free again after a success").isEqualTo(BAD);
        }
        assertThat(f.accounts.passwordFailures(f.customer.id())).isEqualTo(5);
        assertThat(logIn(ANNA, WRONG)).isInstanceOf(LoginOutcome.TryLater.class);
    }

    @Test
    void during_the_wait_the_password_is_not_even_checked() {
        for (int i = 0; i < 5; i++) {
            logIn(ANNA, WRONG);
        }
        // A stored hash that would take many minutes to check: the answer must come without checking it.
        String slow = f.customer.passwordHash().replaceFirst("\\$m=\\d+,t=\\d+,p=\\d+\\$", "\\$m=8,t=200000000,p=1\\$");
        f.accounts.updatePasswordHash(f.customer.id(), slow);
        int auditsBefore = f.audit.all().size();

        LoginOutcome right = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> logIn(ANNA, PASSWORD));
        LoginOutcome wrong = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> logIn(ANNA, WRONG));

        Instant until = DomainFixture.START.plusSeconds(1);
        assertThat(right).as("even the right password waits").isEqualTo(new LoginOutcome.TryLater(until));
        assertThat(wrong).isEqualTo(right);
        assertThat(f.accounts.passwordFailures(f.customer.id())).isEqualTo(5);
        assertThat(f.audit.all()).hasSize(auditsBefore);
    }

    @Test
    void an_unknown_address_gets_the_same_outcomes_as_an_account() {
        List<LoginOutcome> known = new ArrayList<>();
        List<LoginOutcome> unknown = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            known.add(logIn(ANNA, WRONG));
            unknown.add(logIn("nobody@example.com", WRONG));
            known.add(logIn(ANNA, WRONG));
            unknown.add(logIn("nobody@example.com", WRONG));
            f.clock.advance(Duration.ofSeconds(3));
        }
        assertThat(known).contains(BAD).anyMatch(LoginOutcome.TryLater.class::isInstance);
        assertThat(unknown).isEqualTo(known);
        // Each address has its own count: another unknown address starts free.
        assertThat(logIn("someone-else@example.com", WRONG)).isEqualTo(BAD);
        assertThat(f.audit.everythingWritten()).doesNotContain(WRONG, PASSWORD);
    }

    @Test
    void a_wrong_password_is_audited_with_the_count_but_not_the_password() {
        logIn(ANNA, WRONG);
        logIn(ANNA, WRONG);
        var failed = f.audit.ofType(AuditEventType.LOGIN_FAILED);
        assertThat(failed).hasSize(2);
        assertThat(failed.get(1).subject()).isEqualTo(f.customer.id());
        assertThat(failed.get(1).details()).containsEntry("reason", "wrong password")
                .containsEntry("passwordFailures", "2");
        assertThat(f.audit.everythingWritten()).doesNotContain(WRONG);
    }

    @Test
    void password_failures_are_counted_apart_from_second_factor_failures() {
        f.enrollCustomer();
        for (int i = 0; i < 5; i++) {
            logIn(ANNA, WRONG);
        }
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isZero();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(logIn(ANNA, PASSWORD)).isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        for (int i = 0; i < 6; i++) {
            SecondFactorSteps.typed(f.services, f.customer.id(), "000000", ORIGIN);
        }
        assertThat(f.accounts.passwordFailures(f.customer.id())).isZero();
        assertThat(logIn(ANNA, PASSWORD)).as("code failures do not delay the password step")
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
    }

    @Test
    void wrong_current_passwords_in_the_settings_count_on_the_trusted_counter() {
        DomainFixture.Enrolled enrolled = f.enrollCustomer();
        for (int i = 0; i < 2; i++) {
            assertThat(f.services.disableTwoFactor().disable(f.customer.id(), WRONG, ORIGIN))
                    .isInstanceOf(DisableOutcome.WrongPassword.class);
            assertThat(f.services.backupCodeRenewal().renew(f.customer.id(), WRONG, ORIGIN))
                    .isInstanceOf(BackupCodeRenewalOutcome.WrongPassword.class);
        }
        assertThat(f.services.passwordChange().change(f.customer.id(), WRONG, "a brand new password", ORIGIN))
                .isInstanceOf(PasswordChangeOutcome.WrongCurrentPassword.class);
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.TRUSTED)).isEqualTo(5);
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.UNTRUSTED)).isZero();

        // Waiting now: the right password is not checked (nor is it called wrong) and 2FA stays on. A signed-in
        // session counts as a trusted browser, so a login from a browser without a device token is not delayed.
        Instant until = f.clock.instant().plusSeconds(1);
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isEqualTo(new DisableOutcome.TryLater(until));
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), WRONG, ORIGIN))
                .isEqualTo(new DisableOutcome.TryLater(until));
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().isActive()).isTrue();
        assertThat(logIn(ANNA, PASSWORD)).isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.TRUSTED))
                .as("waiting attempts are not counted").isEqualTo(5);
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_DISABLE_REFUSED)).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "password throttled"));

        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.TRUSTED)).isZero();
        assertThat(enrolled).isNotNull();
    }

    @Test
    void while_waiting_the_settings_say_try_later_and_the_right_password_works_afterwards() {
        f.enrollCustomer();
        for (int i = 0; i < 5; i++) {
            f.services.backupCodeRenewal().renew(f.customer.id(), WRONG, ORIGIN);
        }
        Instant until = f.clock.instant().plusSeconds(1);
        int auditsBefore = f.audit.all().size();

        assertThat(f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN))
                .isEqualTo(new BackupCodeRenewalOutcome.TryLater(until));
        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, "a brand new password", ORIGIN))
                .isEqualTo(new PasswordChangeOutcome.TryLater(until));
        assertThat(f.accounts.passwordFailures(f.customer.id(), PasswordCounter.TRUSTED))
                .as("waiting attempts are not counted").isEqualTo(5);
        assertThat(f.audit.all()).as("each refusal is audited").hasSize(auditsBefore + 2);
        assertThat(f.audit.ofType(AuditEventType.BACKUP_CODE_RENEWAL_REFUSED)).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "password throttled"));
        assertThat(f.audit.ofType(AuditEventType.PASSWORD_CHANGE_FAILED)).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "password throttled"));

        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(BackupCodeRenewalOutcome.Renewed.class);
        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, "a brand new password", ORIGIN))
                .as("turning 2FA on moved the epoch once already").isEqualTo(new PasswordChangeOutcome.Changed(2));
    }
}
