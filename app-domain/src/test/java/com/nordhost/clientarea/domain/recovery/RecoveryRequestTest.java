package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.staff.AgentOutcome;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Status;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** "Lost both the app and the backup code": the verified recovery request's rules (decision 0018). */
class RecoveryRequestTest {

    private static final Pattern CONFIRM = Pattern.compile("recovery/confirm\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern CANCEL = Pattern.compile("recovery/cancel\\?token=([A-Za-z0-9_-]{43})");

    private final DomainFixture f = new DomainFixture();

    @BeforeEach
    void twoFactorOn() {
        f.enrollCustomer();
    }

    private RecoveryRequestFlow flow() {
        return f.services.recoveryRequestFlow();
    }

    private RecoveryRequestQueue queue() {
        return f.services.recoveryRequestQueue();
    }

    private String lastMailToken(Pattern pattern) {
        OutboundMessage mail = f.outbox.all().get(f.outbox.all().size() - 1);
        assertThat(mail.recipient()).isEqualTo(f.customer.email());
        Matcher m = pattern.matcher(mail.body());
        assertThat(m.find()).as("the mail has the link: %s", mail.body()).isTrue();
        return m.group(1);
    }

    private String requestAndConfirm() {
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).isEqualTo(new RecoveryOutcome.Requested());
        String token = lastMailToken(CONFIRM);
        assertThat(flow().confirm(token, ORIGIN)).isEqualTo(RecoveryLinkOutcome.DONE);
        return token;
    }

    private long pendingId() {
        List<RecoveryQueueEntry> pending = queue().pending(f.agent.id());
        assertThat(pending).hasSize(1);
        return pending.get(0).requestId();
    }

