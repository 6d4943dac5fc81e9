package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The changes that must end an account's other sessions advance its session epoch; the caller's goes on. */
class SessionEpochsTest {

    private final DomainFixture f = new DomainFixture();
    private final SessionEpochs epochs = f.services.sessionEpochs();

    @Test
    void a_new_password_ends_the_other_sessions_and_the_changing_one_learns_the_new_epoch() {
        int signedIn = epochs.atSignIn(f.customer.id());
        assertThat(epochs.isCurrent(f.customer.id(), signedIn)).isTrue();

        PasswordChangeOutcome outcome = f.services.passwordChange().change(f.customer.id(), PASSWORD,
                "a brand new password", ORIGIN);

        int kept = ((PasswordChangeOutcome.Changed) outcome).sessionEpoch();
        assertThat(epochs.isCurrent(f.customer.id(), signedIn)).as("another session").isFalse();
        assertThat(epochs.isCurrent(f.customer.id(), kept)).as("the session that changed it").isTrue();
        assertThat(epochs.isCurrent(f.agent.id(), epochs.atSignIn(f.agent.id()))).as("other accounts").isTrue();
    }

    @Test
    void a_refused_change_ends_nothing() {
        int signedIn = epochs.atSignIn(f.customer.id());
        f.services.passwordChange().change(f.customer.id(), "wrong", "a brand new password", ORIGIN);
        f.services.passwordChange().change(f.customer.id(), PASSWORD, "short", ORIGIN);
        assertThat(epochs.isCurrent(f.customer.id(), signedIn)).isTrue();
    }

    @Test
    void turning_two_factor_off_ends_the_other_sessions() {
        f.enrollCustomer();
        int signedIn = epochs.atSignIn(f.customer.id());
        DisableOutcome outcome = f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN);
        assertThat(epochs.isCurrent(f.customer.id(), signedIn)).isFalse();
        assertThat(epochs.isCurrent(f.customer.id(), ((DisableOutcome.Disabled) outcome).sessionEpoch())).isTrue();
    }

    @Test
    void support_removing_two_factor_ends_every_session_of_the_customer() {
        f.enrollCustomer();
        int signedIn = epochs.atSignIn(f.customer.id());
        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#1"),
                EmailAddress.of("anna+hosting@example.com"), "Lost phone and backup code", ORIGIN))
                .isInstanceOf(SupportRemovalOutcome.Removed.class);
        assertThat(epochs.isCurrent(f.customer.id(), signedIn)).isFalse();
    }
}
