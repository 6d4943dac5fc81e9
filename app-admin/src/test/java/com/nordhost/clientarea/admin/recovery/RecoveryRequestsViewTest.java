package com.nordhost.clientarea.admin.recovery;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryQueueEntry;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

/** The back-office queue of verified "lost both" recovery requests: approve with a ticket, reject with a reason. */
class RecoveryRequestsViewTest extends KaribuTest {

    private static final Pattern CONFIRM = Pattern.compile("recovery/confirm\\?token=([A-Za-z0-9_-]{43})");

    private Agent agent;

    @BeforeEach
    void logInAsSupport() {
        agent = newAgent(Role.SUPPORT);
        logIn(agent);
    }

    /** A customer with 2FA on who asked after the right password and confirmed with the mailed link. */
    private static Account confirmedRequest() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        services.recoveryRequestFlow().requestAfterPassword(customer.id(), new RequestOrigin("198.51.100.7", "x"));
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "Confirm your request to turn off two-factor authentication");
        Matcher m = CONFIRM.matcher(mail.get(0).get("body"));
        assertThat(m.find()).isTrue();
        assertThat(services.recoveryRequestFlow().confirm(m.group(1), new RequestOrigin("198.51.100.8", "x")))
                .isEqualTo(RecoveryLinkOutcome.DONE);
        return customer;
    }

    @SuppressWarnings("unchecked")
    private static RecoveryQueueEntry select(Account customer) {
        navigate("recovery-requests");
        Grid<RecoveryQueueEntry> grid = _get(Grid.class, spec -> spec.withId("recovery-requests"));
        RecoveryQueueEntry entry = GridKt._fetch(grid, 0, 100).stream()
                .filter(e -> e.customerId().equals(customer.id())).findFirst().orElseThrow();
        grid.asSingleSelect().setValue(entry);
        return entry;
    }

    private static String result() {
        return _get(Paragraph.class, spec -> spec.withId("recovery-result")).getText();
    }

    @Test
    void the_menu_leads_to_the_queue_which_shows_the_verified_facts() {
        Account customer = confirmedRequest();
        navigate("customers");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Recovery requests");
        RecoveryQueueEntry entry = select(customer);
        assertThat(entry.requestIp()).isEqualTo("198.51.100.7");
        assertThat(entry.confirmIp()).isEqualTo("198.51.100.8");
        assertThat(entry.passwordGiven()).isTrue();
        assertThat(entry.mailboxVerified()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Requester (verified by the confirmation link): " + customer.email().value()))).isNotNull();
    }

    @Test
    void approving_with_a_ticket_waits_then_the_removal_takes_effect() {
        Account customer = confirmedRequest();
        select(customer);
        _click(_get(Button.class, spec -> spec.withId("recovery-approve")));
        assertThat(_get(TextField.class, spec -> spec.withId("recovery-ticket")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("recovery-ticket")), "NH-9001");
        _click(_get(Button.class, spec -> spec.withId("recovery-approve")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-question")).getText())
                .contains(customer.fullName(), customer.email().value());
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).startsWith("Approved");
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "Two-factor authentication will be turned off in 24 hours")).hasSize(1);
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isPresent();

        clock.advance(settings.recoveryWait());
        services.recoveryRequestFlow().sweep();
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isEmpty();
        AuditEvent removed = db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 10)).stream()
                .filter(e -> e.type() == AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).findFirst().orElseThrow();
        assertThat(removed.actor()).isEqualTo(agent.account().email().value());
        assertThat(removed.details()).containsEntry("ticket", "NH-9001")
                .containsEntry("requester", customer.email().value());
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "Two-factor authentication was turned off")).hasSize(1);
    }

    @Test
    void rejecting_needs_a_reason_and_mails_it_to_the_customer() {
        Account customer = confirmedRequest();
        select(customer);
        _click(_get(Button.class, spec -> spec.withId("recovery-reject")));
        assertThat(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")).getErrorMessage())
                .isEqualTo("Give a reason.");
        // The reason is mailed to the customer: checked as every agent's reason is, before anything is asked.
        _setValue(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")), "Does not match\u0007");
        _click(_get(Button.class, spec -> spec.withId("recovery-reject")));
        assertThat(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")).getErrorMessage())
                .isEqualTo("Remove the invisible control characters from the reason (line breaks are fine).");
        assertThat(_find(Paragraph.class, spec -> spec.withId("confirm-question"))).isEmpty();

        assertThat(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")).getHelperText())
                .isEqualTo("The customer receives this text by e-mail, in a mail written in English: write the "
                        + "reason in English.");
        _setValue(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")),
                "The customer number you gave by phone does not match.");
        _click(_get(Button.class, spec -> spec.withId("recovery-reject")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-question")).getText())
                .startsWith("Reject the recovery request of " + customer.fullName());
        assertThat(services.recoveryRequestQueue().pending(agent.account().id()))
                .as("nothing happens before the confirmation").anyMatch(e -> e.customerId().equals(customer.id()));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).startsWith("Rejected");
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "Your request to turn off two-factor authentication was declined");
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("body")).contains("The customer number you gave by phone does not match.")
                .doesNotContain(agent.account().email().value());
        assertThat(services.recoveryRequestQueue().pending(agent.account().id()))
                .noneMatch(e -> e.customerId().equals(customer.id()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void another_agent_cuts_the_wait_short_with_a_reason_and_the_removal_is_done_at_once() {
        Agent colleague = newAgent(Role.SUPPORT, clock.instant().minus(Duration.ofDays(30)));
        Account customer = confirmedRequest();
        RecoveryQueueEntry entry = select(customer);
        _setValue(_get(TextField.class, spec -> spec.withId("recovery-ticket")), "NH-9002");
        _click(_get(Button.class, spec -> spec.withId("recovery-approve")));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        Grid<RecoveryQueueEntry> waiting = _get(Grid.class, spec -> spec.withId("recovery-waiting"));
        waiting.asSingleSelect().setValue(GridKt._fetch(waiting, 0, 100).stream()
                .filter(e -> e.requestId() == entry.requestId()).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("recovery-shorten-reason")), "Verified by phone");
        _click(_get(Button.class, spec -> spec.withId("recovery-shorten-submit")));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).startsWith("You approved this request");
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isPresent();

        // Decision 0032: an agent created after the approval is no second pair of eyes.
        newBrowserSession();
        logIn(newAgent(Role.SUPPORT, clock.instant()));
        shortenWait(entry);
        assertThat(result()).startsWith("You were not an active agent when this request was approved");
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isPresent();

        newBrowserSession();
        logIn(colleague);
        shortenWait(entry);
        assertThat(result()).startsWith("Done: two-factor authentication was turned off now");
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isEmpty();
    }

    @Test
    void the_agent_is_told_the_language_a_swedish_customer_reads_the_reason_in() {
        Account customer = confirmedRequest();
        db.inTransaction(() -> {
            db.accounts().changeLanguage(customer.id(), Language.SWEDISH);
            return null;
        });
        select(customer);
        assertThat(_get(TextArea.class, spec -> spec.withId("recovery-reject-reason")).getHelperText())
                .isEqualTo("The customer receives this text by e-mail, in a mail written in Swedish: write the "
                        + "reason in Swedish.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_removal_whose_wait_is_over_says_so_and_remove_now_does_it_even_for_the_approver() {
        Account customer = confirmedRequest();
        RecoveryQueueEntry entry = select(customer);
        _setValue(_get(TextField.class, spec -> spec.withId("recovery-ticket")), "NH-9003");
        _click(_get(Button.class, spec -> spec.withId("recovery-approve")));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        clock.advance(settings.recoveryWait().plusMinutes(1));

        navigate("recovery-requests");
        Grid<RecoveryQueueEntry> waiting = _get(Grid.class, spec -> spec.withId("recovery-waiting"));
        assertThat(GridKt._getFormatted(waiting, 0, "effectiveAt"))
                .isEqualTo("Wait over: at the next sweep (within 5 minutes) or the customer's next login");
        shortenWait(entry);
        assertThat(result()).startsWith("The wait was already over");
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void shortenWait(RecoveryQueueEntry entry) {
        navigate("recovery-requests");
        Grid<RecoveryQueueEntry> waiting = _get(Grid.class, spec -> spec.withId("recovery-waiting"));
        waiting.asSingleSelect().setValue(GridKt._fetch(waiting, 0, 100).stream()
                .filter(e -> e.requestId() == entry.requestId()).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("recovery-shorten-reason")), "Verified by phone");
        _click(_get(Button.class, spec -> spec.withId("recovery-shorten-submit")));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
    }
}
