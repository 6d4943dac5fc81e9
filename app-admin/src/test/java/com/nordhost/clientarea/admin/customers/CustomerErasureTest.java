package com.nordhost.clientarea.admin.customers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Erase customer…" on the customer page: ADMIN only, a ticket and the customer number typed (decision 0036). */
class CustomerErasureTest extends KaribuTest {

    private static void fill(String ticket, String confirmation) {
        _setValue(_get(TextField.class, spec -> spec.withId("erase-ticket")), ticket);
        _setValue(_get(TextField.class, spec -> spec.withId("erase-confirmation")), confirmation);
        _click(_get(Button.class, spec -> spec.withId("erase-ok")));
    }

    private static List<AuditEvent> events(Account customer) {
        return db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 50));
    }

    private static String storedEmail(Account customer) {
        return db.inTransaction(() -> db.accounts().findById(customer.id())).orElseThrow().email().value();
    }

    @Test
    void an_admin_erases_a_customer_after_typing_the_customer_number_and_the_page_says_so() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        String number = TestDatabase.customerNumberFor(customer);
        Agent admin = newAgent(Role.ADMIN);
        logIn(admin);
        navigate("customers/" + customer.id().value());

        _click(_get(Button.class, spec -> spec.withId("erase-open")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erase-intro")).getText())
                .contains(customer.fullName()).contains("cannot be undone");
        assertThat(_get(Paragraph.class, spec -> spec.withId("erase-keeps")).getText())
                .contains("customer number").contains("pseudonym").contains("No mail is sent");
        assertThat(_get(TextField.class, spec -> spec.withId("erase-confirmation")).getLabel())
                .isEqualTo("Type " + number + " to confirm");
        fill("GDPR-2026-17", " " + number.toLowerCase() + " ");

        _assertNone(EraseCustomerDialog.class);
        String result = _get(Paragraph.class, spec -> spec.withId("action-result")).getText();
        assertThat(result).startsWith("The personal data of the customer was erased.")
                .containsPattern("\"erased customer [0-9a-f]{16}\"");
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-status")).getText()).startsWith("Erased on ");
        assertThat(_get(H2.class, spec -> spec.withId("customer-name")).getText()).isEqualTo("Erased customer");
        assertThat(_get(Span.class, spec -> spec.withId("customer-number")).getText()).isEqualTo(number);
        assertThat(_get(Span.class, spec -> spec.withId("customer-email")).getText())
                .doesNotContain(customer.email().value());
        _assertNone(Button.class, spec -> spec.withId("erase-open"));
        _assertNone(TextField.class, spec -> spec.withId("deactivate-ticket"));

        assertThat(storedEmail(customer)).endsWith("@erased.invalid");
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), PASSWORD,
                RequestOrigin.unknown(), BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(services.twoFactorOverview().of(customer.id()).enabled()).isFalse();
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value())).as("no mail kept or sent").isEmpty();
        AuditEvent erased = events(customer).stream().filter(e -> e.type() == AuditEventType.CUSTOMER_ERASED)
                .findFirst().orElseThrow();
        assertThat(erased.actor()).isEqualTo(admin.account().email().value());
        assertThat(erased.details()).containsEntry("ticket", "GDPR-2026-17");
        assertThat(events(customer)).allSatisfy(e -> assertThat(String.valueOf(e))
                .doesNotContain(customer.email().value(), customer.fullName()));
    }

    @Test
    void support_does_not_see_the_erase_step() {
        Account customer = newCustomer();
        logIn(newAgent(Role.SUPPORT));
        navigate("customers/" + customer.id().value());

        _assertOne(TextField.class, spec -> spec.withId("deactivate-ticket"));
        _assertNone(Button.class, spec -> spec.withId("erase-open"));
        assertThat(storedEmail(customer)).isEqualTo(customer.email().value());
    }

    @Test
    void a_wrong_confirmation_or_a_missing_ticket_is_refused_on_its_field_and_nothing_is_erased() {
        Account customer = newCustomer();
        logIn(newAgent(Role.ADMIN));
        navigate("customers/" + customer.id().value());
        _click(_get(Button.class, spec -> spec.withId("erase-open")));

        fill("GDPR-1", "C000000");
        TextField confirmation = _get(TextField.class, spec -> spec.withId("erase-confirmation"));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo(
                "This does not match what is asked above. Nothing was erased.");
        _assertOne(EraseCustomerDialog.class);

        fill(" ", TestDatabase.customerNumberFor(customer));
        assertThat(_get(TextField.class, spec -> spec.withId("erase-ticket")).isInvalid()).isTrue();
        _assertOne(EraseCustomerDialog.class);

        _click(_get(Button.class, spec -> spec.withId("erase-cancel")));
        _assertNone(EraseCustomerDialog.class);
        assertThat(storedEmail(customer)).isEqualTo(customer.email().value());
        assertThat(events(customer)).extracting(AuditEvent::type).doesNotContain(AuditEventType.CUSTOMER_ERASED);
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), PASSWORD,
                RequestOrigin.unknown(), BrowserTokens.NONE)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }
}
