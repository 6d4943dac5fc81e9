package com.nordhost.clientarea.domain.login;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Browser A gives the right password and stays at the code step; meanwhile the account changes (browser B changes
 * the password, a reset link is used, 2FA goes off or is removed by support, the account is deactivated). A's code must
 * not sign in: the login belongs to the account as it was when the password was given.
 */
class HalfFinishedLoginTest {

    private static final Pattern RESET = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "a completely new long password";

    private final DomainFixture f = new DomainFixture();
    private final TotpSecret secret = f.enrollCustomer().secret();

    private PendingLogin passwordGivenInBrowserA(Account account, String password) {
        LoginOutcome outcome = f.services.passwordLogin().logIn(account.realm(), account.email().value(), password,
                ORIGIN, BrowserTokens.NONE);
        assertThat(outcome).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        return ((LoginOutcome.SecondFactorRequired) outcome).pending();
    }

    private SecondFactorOutcome codeInBrowserA(PendingLogin pending, TotpSecret secret) {
        return f.services.secondFactorLogin().check(pending, new SecondFactorProof.TypedCode(f.codeNow(secret)),
                ORIGIN, false);
    }

    @Test
    void an_unchanged_account_signs_in_with_the_code() {
        PendingLogin pending = passwordGivenInBrowserA(f.customer, PASSWORD);

        assertThat(codeInBrowserA(pending, secret)).isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void a_password_change_in_another_browser_ends_the_code_step() {
        PendingLogin pending = passwordGivenInBrowserA(f.customer, PASSWORD);

        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, NEW_PASSWORD, ORIGIN))
                .isInstanceOf(PasswordChangeOutcome.Changed.class);

        assertThat(codeInBrowserA(pending, secret)).isEqualTo(new SecondFactorOutcome.StartAgain());
        assertThat(f.audit.ofType(AuditEventType.SECOND_FACTOR_FAILED).get(0).details())
                .containsEntry("reason", "account changed since the password");
        f.nextStep();
        PendingLogin again = passwordGivenInBrowserA(f.customer, NEW_PASSWORD);
        assertThat(codeInBrowserA(again, secret)).as("starting again with the new password works")
                .isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void a_password_reset_by_link_ends_the_code_step() {
        PendingLogin pending = passwordGivenInBrowserA(f.customer, PASSWORD);
        f.services.passwordReset().request(f.customer.email().value(), ORIGIN);
        Matcher link = RESET.matcher(f.outbox.all().get(f.outbox.all().size() - 1).body());
        assertThat(link.find()).isTrue();

        assertThat(f.services.passwordReset().reset(link.group(1), NEW_PASSWORD, ORIGIN))
                .isEqualTo(new ResetOutcome.Changed());

        assertThat(codeInBrowserA(pending, secret)).isEqualTo(new SecondFactorOutcome.StartAgain());
    }

    @Test
    void turning_two_factor_off_ends_the_code_step_also_after_it_is_turned_on_again() {
        PendingLogin pending = passwordGivenInBrowserA(f.customer, PASSWORD);

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        TotpSecret newSecret = f.enrollCustomer().secret();

        assertThat(codeInBrowserA(pending, newSecret)).isEqualTo(new SecondFactorOutcome.StartAgain());
    }

    @Test
    void support_removal_ends_the_code_step() {
        PendingLogin pending = passwordGivenInBrowserA(f.customer, PASSWORD);

        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#9"),
                f.customer.email(), "Lost phone", ORIGIN)).isEqualTo(new SupportRemovalOutcome.Removed());
        TotpSecret newSecret = f.enrollCustomer().secret();

        assertThat(codeInBrowserA(pending, newSecret)).isEqualTo(new SecondFactorOutcome.StartAgain());
    }

    @Test
    void a_deactivated_account_is_not_signed_in_by_the_code() {
        PendingLogin pending = passwordGivenInBrowserA(f.customer, PASSWORD);

        f.accounts.deactivate(f.customer.id());

        SecondFactorOutcome outcome = codeInBrowserA(pending, secret);
        assertThat(outcome).isNotInstanceOf(SecondFactorOutcome.Passed.class)
                .isNotInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
        assertThat(f.audit.ofType(AuditEventType.SECOND_FACTOR_PASSED)).isEmpty();
    }
}
