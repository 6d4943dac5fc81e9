package com.nordhost.clientarea.admin.signins;

import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
 * Sign-ins in the back-office (decision 0037): an agent's own list with sign out, and support's "Sign out
 * everywhere" on a customer's page, with a reason, audited and mailed.
 */
class SignInsInTheBackOfficeTest extends KaribuTest {

    private static final RequestOrigin LAPTOP = new RequestOrigin("198.51.100.61",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1"
                    + " Safari/605.1.15");

    private Agent agent;

    @BeforeEach
    void logInAsSupport() {
        agent = newAgent(Role.SUPPORT);
        logIn(agent);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static List<AuditEvent> events(Account account) {
        return db.inTransaction(() -> db.auditLog().findBySubject(account.id(), 20));
    }

    @Test
    void an_agent_sees_their_own_sign_ins_and_signs_out_another_browser() {
        long mine = SignIn.current().orElseThrow().signInId();
        SignIns.Begun other = services.signIns().begin(agent.account().id(), SecondFactorUsed.APP_CODE, LAPTOP)
                .orElseThrow();
        assertThat(mine).as("the agent's login wrote a sign-in").isPositive();

        navigate("my-sign-ins");

        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("my-sign-in-" + mine)).getElement()
                .getTextRecursively()).contains("(this browser)");
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("my-sign-in-" + other.id())).getElement()
                .getTextRecursively()).contains("Safari on macOS", "198.51.100.61");
        _click(_get(Button.class, spec -> spec.withId("sign-out-" + other.id())));

        assertThat(text("my-sign-ins-message")).startsWith("That browser was signed out");
        assertThat(services.signIns().restore(Realm.STAFF, other.token())).isEmpty();
        _assertNone(HorizontalLayout.class, spec -> spec.withId("my-sign-in-" + other.id()));
        assertThat(events(agent.account())).extracting(AuditEvent::type).contains(AuditEventType.SIGN_IN_ENDED);
    }

    @Test
    void support_signs_a_customer_out_everywhere_with_a_reason_after_confirming() {
        Account customer = newCustomer();
        SignIns.Begun laptop = services.signIns().begin(customer.id(), SecondFactorUsed.NONE, LAPTOP).orElseThrow();
        navigate("customers/" + customer.id().value());
        assertThat(text("customer-sign-in-" + laptop.id())).contains("Safari on macOS", "198.51.100.61",
                "signed in", "last active");

        _click(_get(Button.class, spec -> spec.withId("sign-out-everywhere")));
        assertThat(_get(TextArea.class, spec -> spec.withId("sign-out-reason")).isInvalid())
                .as("no reason, no sign-out").isTrue();
        assertThat(services.signIns().restore(Realm.CUSTOMER, laptop.token())).isPresent();

        _setValue(_get(TextArea.class, spec -> spec.withId("sign-out-reason")), "Laptop stolen, NH-9100");
        _click(_get(Button.class, spec -> spec.withId("sign-out-everywhere")));
        assertThat(text("confirm-question")).contains(customer.fullName(), customer.email().value());
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(text("action-result")).startsWith("The customer was signed out everywhere (1).");
        assertThat(text("customer-sign-ins-none")).isEqualTo("Not signed in anywhere.");
        assertThat(services.signIns().restore(Realm.CUSTOMER, laptop.token())).isEmpty();
        AuditEvent event = events(customer).stream()
                .filter(e -> e.type() == AuditEventType.SIGNED_OUT_EVERYWHERE_BY_SUPPORT).findFirst().orElseThrow();
        assertThat(event.details()).containsEntry("reason", "Laptop stolen, NH-9100").containsEntry("ended", "1");
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "You were signed out everywhere");
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).get("body")).doesNotContain(agent.account().email().value());
    }
}
