package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.recovery.RecoveryDecision;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.support.RequirementOutcome;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.support.TwoFactorRequirementDesk;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement.Source;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.AGENT_PASSWORD;
import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Required two-factor authentication through the use cases (decision 0046): the setting with its grace, support's
 * requirement for one customer, turning 2FA off while required, and the wizard at the next login after a removal or
 * a recovery.
 */
class RequiredTwoFactorTest {

    private static final TicketReference TICKET = TicketReference.of("#5150");
    private static final String REASON = "Account holds a reseller's domains";

    private static DomainFixture required(int graceDays) {
        return new DomainFixture(s -> s.withTwoFactorRequirement(
                new TwoFactorRequirementSetting(true, Duration.ofDays(graceDays))));
    }

    private static LoginOutcome logIn(DomainFixture f) {
        return f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), PASSWORD, ORIGIN,
                BrowserTokens.NONE);
    }

    @Test
    void under_the_setting_a_customer_signs_in_with_the_password_during_the_grace_and_is_led_to_the_wizard_after() {
        DomainFixture f = required(14);

        assertThat(logIn(f)).isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.twoFactorRequirements.find(f.customer.id())).map(RequirementRecord::settingReachedAt)
                .as("the first login that saw the setting is when it reached the account").contains(DomainFixture.START);
        assertThat(f.services.requiredTwoFactor().setUpPending(f.customer.id()))
                .map(r -> r.daysLeft(f.clock.instant())).contains(14L);

        f.clock.advance(Duration.ofDays(13).plusHours(23));
        assertThat(logIn(f)).as("the grace counts from the first login, not this one")
                .isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.services.requiredTwoFactor().setUpPending(f.customer.id()))
                .map(r -> r.daysLeft(f.clock.instant())).contains(1L);

        f.clock.advance(Duration.ofHours(1));
        assertThat(logIn(f)).isEqualTo(new LoginOutcome.SecondFactorSetUpRequired(f.customer));
        AuditEvent login = f.audit.ofType(AuditEventType.LOGIN_SUCCEEDED).get(2);
        assertThat(login.details()).containsEntry("next", "second factor set-up").containsEntry("requiredBy", "SETTING");

        f.enrollCustomer();
        assertThat(logIn(f)).as("with 2FA on: the code, as for anyone")
                .isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(f.services.requiredTwoFactor().setUpPending(f.customer.id())).isEmpty();
    }

    @Test
    void without_the_setting_or_support_nothing_changes_for_customers_and_agents_always_set_it_up_first() {
        DomainFixture f = new DomainFixture();
        f.clock.advance(Duration.ofDays(400));
        assertThat(logIn(f)).isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        assertThat(f.twoFactorRequirements.find(f.customer.id())).as("nothing stored").isEmpty();
        assertThat(f.services.passwordLogin().logIn(Realm.STAFF, f.agent.email().value(), AGENT_PASSWORD, ORIGIN,
                BrowserTokens.NONE)).isEqualTo(new LoginOutcome.SecondFactorSetUpRequired(f.agent));
    }

    @Test
    void a_wrong_password_never_learns_of_the_requirement() {
        DomainFixture f = required(0);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), "wrong password",
                ORIGIN, BrowserTokens.NONE)).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(f.twoFactorRequirements.find(f.customer.id())).isEmpty();
    }

    @Test
    void while_required_the_customer_cannot_turn_it_off_and_is_not_even_asked_for_the_password() {
        DomainFixture f = required(14);
        f.enrollCustomer();

        DisableOutcome outcome = f.services.disableTwoFactor().disable(f.customer.id(), "not even the password",
                ORIGIN);

        assertThat(outcome).isInstanceOf(DisableOutcome.Required.class);
        assertThat(((DisableOutcome.Required) outcome).requirement().source()).isEqualTo(Source.SETTING);
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();
        AuditEvent refused = f.audit.ofType(AuditEventType.TWO_FACTOR_DISABLE_REFUSED).get(0);
        assertThat(refused.details()).containsEntry("reason", "two-factor authentication required")
                .containsEntry("requiredBy", "SETTING");
        assertThat(f.audit.types()).doesNotContain(AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER);
    }

    @Test
    void support_requires_it_for_one_customer_audited_and_mailed_and_the_customer_cannot_turn_it_off_until_lifted() {
        DomainFixture f = new DomainFixture();
        f.enrollCustomer();
        TwoFactorRequirementDesk desk = f.services.twoFactorRequirementDesk();

        RequirementOutcome outcome = desk.require(f.agent.id(), f.customer.id(), TICKET, REASON, ORIGIN);

        assertThat(outcome).isEqualTo(new RequirementOutcome.Required(f.clock.instant().plus(Duration.ofDays(14))));
        assertThat(desk.require(f.agent.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new RequirementOutcome.AlreadyRequired());
        AuditEvent event = f.audit.ofType(AuditEventType.TWO_FACTOR_REQUIRED_BY_SUPPORT).get(0);
        assertThat(event.subject()).isEqualTo(f.customer.id());
        assertThat(event.actor()).isEqualTo(f.agent.email().value());
        assertThat(event.details()).containsEntry("ticket", "#5150").containsEntry("reason", REASON)
                .containsEntry("agent", f.agent.email().value());
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REQUIRED_BY_SUPPORT)).as("once").hasSize(1);
        OutboundMessage mail = lastMail(f);
        assertThat(mail.recipient()).isEqualTo(f.customer.email());
        assertThat(mail.subject()).isEqualTo("Two-factor authentication is now required for your account");
        assertThat(mail.body()).contains("ticket #5150", "from 2026-03-16")
                .doesNotContain(f.agent.email().value(), REASON);
        assertThat(desk.requirementOf(f.agent.id(), f.customer.id())).map(TwoFactorRequirement::source)
                .contains(Source.SUPPORT);

        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Required.class);

        assertThat(desk.lift(f.agent.id(), f.customer.id(), TICKET, "Reseller moved away", ORIGIN))
                .isEqualTo(new RequirementOutcome.Lifted(false));
        assertThat(desk.lift(f.agent.id(), f.customer.id(), TICKET, "again", ORIGIN))
                .isEqualTo(new RequirementOutcome.NotRequiredBySupport());
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REQUIREMENT_LIFTED_BY_SUPPORT)).hasSize(1);
        assertThat(lastMail(f).subject()).isEqualTo("Two-factor authentication is no longer required by our support");
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
    }

    @Test
    void only_an_active_agent_with_a_reason_may_require_it_and_only_of_customers() {
        DomainFixture f = new DomainFixture();
        TwoFactorRequirementDesk desk = f.services.twoFactorRequirementDesk();
        assertThat(desk.require(f.customer.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new RequirementOutcome.NotAllowed());
        assertThat(desk.require(f.agent.id(), f.customer.id(), TICKET, "  ", ORIGIN))
                .isEqualTo(new RequirementOutcome.ReasonRequired());
        assertThat(desk.require(f.agent.id(), f.agent.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new RequirementOutcome.UnknownCustomer());
        assertThat(desk.requirementOf(f.customer.id(), f.customer.id())).isEmpty();
        assertThat(f.twoFactorRequirements.find(f.customer.id())).isEmpty();
        assertThat(f.outbox.all()).isEmpty();
    }

    @Test
    void a_support_removal_on_an_account_where_it_is_required_leads_to_the_wizard_at_the_next_login() {
        DomainFixture f = new DomainFixture();
        f.services.twoFactorRequirementDesk().require(f.agent.id(), f.customer.id(), TICKET, REASON, ORIGIN);
        f.enrollCustomer();
        f.clock.advance(Duration.ofDays(2));

        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TICKET,
                EmailAddress.of(f.customer.email().value()), "Lost the phone", ORIGIN))
                .isEqualTo(new SupportRemovalOutcome.Removed());

        assertThat(logIn(f)).as("well inside the grace, yet no new grace after losing the second factor")
                .isEqualTo(new LoginOutcome.SecondFactorSetUpRequired(f.customer));
    }

    @Test
    void turning_it_off_where_it_is_not_required_yet_is_allowed_and_a_later_requirement_gets_its_grace() {
        DomainFixture f = new DomainFixture();
        f.enrollCustomer();
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        f.clock.advance(Duration.ofDays(1));
        f.services.twoFactorRequirementDesk().require(f.agent.id(), f.customer.id(), TICKET, REASON, ORIGIN);

        assertThat(logIn(f)).isEqualTo(new LoginOutcome.LoggedIn(f.customer));
        f.clock.advance(Duration.ofDays(14));
        assertThat(logIn(f)).isEqualTo(new LoginOutcome.SecondFactorSetUpRequired(f.customer));
    }

    @Test
    void a_lost_both_recovery_on_an_account_where_it_is_required_leads_to_the_wizard_at_the_login_that_completes_it() {
        DomainFixture f = required(14);
        f.enrollCustomer();
        assertThat(f.services.recoveryRequestFlow().requestAfterPassword(f.customer.id(), ORIGIN))
                .isEqualTo(new RecoveryOutcome.Requested());
        Matcher confirm = Pattern.compile("recovery/confirm\\?token=([A-Za-z0-9_-]{43})").matcher(lastMail(f).body());
        assertThat(confirm.find()).isTrue();
        assertThat(f.services.recoveryRequestFlow().confirm(confirm.group(1), ORIGIN))
                .isEqualTo(RecoveryLinkOutcome.DONE);
        long id = f.services.recoveryRequestQueue().pending(f.agent.id()).get(0).requestId();
        assertThat(f.services.recoveryRequestQueue().approve(f.agent.id(), id, "#77", ORIGIN))
                .isEqualTo(RecoveryDecision.APPROVED);
        f.clock.advance(Duration.ofHours(24));

        assertThat(logIn(f)).isEqualTo(new LoginOutcome.SecondFactorSetUpRequired(f.customer));
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isFalse();
    }

    private static OutboundMessage lastMail(DomainFixture f) {
        List<OutboundMessage> all = f.outbox.all();
        return all.get(all.size() - 1);
    }
}
