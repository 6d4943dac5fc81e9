package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.lifecycle.DeactivationOutcome;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "Account status" on the customer page: deactivate and reactivate a customer against a ticket. */
class CustomerDeactivationTest extends KaribuTest {

    private static final String DEACTIVATED = "Your client area account was deactivated";
    private static final String REACTIVATED = "Your client area account was reactivated";

    private Agent agent;

    @BeforeEach
    void logInAsSupport() {
        agent = newAgent(Role.SUPPORT);
        logIn(agent);
    }

    private static void fill(String prefix, String ticket, String reason) {
        _setValue(_get(TextField.class, spec -> spec.withId(prefix + "-ticket")), ticket);
        _setValue(_get(TextArea.class, spec -> spec.withId(prefix + "-reason")), reason);
        _click(_get(Button.class, spec -> spec.withId(prefix + "-submit")));
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("customer-status")).getText();
    }

    private static String result() {
        return _get(Paragraph.class, spec -> spec.withId("action-result")).getText();
    }

    private static LoginOutcome logInAs(Account customer, String password) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), password,
                RequestOrigin.unknown(), BrowserTokens.NONE);
    }

    private static List<AuditEvent> events(Account customer) {
        return db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 20));
    }

    @Test
    void deactivate_after_confirmation_then_reactivate_with_2fa_still_on() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        int epoch = services.sessionEpochs().atSignIn(customer.id());
        navigate("customers/" + customer.id().value());
        assertThat(status()).isEqualTo("Active: the customer can sign in.");
        _assertNone(TextField.class, spec -> spec.withId("reactivate-ticket"));

        fill("deactivate", "NH-8100", "Customer asked to close access");
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-question")).getText())
                .contains(customer.fullName()).contains(customer.email().value())
                .contains(TestDatabase.customerNumberFor(customer));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).startsWith("The account was deactivated.");
        assertThat(status()).startsWith("Deactivated since ");
        _assertNone(TextField.class, spec -> spec.withId("deactivate-ticket"));
        assertThat(services.sessionEpochs().isCurrent(customer.id(), epoch)).as("sessions end").isFalse();
        assertThat(logInAs(customer, PASSWORD)).isEqualTo(logInAs(customer, "a wrong password"))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        AuditEvent deactivated = events(customer).stream()
                .filter(e -> e.type() == AuditEventType.CUSTOMER_DEACTIVATED).findFirst().orElseThrow();
        assertThat(deactivated.actor()).isEqualTo(agent.account().email().value());
        assertThat(deactivated.details()).containsEntry("ticket", "NH-8100")
                .containsEntry("reason", "Customer asked to close access");
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, customer.email().value(), DEACTIVATED);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("body")).contains("NH-8100").doesNotContain(agent.account().email().value());

        fill("reactivate", "NH-8101", "Customer is back");
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).startsWith("The account was reactivated.");
        assertThat(status()).isEqualTo("Active: the customer can sign in.");
        assertThat(services.twoFactorOverview().of(customer.id()).enabled()).isTrue();
        clock.advance(java.time.Duration.ofMinutes(30));
        assertThat(logInAs(customer, PASSWORD)).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(events(customer)).extracting(AuditEvent::type).contains(AuditEventType.CUSTOMER_REACTIVATED);
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), REACTIVATED)).hasSize(1);
    }

    @Test
    void ticket_and_reason_are_asked_for_before_any_confirmation_and_cancel_changes_nothing() {
        Account customer = newCustomer();
        navigate("customers/" + customer.id().value());

        fill("deactivate", "  ", "  ");
        _assertNone(ConfirmDialog.class);
        assertThat(_get(TextField.class, spec -> spec.withId("deactivate-ticket")).isInvalid()).isTrue();

        fill("deactivate", "NH-8200", " ");
        _assertNone(ConfirmDialog.class);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("deactivate-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");

        fill("deactivate", "NH-8200", "Asked by the customer");
        _assertOne(ConfirmDialog.class);
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        _assertNone(ConfirmDialog.class);
        assertThat(db.inTransaction(() -> db.accounts().findById(customer.id())).orElseThrow().active()).isTrue();
        assertThat(events(customer)).extracting(AuditEvent::type).doesNotContain(AuditEventType.CUSTOMER_DEACTIVATED);
    }

    @Test
    void when_a_colleague_deactivated_first_the_page_says_so_and_nothing_happens_twice() {
        Account customer = newCustomer();
        navigate("customers/" + customer.id().value());
        fill("deactivate", "NH-8300", "Asked by the customer");

        Agent colleague = newAgent(Role.ADMIN);
        assertThat(services.customerDeactivation().deactivate(colleague.account().id(), customer.id(),
                TicketReference.of("NH-8300"), "Asked by the customer", RequestOrigin.unknown()))
                .isEqualTo(new DeactivationOutcome.Deactivated());

        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).startsWith("The account is already deactivated");
        assertThat(status()).startsWith("Deactivated");
        _assertOne(TextField.class, spec -> spec.withId("reactivate-ticket"));
        assertThat(events(customer)).filteredOn(e -> e.type() == AuditEventType.CUSTOMER_DEACTIVATED).hasSize(1);
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), DEACTIVATED)).hasSize(1);
    }
}