    private LoginOutcome logIn() {
        return f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), PASSWORD, ORIGIN, BrowserTokens.NONE);
    }

    @Test
    void a_request_mails_a_single_use_confirmation_link_to_the_registered_address_and_stores_only_its_hash() {
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).isEqualTo(new RecoveryOutcome.Requested());
        OutboundMessage mail = f.outbox.all().get(f.outbox.all().size() - 1);
        assertThat(mail.subject()).isEqualTo("Confirm your request to turn off two-factor authentication");
        assertThat(mail.body()).contains(f.settings.customerUrl() + "recovery/confirm?token=", "24 hours",
                "203.0.113.7");
        String token = lastMailToken(CONFIRM);
        assertThat(f.recoveryRequests.storedHashes()).containsExactly(RandomTokens.sha256Hex(token));
        assertThat(f.audit.everythingWritten()).doesNotContain(token);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUESTED)).hasSize(1);
        assertThat(queue().pending(f.agent.id())).as("not in the queue before it is confirmed").isEmpty();

        assertThat(flow().confirmLinkWorks(token)).isTrue();
        assertThat(flow().confirm(token, ORIGIN)).isEqualTo(RecoveryLinkOutcome.DONE);
        assertThat(flow().confirm(token, ORIGIN)).as("single use").isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().confirmLinkWorks(token)).isFalse();
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_CONFIRMED)).hasSize(1);

        RecoveryQueueEntry entry = queue().pending(f.agent.id()).get(0);
        assertThat(entry.customerId()).isEqualTo(f.customer.id());
        assertThat(entry.passwordGiven()).isTrue();
        assertThat(entry.mailboxVerified()).isTrue();
        assertThat(entry.requestIp()).isEqualTo("203.0.113.7");
        assertThat(entry.confirmedAt()).isEqualTo(f.clock.instant());
        assertThat(queue().pending(f.customer.id())).as("customers see no queue").isEmpty();
    }

    @Test
    void an_unconfirmed_request_expires_after_24_hours_and_the_customer_may_ask_again() {
        flow().requestAfterPassword(f.customer.id(), ORIGIN);
        String token = lastMailToken(CONFIRM);
        f.clock.advance(Duration.ofHours(24));
        assertThat(flow().confirm(token, ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().sweep()).isEqualTo(1);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_EXPIRED)).hasSize(1);
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).isEqualTo(new RecoveryOutcome.Requested());
    }

    @Test
    void one_open_request_per_account_and_at_most_three_a_day() {
        flow().requestAfterPassword(f.customer.id(), ORIGIN);
        int mails = f.outbox.all().size();
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).isEqualTo(new RecoveryOutcome.AlreadyOpen());
        assertThat(f.outbox.all()).as("no second link").hasSize(mails);
        String token = lastMailToken(CONFIRM);
        flow().confirm(token, ORIGIN);
        assertThat(queue().reject(f.agent.id(), pendingId(), "Called the customer: not them", ORIGIN))
                .isEqualTo(RecoveryDecision.REJECTED);

        requestAndConfirm();
        queue().reject(f.agent.id(), pendingId(), "No", ORIGIN);
        requestAndConfirm();
        queue().reject(f.agent.id(), pendingId(), "No", ORIGIN);
        mails = f.outbox.all().size();
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).isEqualTo(new RecoveryOutcome.TooMany());
        assertThat(f.outbox.all()).hasSize(mails);

        f.clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).isEqualTo(new RecoveryOutcome.Requested());
    }

    @Test
    void the_lost_both_page_needs_the_right_password_and_counts_wrong_ones() {
        assertThat(flow().request(f.customer.email().value(), "wrong password", ORIGIN))
                .isEqualTo(new RecoveryOutcome.BadCredentials());
        assertThat(flow().request("nobody@example.com", PASSWORD, ORIGIN))
                .isEqualTo(new RecoveryOutcome.BadCredentials());
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_REFUSED)).hasSize(1);
        assertThat(f.recoveryRequests.storedHashes()).isEmpty();
        for (int i = 0; i < 10; i++) {
            flow().request(f.customer.email().value(), "wrong password", ORIGIN);
        }
        assertThat(flow().request(f.customer.email().value(), PASSWORD, ORIGIN))
                .isInstanceOf(RecoveryOutcome.TryLater.class);
        f.clock.advance(Duration.ofDays(1));
        assertThat(flow().request(f.customer.email().value(), PASSWORD, ORIGIN))
                .isEqualTo(new RecoveryOutcome.Requested());
    }

    @Test
    void without_a_second_factor_there_is_nothing_to_recover() {
        DomainFixture plain = new DomainFixture();
        assertThat(plain.services.recoveryRequestFlow().requestAfterPassword(plain.customer.id(), ORIGIN))
                .isEqualTo(new RecoveryOutcome.NoSecondFactor());
    }

    @Test
    void an_approved_removal_waits_then_takes_effect_at_the_next_login_with_the_support_removal() {
        requestAndConfirm();
        long id = pendingId();
        assertThat(queue().approve(f.agent.id(), id, "", ORIGIN)).isEqualTo(RecoveryDecision.TICKET_INVALID);
        assertThat(queue().approve(f.customer.id(), id, "#4711", ORIGIN)).isEqualTo(RecoveryDecision.NOT_ALLOWED);
        assertThat(queue().approve(f.agent.id(), id, "#4711", ORIGIN)).isEqualTo(RecoveryDecision.APPROVED);
        assertThat(queue().approve(f.agent.id(), id, "#4711", ORIGIN)).isEqualTo(RecoveryDecision.NOT_PENDING);
        assertThat(queue().reject(f.agent.id(), id, "late", ORIGIN)).isEqualTo(RecoveryDecision.NOT_PENDING);
        OutboundMessage approved = f.outbox.all().get(f.outbox.all().size() - 1);
        assertThat(approved.subject()).isEqualTo("Two-factor authentication will be turned off in 24 hours");
        assertThat(approved.body()).contains("ticket #4711").doesNotContain(f.agent.email().value());
        assertThat(queue().pending(f.agent.id())).isEmpty();

        f.clock.advance(Duration.ofHours(23));
        assertThat(logIn()).as("still waiting").isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        f.clock.advance(Duration.ofHours(1));
        assertThat(logIn()).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.recoveryRequests.findById(id).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT)).hasSize(1);
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).get(0).details())
                .containsEntry("requester", f.customer.email().value()).containsEntry("ticket", "#4711");
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_COMPLETED)).hasSize(1);
        assertThat(f.outbox.all().get(f.outbox.all().size() - 1).subject())
                .isEqualTo("Two-factor authentication was turned off");
        assertThat(flow().sweep()).as("done once").isZero();
    }

    @Test
    void the_sweep_completes_a_due_removal_without_a_login() {
        requestAndConfirm();
        queue().approve(f.agent.id(), pendingId(), "#1", ORIGIN);
        assertThat(flow().sweep()).isZero();
        f.clock.advance(f.settings.recoveryWait());
        assertThat(flow().sweep()).isEqualTo(1);
        assertThat(f.twoFactor.find(f.customer.id())).isEmpty();
    }

    @Test
    void the_cancel_link_stops_the_removal_once() {
        requestAndConfirm();
        queue().approve(f.agent.id(), pendingId(), "#4711", ORIGIN);
        String cancel = lastMailToken(CANCEL);
        assertThat(flow().cancelLinkWorks(cancel)).isTrue();
        assertThat(flow().cancel(cancel, ORIGIN)).isEqualTo(RecoveryLinkOutcome.DONE);
        assertThat(flow().cancel(cancel, ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(f.outbox.all().get(f.outbox.all().size() - 1).subject())
                .isEqualTo("Turning off two-factor authentication was stopped");
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_CANCELLED)).hasSize(1);

        f.clock.advance(Duration.ofDays(2));
        flow().sweep();
        assertThat(logIn()).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
    }

    @Test
    void the_cancel_link_is_too_late_after_the_removal() {
        requestAndConfirm();
        queue().approve(f.agent.id(), pendingId(), "#4711", ORIGIN);
        String cancel = lastMailToken(CANCEL);
        f.clock.advance(f.settings.recoveryWait());
        flow().sweep();
        assertThat(flow().cancel(cancel, ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
    }

    @Test
    void a_rejection_mails_the_reason() {
        requestAndConfirm();
        assertThat(queue().reject(f.agent.id(), pendingId(), " ", ORIGIN)).isEqualTo(RecoveryDecision.REASON_REQUIRED);
        assertThat(queue().reject(f.agent.id(), pendingId(), "The phone number did not match", ORIGIN))
                .isEqualTo(RecoveryDecision.REJECTED);
        OutboundMessage mail = f.outbox.all().get(f.outbox.all().size() - 1);
        assertThat(mail.subject()).isEqualTo("Your request to turn off two-factor authentication was declined");
        assertThat(mail.body()).contains("The phone number did not match", "Done by: ")
                .doesNotContain(f.agent.email().value(), "{ticket}");
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_REJECTED)).hasSize(1);
    }

    @Test
    void forged_unknown_and_crossed_tokens_are_refused() {
        requestAndConfirm();
        queue().approve(f.agent.id(), pendingId(), "#4711", ORIGIN);
        String forged = RandomTokens.generate(new SecureRandom());
        assertThat(flow().confirm(forged, ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().cancel(forged, ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().confirm("not a token", ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().cancel(null, ORIGIN)).isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        String cancel = lastMailToken(CANCEL);
        assertThat(flow().confirm(cancel, ORIGIN)).as("a cancel link confirms nothing")
                .isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().cancel(RandomTokens.sha256Hex(cancel).substring(0, 43), ORIGIN))
                .isEqualTo(RecoveryLinkOutcome.INVALID_LINK);
        assertThat(flow().cancelLinkWorks(cancel)).isTrue();
    }

    @Test
    void a_removal_whose_verified_address_is_no_longer_the_registered_one_is_voided_and_changes_nothing() {
        requestAndConfirm();
        long id = pendingId();
        queue().approve(f.agent.id(), id, "#4711", ORIGIN);
        f.accounts.changeEmail(f.customer.id(),
                com.nordhost.clientarea.domain.account.EmailAddress.of("anna.new@example.com"));
        f.clock.advance(f.settings.recoveryWait());

        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna.new@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(f.recoveryRequests.findById(id).orElseThrow().status()).isEqualTo(Status.VOIDED);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_VOIDED)).hasSize(1);
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT)).isEmpty();
        assertThat(flow().requestAfterPassword(f.customer.id(), ORIGIN)).as("the customer may ask again")
                .isEqualTo(new RecoveryOutcome.Requested());
    }

    @Test
    void a_second_agent_may_cut_the_wait_short_with_a_reason_and_the_removal_is_done_at_once() {
        var colleague = f.services.accountRegistration().register(Role.SUPPORT,
                EmailAddress.of("kim@nordhost.se"), "Kim Colleague", "Kim's long password");
        requestAndConfirm();
        long id = pendingId();
        f.clock.advance(Duration.ofMinutes(1));
        queue().approve(f.agent.id(), id, "#4711", ORIGIN);
        assertThat(queue().waiting(f.agent.id())).extracting(RecoveryQueueEntry::effectiveAt)
                .containsExactly(f.clock.instant().plus(f.settings.recoveryWait()));
        assertThat(queue().shortenWait(f.agent.id(), id, "Verified by phone", ORIGIN))
                .as("four eyes").isEqualTo(RecoveryDecision.APPROVER_CANNOT_SHORTEN);
        assertThat(queue().shortenWait(colleague.id(), id, " ", ORIGIN)).isEqualTo(RecoveryDecision.REASON_REQUIRED);
        assertThat(queue().shortenWait(colleague.id(), id, "Verified by phone with the customer number", ORIGIN))
                .isEqualTo(RecoveryDecision.WAIT_SHORTENED);
        assertThat(f.twoFactor.find(f.customer.id())).isEmpty();
        assertThat(f.recoveryRequests.findById(id).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_WAIT_SHORTENED)).hasSize(1);
        assertThat(queue().waiting(f.agent.id())).isEmpty();
        assertThat(queue().shortenWait(colleague.id(), id, "again", ORIGIN)).isEqualTo(RecoveryDecision.NOT_PENDING);
    }

    @Test
    void a_removal_whose_wait_is_over_is_shown_due_and_any_agent_may_have_it_done_at_once() {
        requestAndConfirm();
        long id = pendingId();
        queue().approve(f.agent.id(), id, "#4711", ORIGIN);
        assertThat(queue().waiting(f.agent.id())).extracting(RecoveryQueueEntry::removalDue).containsExactly(false);
        f.clock.advance(f.settings.recoveryWait());

        assertThat(queue().waiting(f.agent.id())).extracting(RecoveryQueueEntry::removalDue).containsExactly(true);
        assertThat(queue().shortenWait(f.agent.id(), id, "Customer called again", ORIGIN))
                .as("no four eyes needed for what the sweep would do").isEqualTo(RecoveryDecision.REMOVED_AS_DUE);
        assertThat(f.twoFactor.find(f.customer.id())).isEmpty();
        assertThat(f.recoveryRequests.findById(id).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_WAIT_SHORTENED)).as("nothing was cut short").isEmpty();
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT)).hasSize(1);
        assertThat(queue().waiting(f.agent.id())).isEmpty();
    }

    /**
     * Hardening round two, finding 8: one administrator approved, created a second agent, signed in as it and cut
     * the wait short. The second pair of eyes must have been an active agent at the approval, and not made one
     * since (created or reactivated) by anybody.
     */
    @Test
    void the_second_agent_must_have_been_an_active_agent_before_the_approval() {
        Account admin = f.services.accountRegistration().register(Role.ADMIN, EmailAddress.of("ada@nordhost.se"),
                "Ada Admin", "Ada's long password");
        Account before = f.services.accountRegistration().register(Role.SUPPORT,
                EmailAddress.of("bo@nordhost.se"), "Bo Before", "Bo's long password");
        Account dormant = f.services.accountRegistration().register(Role.SUPPORT,
                EmailAddress.of("dag@nordhost.se"), "Dag Dormant", "Dag's long password");
        f.accounts.deactivate(dormant.id());
        requestAndConfirm();
        long id = pendingId();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(queue().approve(admin.id(), id, "#4711", ORIGIN)).isEqualTo(RecoveryDecision.APPROVED);

        f.clock.advance(Duration.ofMinutes(1));
        var created = f.services.agentAdministration().create(admin.id(), Role.SUPPORT,
                EmailAddress.of("second@nordhost.se"), "Second Eyes", "Second's long password", ORIGIN);
        Account puppet = ((AgentOutcome.Created) created).agent();
        assertThat(queue().shortenWait(puppet.id(), id, "Verified by phone", ORIGIN))
                .as("created by the approver after the approval")
                .isEqualTo(RecoveryDecision.SECOND_AGENT_NOT_INDEPENDENT);

        assertThat(f.services.agentAdministration().reactivate(admin.id(), dormant.id(), ORIGIN))
                .isEqualTo(new AgentOutcome.Reactivated());
        assertThat(queue().shortenWait(dormant.id(), id, "Verified by phone", ORIGIN))
                .as("reactivated by the approver after the approval")
                .isEqualTo(RecoveryDecision.SECOND_AGENT_NOT_INDEPENDENT);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_WAIT_SHORTEN_REFUSED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).containsEntry("reason", "second-agent-not-independent"));
        assertThat(f.recoveryRequests.findById(id).orElseThrow().status()).isEqualTo(Status.APPROVED);

        assertThat(queue().shortenWait(before.id(), id, "Verified by phone", ORIGIN))
                .as("an agent active before the approval").isEqualTo(RecoveryDecision.WAIT_SHORTENED);
        assertThat(f.twoFactor.find(f.customer.id())).isEmpty();
    }
}
