package com.nordhost.clientarea.admin.customers;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.customers.CustomerSummary;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerPagesTest extends KaribuTest {

    /** The subject of the notice support's removal sends (the customer got a "turned on" one before). */
    private static final String REMOVED = "Two-factor authentication was turned off";

    private Agent agent;

    @BeforeEach
    void logInAsSupport() {
        agent = newAgent(Role.SUPPORT);
        logIn(agent);
    }

    @SuppressWarnings("unchecked")
    private static List<CustomerSummary> search(String text, CustomerSearchView.SearchBy by) {
        navigate("customers");
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search-text")), text);
        _setValue((Select<CustomerSearchView.SearchBy>) _get(Select.class, spec -> spec.withId("customer-search-by")),
                by);
        _click(_get(Button.class, spec -> spec.withId("customer-search-submit")));
        Grid<CustomerSummary> grid = _get(Grid.class, spec -> spec.withId("customer-grid"));
        return GridKt._fetch(grid, 0, 100);
    }

    @Test
    void search_by_exact_email_prefix_name_and_number() {
        int n = next();
        Account first = db.createCustomer("sofia" + n + "@example.se", "Sofia Lind" + n, PASSWORD);
        Account second = db.createCustomer("sofia" + n + "@example.se.com", "Sofia Lindqvist" + n, PASSWORD);

        assertThat(search("SOFIA" + n + "@example.se", CustomerSearchView.SearchBy.EMAIL_EXACT))
                .extracting(CustomerSummary::id).containsExactly(first.id());
        assertThat(search("sofia" + n + "@", CustomerSearchView.SearchBy.AUTO))
                .extracting(CustomerSummary::id).containsExactly(first.id(), second.id());
        assertThat(search("sofia lind", CustomerSearchView.SearchBy.NAME_PREFIX))
                .extracting(CustomerSummary::id).contains(first.id(), second.id());
        assertThat(search(TestDatabase.customerNumberFor(second), CustomerSearchView.SearchBy.AUTO))
                .extracting(CustomerSummary::id).containsExactly(second.id());
    }

    @Test
    void a_customer_number_is_found_without_its_leading_c_and_in_lower_case() {
        Account customer = newCustomer();
        String number = TestDatabase.customerNumberFor(customer);
        assertThat(number).startsWith("C");

        assertThat(search(number.substring(1), CustomerSearchView.SearchBy.AUTO))
                .extracting(CustomerSummary::id).containsExactly(customer.id());
        assertThat(search(number.toLowerCase(), CustomerSearchView.SearchBy.AUTO))
                .extracting(CustomerSummary::id).containsExactly(customer.id());
        assertThat(search(" " + number.substring(1) + " ", CustomerSearchView.SearchBy.CUSTOMER_NUMBER))
                .extracting(CustomerSummary::id).containsExactly(customer.id());
    }

    @Test
    void a_blank_search_or_one_without_hits_says_so() {
        assertThat(search("   ", CustomerSearchView.SearchBy.AUTO)).isEmpty();
        TextField text = _get(TextField.class, spec -> spec.withId("customer-search-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage())
                .isEqualTo("Enter an e-mail address, the start of a name or a customer number.");

        assertThat(search("nobody-" + next() + "@nowhere.test", CustomerSearchView.SearchBy.AUTO)).isEmpty();
        Paragraph none = _get(Paragraph.class, spec -> spec.withId("customer-search-no-match"));
        assertThat(none.isVisible()).isTrue();
        assertThat(none.getText()).isEqualTo("No customer matches this search.");
        assertThat(_get(TextField.class, spec -> spec.withId("customer-search-text")).isInvalid()).isFalse();

        Account found = newCustomer();
        assertThat(search(found.email().value(), CustomerSearchView.SearchBy.AUTO)).hasSize(1);
        _assertNone(Paragraph.class, spec -> spec.withId("customer-search-no-match"));
    }

    @Test
    void the_grid_pages_through_many_hits_by_keyset() {
        int n = next();
        for (int i = 0; i < 130; i++) {
            db.createCustomer(String.format("page%d-%03d@example.com", n, i), "Paged " + i, PASSWORD);
        }
        navigate("customers");
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search-text")), "page" + n + "-");
        @SuppressWarnings("unchecked")
        Select<CustomerSearchView.SearchBy> by = _get(Select.class, spec -> spec.withId("customer-search-by"));
        _setValue(by, CustomerSearchView.SearchBy.EMAIL_PREFIX);
        _click(_get(Button.class, spec -> spec.withId("customer-search-submit")));
        @SuppressWarnings("unchecked")
        Grid<CustomerSummary> grid = _get(Grid.class, spec -> spec.withId("customer-grid"));
        List<CustomerSummary> a = GridKt._fetch(grid, 0, 50);
        List<CustomerSummary> b = GridKt._fetch(grid, 50, 50);
        List<CustomerSummary> c = GridKt._fetch(grid, 100, 50);
        assertThat(a).hasSize(50);
        assertThat(b).hasSize(50);
        assertThat(c).hasSize(30);
        assertThat(b.get(0).email().value()).isEqualTo(String.format("page%d-050@example.com", n));
        assertThat(GridKt._fetch(grid, 120, 10).get(0).email().value())
                .isEqualTo(String.format("page%d-120@example.com", n));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void the_customer_page_shows_state_and_events_but_no_secret() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());

        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("customer-name")).getText())
                .isEqualTo(customer.fullName());
        assertThat(text("customer-number")).isEqualTo(TestDatabase.customerNumberFor(customer));
        assertThat(text("customer-email")).isEqualTo(customer.email().value());
        assertThat(text("customer-two-factor")).startsWith("On since 2026-03-02");
        assertThat(text("customer-locked")).isEqualTo("Not locked");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> events = _get(Grid.class, spec -> spec.withId("customer-events"));
        assertThat(GridKt._fetch(events, 0, 50)).extracting(AuditEvent::type)
                .contains(AuditEventType.ENROLLMENT_CONFIRMED);
        // People read labels, not enum names.
        List<AuditEvent> shown = GridKt._fetch(events, 0, 50);
        int confirmed = shown.stream().map(AuditEvent::type).toList().indexOf(AuditEventType.ENROLLMENT_CONFIRMED);
        assertThat(GridKt._getFormatted(events, confirmed, "type")).isEqualTo("Two-factor authentication turned on");
        assertThat(GridKt._getFormatted(events, confirmed, "details")).isEqualTo("algorithm: SHA1");

        // Nothing on the page carries the secret, its ciphertext or the backup-code hash.
        var credential = db.inTransaction(() -> db.twoFactor().find(customer.id())).orElseThrow();
        var app = db.inTransaction(() -> db.ports().authenticatorApps().list(customer.id())).get(0);
        String page = allText(_get(CustomerView.class));
        assertThat(page).doesNotContain(credential.backupCodeHash())
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(app.secret().ciphertext()))
                .doesNotContainIgnoringCase("backup code hash").doesNotContain("$argon2");
    }

    private static String allText(Component root) {
        StringBuilder out = new StringBuilder(root.getElement().getTextRecursively());
        root.getElement().getChildren().forEach(child -> child.getAttributeNames()
                .forEach(name -> out.append(' ').append(child.getAttribute(name))));
        return out.toString();
    }

    /** Opens an action's step when it is still closed. */
    private static void open(String step) {
        _find(Button.class, spec -> spec.withId(step + "-open")).forEach(LocatorJ::_click);
    }

    private static void fillRemoval(String ticket, String from, String reason) {
        open("remove");
        _setValue(_get(TextField.class, spec -> spec.withId("remove-ticket")), ticket);
        _setValue(_get(TextField.class, spec -> spec.withId("remove-requested-from")), from);
        _setValue(_get(TextArea.class, spec -> spec.withId("remove-reason")), reason);
        _click(_get(Button.class, spec -> spec.withId("remove-submit")));
    }

    private static String result() {
        return _get(Paragraph.class, spec -> spec.withId("action-result")).getText();
    }

    @Test
    void removal_from_the_registered_address_turns_2fa_off_audits_and_records_the_notice() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());

        fillRemoval("NH-4711", "  " + customer.email().value().toUpperCase() + " ", "Lost phone and backup code");
        // The confirmation names the customer.
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-question")).getText())
                .contains(customer.fullName()).contains(customer.email().value())
                .contains(TestDatabase.customerNumberFor(customer));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).startsWith("Two-factor authentication was removed");
        assertThat(text("customer-two-factor")).isEqualTo("Off");
        _assertNone(TextField.class, spec -> spec.withId("remove-ticket"));
        assertThat(db.inTransaction(() -> db.twoFactor().find(customer.id()))).isEmpty();

        AuditEvent removed = db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 5)).stream()
                .filter(e -> e.type() == AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).findFirst().orElseThrow();
        assertThat(removed.actor()).isEqualTo(agent.account().email().value());
        assertThat(removed.details()).containsEntry("ticket", "NH-4711")
                .containsEntry("requester", customer.email().value())
                .containsEntry("reason", "Lost phone and backup code")
                .containsEntry("agent", agent.account().email().value());

        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, customer.email().value(), REMOVED);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("body")).contains("NH-4711");
    }

    @Test
    void enter_in_the_removal_form_asks_for_confirmation_and_cancel_changes_nothing() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());

        open("remove");
        _setValue(_get(TextField.class, spec -> spec.withId("remove-ticket")), "NH-4713");
        _setValue(_get(TextArea.class, spec -> spec.withId("remove-reason")), "Lost phone");
        TextField from = _get(TextField.class, spec -> spec.withId("remove-requested-from"));
        _setValue(from, customer.email().value());
        ShortcutsKt._fireShortcut(from, Key.ENTER);
        _assertOne(ConfirmDialog.class);
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));

        _assertNone(ConfirmDialog.class);
        assertThat(services.twoFactorOverview().of(customer.id()).enabled()).isTrue();
    }

    @Test
    void removal_from_another_address_is_refused_before_any_confirmation_audited_and_changes_nothing() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());

        fillRemoval("NH-4712", "attacker@example.net", "Says they lost the phone");

        _assertNone(ConfirmDialog.class);
        TextField from = _get(TextField.class, spec -> spec.withId("remove-requested-from"));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("This is not the e-mail address registered on this account:"
                + " the request must come from that address.");
        assertThat(_get(TextField.class, spec -> spec.withId("remove-ticket")).isInvalid()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("remove-reason")).isInvalid()).isFalse();
        assertThat(services.twoFactorOverview().of(customer.id()).enabled()).isTrue();
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 5))).extracting(AuditEvent::type)
                .contains(AuditEventType.SUPPORT_REMOVAL_REFUSED)
                .doesNotContain(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT);
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), REMOVED)).isEmpty();

        // Corrected, the same form goes on to the confirmation.
        _setValue(from, customer.email().value());
        _click(_get(Button.class, spec -> spec.withId("remove-submit")));
        assertThat(from.isInvalid()).isFalse();
        _assertOne(ConfirmDialog.class);
    }

    @Test
    void an_incomplete_removal_request_shows_every_problem_at_once() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());

        fillRemoval("  ", "not an address", " ");

        _assertNone(ConfirmDialog.class);
        TextField ticket = _get(TextField.class, spec -> spec.withId("remove-ticket"));
        TextField from = _get(TextField.class, spec -> spec.withId("remove-requested-from"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("remove-reason"));
        assertThat(ticket.isInvalid()).isTrue();
        assertThat(ticket.getErrorMessage()).isEqualTo("Enter the ticket reference (at most 64 characters).");
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("Enter the e-mail address the request came from.");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");
        assertThat(services.twoFactorOverview().of(customer.id()).enabled()).isTrue();

        // Fixing one field clears only its own message.
        _setValue(ticket, "NH-4714");
        _click(_get(Button.class, spec -> spec.withId("remove-submit")));
        assertThat(ticket.isInvalid()).isFalse();
        assertThat(from.isInvalid()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        _assertNone(ConfirmDialog.class);
    }

    @Test
    void when_another_agent_acted_first_the_second_gets_a_clear_message_and_nothing_happens_twice() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());
        fillRemoval("NH-5000", customer.email().value(), "Lost both");

        // Meanwhile a colleague removes it.
        Agent colleague = newAgent(Role.SUPPORT);
        assertThat(services.supportDesk().removeSecondFactor(colleague.account().id(), customer.id(),
                TicketReference.of("NH-5000"), EmailAddress.of(customer.email().value()), "Lost both",
                RequestOrigin.unknown())).isInstanceOf(SupportRemovalOutcome.Removed.class);

        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).startsWith("Two-factor authentication is already off");
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 20))).filteredOn(
                e -> e.type() == AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).hasSize(1);
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), REMOVED)).hasSize(1);
    }

    @Test
    void a_locked_second_factor_is_unlocked_with_ticket_and_reason_audited() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        db.transactions().run(() -> db.twoFactor().setThrottle(customer.id(), null, true));
        navigate("customers/" + customer.id().value());
        assertThat(text("customer-locked")).startsWith("Locked");

        open("unlock");
        _setValue(_get(TextField.class, spec -> spec.withId("unlock-ticket")), "NH-6000");
        _setValue(_get(TextArea.class, spec -> spec.withId("unlock-reason")), "Verified by phone call");
        _click(_get(Button.class, spec -> spec.withId("unlock-submit")));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).isEqualTo("The second factor was unlocked.");
        assertThat(text("customer-locked")).isEqualTo("Not locked");
        assertThat(services.twoFactorOverview().of(customer.id()).enabled()).isTrue();
        AuditEvent unlocked = db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 5)).stream()
                .filter(e -> e.type() == AuditEventType.SECOND_FACTOR_UNLOCKED).findFirst().orElseThrow();
        assertThat(unlocked.details()).containsEntry("ticket", "NH-6000")
                .containsEntry("reason", "Verified by phone call");
        _assertNone(TextField.class, spec -> spec.withId("unlock-ticket"));
    }

    @Test
    void an_unknown_customer_id_says_so() {
        navigate("customers/987654321");
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-not-found")).getText())
                .isEqualTo("There is no such customer.");
    }

    /**
     * Decision 0032: an address stored before the stricter rules, with a Cyrillic "\u0435" and a zero-width space,
     * looks like an ordinary one; the customer page shows its escaped form under it.
     */
    @Test
    void a_stored_look_alike_address_and_name_are_also_shown_escaped() {
        int n = next();
        Account customer = db.createCustomer("plain" + n + "@example.com", "Plain Person" + n, PASSWORD);
        String lookAlike = "demo" + n + "\u200b@exampl\u0435.com";
        db.inTransaction(() -> {
            db.accounts().changeEmail(customer.id(), EmailAddress.stored(lookAlike));
            return null;
        });
        navigate("customers/" + customer.id().value());
        assertThat(_get(Span.class, spec -> spec.withId("customer-email-escaped")).getText())
                .isEqualTo("Shown escaped: demo" + n + "\\u200b@exampl\\u0435.com");
        assertThat(_find(Span.class, spec -> spec.withId("customer-name-escaped"))).as("a plain name").isEmpty();
        assertThat(search("Plain Person" + n, CustomerSearchView.SearchBy.AUTO)).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<CustomerSummary> grid = _get(Grid.class, spec -> spec.withId("customer-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "email")).isEqualTo(lookAlike
                + " (Shown escaped: demo" + n + "\\u200b@exampl\\u0435.com)");

        Account ordinary = db.createCustomer("\u00e5sa" + n + "@exempel.se", "\u00c5sa \u00d6berg", PASSWORD);
        navigate("customers/" + ordinary.id().value());
        assertThat(_find(Span.class, spec -> spec.withId("customer-email-escaped"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("customer-name-escaped"))).isEmpty();
    }
}
