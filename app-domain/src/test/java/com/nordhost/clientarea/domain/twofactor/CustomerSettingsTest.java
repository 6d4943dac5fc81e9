package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Disable, backup code renewal and password change: the Security settings tab. */
class CustomerSettingsTest {

    private static final String SPECIAL = "Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @";
    private final DomainFixture f = new DomainFixture();

    @Test
    void disabling_needs_the_password() {
        f.enrollCustomer();

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), "wrong password", ORIGIN))
                .isEqualTo(new DisableOutcome.WrongPassword());
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.OFF);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isEqualTo(new DisableOutcome.NotEnabled());
        assertThat(f.audit.types()).contains(AuditEventType.TWO_FACTOR_DISABLE_REFUSED,
                AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER);
    }

    @Test
    void a_password_with_the_help_articles_special_characters_works_to_log_in_and_to_disable() {
        f.enrollCustomer();

        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, SPECIAL, ORIGIN))
                .isInstanceOf(PasswordChangeOutcome.Changed.class);

        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", SPECIAL, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        // The same letters typed decomposed (as some keyboards and macOS produce them) are the same password.
        String decomposed = java.text.Normalizer.normalize(SPECIAL, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(SPECIAL);
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), decomposed, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(f.audit.types()).contains(AuditEventType.PASSWORD_CHANGED);
        assertThat(f.audit.everythingWritten()).doesNotContain(SPECIAL, PASSWORD);
    }

    @Test
    void password_change_needs_the_current_password_and_names_policy_problems() {
        assertThat(f.services.passwordChange().change(f.customer.id(), "not it", "a fine new password", ORIGIN))
                .isEqualTo(new PasswordChangeOutcome.WrongCurrentPassword());
        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, "short", ORIGIN))
                .isEqualTo(new PasswordChangeOutcome.Rejected(java.util.List.of(PasswordProblem.TOO_SHORT)));
        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, "x".repeat(257), ORIGIN))
                .isEqualTo(new PasswordChangeOutcome.Rejected(java.util.List.of(PasswordProblem.TOO_LONG)));
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.audit.types()).contains(AuditEventType.PASSWORD_CHANGE_FAILED)
                .doesNotContain(AuditEventType.PASSWORD_CHANGED);
    }

    @Test
    void renewing_the_backup_code_needs_the_password_and_retires_the_old_code() {
        DomainFixture.Enrolled enrolled = f.enrollCustomer();

        assertThat(f.services.backupCodeRenewal().renew(f.customer.id(), "wrong password", ORIGIN))
                .isEqualTo(new BackupCodeRenewalOutcome.WrongPassword());
        BackupCodeRenewalOutcome outcome = f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN);

        assertThat(outcome).isInstanceOf(BackupCodeRenewalOutcome.Renewed.class);
        BackupCode renewed = ((BackupCodeRenewalOutcome.Renewed) outcome).backupCode();
        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), enrolled.backupCode().display(), ORIGIN))
                .isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), renewed.display(), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
        assertThat(f.audit.types()).contains(AuditEventType.BACKUP_CODE_RENEWAL_REFUSED,
                AuditEventType.BACKUP_CODE_REPLACED);
        assertThat(f.audit.everythingWritten()).doesNotContain(renewed.value());
    }

    @Test
    void renewing_without_second_factor_does_nothing() {
        assertThat(f.services.backupCodeRenewal().renew(f.customer.id(), PASSWORD, ORIGIN))
                .isEqualTo(new BackupCodeRenewalOutcome.NotEnabled());
    }

    @Test
    void every_use_case_ran_inside_a_transaction() {
        // The audit log of the fixture throws when written outside a transaction; reaching here with events is the proof.
        f.enrollCustomer();
        f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN);
        assertThat(f.audit.all()).isNotEmpty();
        assertThat(f.transactions.count()).isGreaterThanOrEqualTo(4);
    }
}
