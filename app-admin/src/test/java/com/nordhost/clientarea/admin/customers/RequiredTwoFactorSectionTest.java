package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support's "Require two-factor authentication" on the customer's page (decision 0046): a closed step like Remove and
 * Unlock, ticket and reason checked on the fields, a confirmation naming the customer, audited and mailed; then "Lift
 * the requirement". The customer's login and Disable follow it.
 */
class RequiredTwoFactorSectionTest extends KaribuTest {

    private static final String REQUIRED = "Two-factor authentication is now required for your account";
    private static final String LIFTED = "Two-factor authentication is no longer required by our support";
    private Agent agent;

    @BeforeEach
    void logInAsSupport() {
        agent = newAgent(Role.SUPPORT);
        logIn(agent);
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withId("requirement-state")).getText();
    }

    private static String result() {
        return _get(Paragraph.class, spec -> spec.withId("action-result")).getText();
    }

    private static void fill(String prefix, String ticket, String reason) {
        _click(_get(Button.class, spec -> spec.withId(prefix + "-open")));
        _setValue(_get(TextField.class, spec -> spec.withId(prefix + "-ticket")), ticket);
        _setValue(_get(TextArea.class, spec -> spec.withId(prefix + "-reason")), reason);
        _click(_get(Button.class, spec -> spec.withId(prefix + "-submit")));
    }

    private static List<AuditEvent> events(Account customer) {
        return db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 20));
    }

    private static LoginOutcome logInAs(Account customer) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), PASSWORD,
                RequestOrigin.unknown(), BrowserTokens.NONE);
    }

    @Test
    void support_requires_it_after_a_confirmation_audited_and_mailed_then_lifts_it() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        navigate("customers/" + customer.id().value());
        assertThat(state()).isEqualTo("Not required: the customer chooses.");
        _assertNone(TextField.class, spec -> spec.withId("require-ticket"));

        fill("require", "", "Reseller account");
        assertThat(_get(TextField.class, spec -> spec.withId("require-ticket")).getErrorMessage())
                .isEqualTo("Enter the ticket reference (at most 64 characters).");
        _setValue(_get(TextField.class, spec -> spec.withId("require-ticket")), "NH-5150");
        _setValue(_get(TextArea.class, spec -> spec.withId("require-reason")), " ");
        _click(_get(Button.class, spec -> spec.withId("require-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("require-reason")).getErrorMessage())
                .isEqualTo("Give a reason.");
        _assertNone(ConfirmDialog.class);

        _setValue(_get(TextArea.class, spec -> spec.withId("require-reason")), "Reseller account");
        _click(_get(Button.class, spec -> spec.withId("require-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-question")).getText())
                .contains(customer.fullName(), customer.email().value());
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).startsWith("Two-factor authentication is now required of the customer.");
        assertThat(state()).startsWith("Required by support since ").contains("(ticket NH-5150)")
                .contains("A login without it leads to the wizard from ");
        AuditEvent required = events(customer).stream()
                .filter(e -> e.type() == AuditEventType.TWO_FACTOR_REQUIRED_BY_SUPPORT).findFirst().orElseThrow();
        assertThat(required.actor()).isEqualTo(agent.account().email().value());
        assertThat(required.details()).containsEntry("ticket", "NH-5150").containsEntry("reason", "Reseller account");
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, customer.email().value(), REQUIRED);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("body")).contains("NH-5150")
                .doesNotContain(agent.account().email().value(), "Reseller account");
        assertThat(services.disableTwoFactor().disable(customer.id(), PASSWORD, RequestOrigin.unknown()))
                .as("the customer cannot turn it off now").isInstanceOf(DisableOutcome.Required.class);
        _assertNone(Button.class, spec -> spec.withId("require-open"));

        fill("lift", "NH-5151", "Reseller moved away");
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).isEqualTo("Support no longer requires two-factor authentication of the customer.");
        assertThat(state()).isEqualTo("Not required: the customer chooses.");
        assertThat(events(customer)).extracting(AuditEvent::type)
                .contains(AuditEventType.TWO_FACTOR_REQUIREMENT_LIFTED_BY_SUPPORT);
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), LIFTED)).hasSize(1);
    }

    @Test
    void a_customer_required_by_support_and_without_2fa_is_led_to_the_wizard_after_the_grace() {
        Account customer = newCustomer();
        navigate("customers/" + customer.id().value());
        fill("require", "NH-6000", "Security review");
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(logInAs(customer)).isInstanceOf(LoginOutcome.LoggedIn.class);
        clock.advance(Duration.ofDays(14));
        assertThat(logInAs(customer)).isInstanceOf(LoginOutcome.SecondFactorSetUpRequired.class);
    }
}
