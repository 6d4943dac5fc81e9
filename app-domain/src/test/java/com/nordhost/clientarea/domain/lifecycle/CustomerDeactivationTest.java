package com.nordhost.clientarea.domain.lifecycle;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.PendingLogin;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorProof;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CustomerDeactivationTest {

    private static final TicketReference TICKET = TicketReference.of(" NH-7001 ");
    private static final String REASON = "Contract ended, customer asked to close access";
    private static final String EMAIL = "anna+hosting@example.com";
    private static final LoginOutcome WRONG_PASSWORD = new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);

    private final DomainFixture f = new DomainFixture();
    private final CustomerDeactivation deactivation = f.services.customerDeactivation();

    private LoginOutcome logIn(String password) {
        return f.services.passwordLogin().logIn(Realm.CUSTOMER, EMAIL, password, ORIGIN, BrowserTokens.NONE);
    }

    private DeactivationOutcome deactivate() {
        return deactivation.deactivate(f.agent.id(), f.customer.id(), TICKET, REASON, ORIGIN);
    }

    private DeactivationOutcome reactivate() {
        return deactivation.reactivate(f.agent.id(), f.customer.id(), TICKET, "Customer is back", ORIGIN);
    }

    private static String link(OutboundMessage mail, String pattern) {
        Matcher m = Pattern.compile(pattern + "\\?token=([A-Za-z0-9_-]{43})").matcher(mail.body());
        assertThat(m.find()).as("the mail has the link").isTrue();
        return m.group(1);
    }

    private OutboundMessage lastMail() {
        return f.outbox.all().get(f.outbox.all().size() - 1);
    }

    @Test
    void a_deactivated_customer_is_refused_exactly_like_a_wrong_password() {
        LoginOutcome wrong = logIn("not the password at all");

        assertThat(deactivate()).isEqualTo(new DeactivationOutcome.Deactivated());

        assertThat(f.accounts.findById(f.customer.id()).orElseThrow().active()).isFalse();
        assertThat(logIn(PASSWORD)).isEqualTo(wrong).isEqualTo(WRONG_PASSWORD);
        assertThat(f.audit.ofType(AuditEventType.LOGIN_FAILED)).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "account inactive"));
    }

    @Test
    void every_session_ends_at_its_next_request() {
        int before = f.services.sessionEpochs().atSignIn(f.customer.id());

        deactivate();

        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), before)).isFalse();
    }

    @Test
    void a_half_finished_login_ends_too() {
        TotpSecret secret = f.enrollCustomer().secret();
        LoginOutcome password = logIn(PASSWORD);
        PendingLogin pending = ((LoginOutcome.SecondFactorRequired) password).pending();

        deactivate();

        assertThat(f.services.secondFactorLogin().check(pending, new SecondFactorProof.TypedCode(f.codeNow(secret)),
                ORIGIN, false)).isNotInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void open_reset_links_are_spent_and_forgot_password_sends_nothing_afterwards() {
        f.services.passwordReset().request(EMAIL, ORIGIN);
        String token = link(lastMail(), "reset-password");

        deactivate();

        assertThat(f.services.passwordReset().linkWorks(token)).isFalse();
        assertThat(f.services.passwordReset().reset(token, "a password chosen too late", ORIGIN))
                .isEqualTo(new ResetOutcome.InvalidLink());
        int mails = f.outbox.all().size();
        f.services.passwordReset().request(EMAIL, ORIGIN);
        assertThat(f.outbox.all()).as("no link for a deactivated account").hasSize(mails);
    }

    @Test
    void an_open_recovery_request_is_voided() {
        f.enrollCustomer();
        assertThat(f.services.recoveryRequestFlow().requestAfterPassword(f.customer.id(), ORIGIN))
                .isEqualTo(new RecoveryOutcome.Requested());
        String confirm = link(lastMail(), "recovery/confirm");

        deactivate();

        assertThat(f.recoveryRequests.findOpen(f.customer.id())).isEmpty();
        assertThat(f.services.recoveryRequestFlow().confirm(confirm, ORIGIN)).isNotEqualTo(RecoveryLinkOutcome.DONE);
        AuditEvent voided = f.audit.ofType(AuditEventType.RECOVERY_REQUEST_VOIDED).get(0);
        assertThat(voided.details()).containsEntry("reason", "account deactivated");
        assertThat(voided.actor()).isEqualTo("sam@nordhost.se");
        assertThat(f.recoveryRequests.findByStatus(RecoveryRequests.Status.VOIDED, 10)).hasSize(1);
    }

    @Test
    void deactivation_is_audited_and_the_customer_told_with_the_ticket_but_not_the_agent() {
        deactivate();

        AuditEvent event = f.audit.ofType(AuditEventType.CUSTOMER_DEACTIVATED).get(0);
        assertThat(event.subject()).isEqualTo(f.customer.id());
        assertThat(event.actor()).isEqualTo("sam@nordhost.se");
        assertThat(event.details()).containsEntry("ticket", "NH-7001").containsEntry("reason", REASON);
        OutboundMessage mail = lastMail();
        assertThat(mail.recipient()).isEqualTo(EmailAddress.of(EMAIL));
        assertThat(mail.subject()).isEqualTo("Your client area account was deactivated");
        assertThat(mail.body()).contains("NH-7001").doesNotContain("sam@nordhost.se").doesNotContain("Sam Support")
                .doesNotContain(ORIGIN.sourceIp());
    }

    @Test
    void reactivation_restores_the_login_with_the_second_factor_still_on() {
        f.enrollCustomer();
        deactivate();

        assertThat(reactivate()).isEqualTo(new DeactivationOutcome.Reactivated());

        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();
        assertThat(logIn(PASSWORD)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        AuditEvent event = f.audit.ofType(AuditEventType.CUSTOMER_REACTIVATED).get(0);
        assertThat(event.actor()).isEqualTo("sam@nordhost.se");
        assertThat(event.details()).containsEntry("ticket", "NH-7001").containsEntry("reason", "Customer is back");
        assertThat(lastMail().subject()).isEqualTo("Your client area account was reactivated");
        assertThat(lastMail().body()).contains("NH-7001").doesNotContain("sam@nordhost.se");
    }

    @Test
    void twice_changes_once() {
        assertThat(reactivate()).isEqualTo(new DeactivationOutcome.AlreadyActive());
        assertThat(deactivate()).isEqualTo(new DeactivationOutcome.Deactivated());
        int mails = f.outbox.all().size();
        int epoch = f.services.sessionEpochs().atSignIn(f.customer.id());

        assertThat(deactivate()).isEqualTo(new DeactivationOutcome.AlreadyInactive());

        assertThat(f.audit.ofType(AuditEventType.CUSTOMER_DEACTIVATED)).hasSize(1);
        assertThat(f.outbox.all()).hasSize(mails);
        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), epoch)).isTrue();
        assertThat(f.audit.ofType(AuditEventType.CUSTOMER_REACTIVATED)).isEmpty();
    }

    @Test
    void support_and_admins_may_but_a_customer_or_an_inactive_agent_may_not() {
        Account admin = f.services.accountRegistration().register(Role.ADMIN, EmailAddress.of("ada@nordhost.se"),
                "Ada Admin", "Ada's long admin password");
        assertThat(deactivation.deactivate(f.customer.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new DeactivationOutcome.NotAllowed());
        assertThat(deactivation.deactivate(null, f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new DeactivationOutcome.NotAllowed());
        f.accounts.deactivate(f.agent.id());
        assertThat(deactivate()).isEqualTo(new DeactivationOutcome.NotAllowed());
        assertThat(f.accounts.findById(f.customer.id()).orElseThrow().active()).isTrue();

        assertThat(deactivation.deactivate(admin.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new DeactivationOutcome.Deactivated());
        assertThat(deactivation.reactivate(admin.id(), f.customer.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new DeactivationOutcome.Reactivated());
    }

    @Test
    void only_customers_are_deactivated_here() {
        Account other = f.services.accountRegistration().register(Role.SUPPORT, EmailAddress.of("sue@nordhost.se"),
                "Sue Support", "Sue's long support password");
        assertThat(deactivation.deactivate(f.agent.id(), other.id(), TICKET, REASON, ORIGIN))
                .isEqualTo(new DeactivationOutcome.UnknownCustomer());
        assertThat(f.accounts.findById(other.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void ticket_and_reason_are_required() {
        assertThat(deactivation.deactivate(f.agent.id(), f.customer.id(), null, REASON, ORIGIN))
                .isEqualTo(new DeactivationOutcome.TicketRequired());
        assertThat(deactivation.deactivate(f.agent.id(), f.customer.id(), TICKET, "  ", ORIGIN))
                .isEqualTo(new DeactivationOutcome.ReasonRequired());
        assertThat(deactivation.deactivate(f.agent.id(), f.customer.id(), TICKET, "bad\u0007reason", ORIGIN))
                .isEqualTo(new DeactivationOutcome.ReasonRequired());
        assertThat(f.accounts.findById(f.customer.id()).orElseThrow().active()).isTrue();
        assertThat(f.audit.ofType(AuditEventType.CUSTOMER_DEACTIVATED)).isEmpty();
        assertThat(f.outbox.all()).isEmpty();
    }

    @Test
    void the_notices_exist_in_swedish() {
        f.services.languagePreference().choose(f.customer.id(), com.nordhost.clientarea.domain.account.Language.SWEDISH);
        deactivate();
        assertThat(lastMail().subject()).isEqualTo("Ditt konto i kundzonen har inaktiverats");
        assertThat(lastMail().body()).contains("NH-7001");
    }
}
