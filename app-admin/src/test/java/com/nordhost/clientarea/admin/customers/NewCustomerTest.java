package com.nordhost.clientarea.admin.customers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** New customer and the invitation on the customer page (decision 0029), for SUPPORT and ADMIN. */
class NewCustomerTest extends KaribuTest {

    private static TextField field(String key) {
        return _get(TextField.class, spec -> spec.withId("new-customer-" + key));
    }

    @SuppressWarnings("unchecked")
    private static void fillIn(String email, Language language) {
        navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
        _setValue(field("fullName"), "Bertil Berg");
        _setValue(field("email"), email);
        _setValue(field("phone"), "+46 8 123 45 67");
        _setValue(field("street"), "Kungsgatan 2");
        _setValue(field("postalCode"), "111 43");
        _setValue(field("city"), "Stockholm");
        _setValue(field("country"), "Sverige");
        _setValue((Select<Language>) _get(Select.class, spec -> spec.withId("new-customer-language")), language);
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("new-customer-save")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPPORT", "ADMIN"})
    void an_agent_creates_a_customer_who_gets_the_invitation_and_the_customer_page_opens(Role role) {
        logIn(newAgent(role));
        String email = "bertil" + next() + "@example.com";
        fillIn(email, Language.SWEDISH);
        save();

        String number = _get(Span.class, spec -> spec.withId("customer-number")).getText();
        assertThat(number).matches("C2\\d{6}");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains(number, email));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("customers/");
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-invitation")).getText())
                .contains("not yet accepted");
        List<Map<String, String>> mails = OutboundMailRows.outboundMailTo(db, email);
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.get("subject")).startsWith("Välkommen"));
        assertThat(db.inTransaction(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(email))))
                .hasValueSatisfying(a -> assertThat(a.hasPassword()).isFalse());
    }

    @Test
    void a_taken_address_is_said_on_the_email_field_and_nothing_typed_is_lost() {
        logIn(newAgent(Role.SUPPORT));
        String email = newCustomer().email().value();
        fillIn(email.toUpperCase(), Language.ENGLISH);
        save();

        TextField emailField = field("email");
        assertThat(emailField.isInvalid()).isTrue();
        assertThat(emailField.getErrorMessage()).isEqualTo("A customer with this e-mail address already exists.");
        assertThat(field("fullName").getValue()).isEqualTo("Bertil Berg");
        assertThat(field("city").getValue()).isEqualTo("Stockholm");
        _assertNone(Span.class, spec -> spec.withId("customer-number"));
    }

    @Test
    void an_invalid_field_gets_the_message_of_my_details() {
        logIn(newAgent(Role.SUPPORT));
        fillIn("bertil" + next() + "@example.com", Language.ENGLISH);
        _setValue(field("phone"), "call me");
        save();
        assertThat(field("phone").isInvalid()).isTrue();
        assertThat(field("phone").getErrorMessage()).startsWith("Enter a phone number");
        _setValue(field("email"), "not an address");
        assertThat(field("email").getErrorMessage()).isEqualTo("That is not a valid e-mail address.");
    }

    @Test
    void the_customer_page_resends_the_invitation_until_it_is_accepted() {
        logIn(newAgent(Role.SUPPORT));
        String email = "cecilia" + next() + "@example.com";
        fillIn(email, Language.ENGLISH);
        save();
        clock.advance(Duration.ofDays(8));
        navigate(UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-invitation")).getText())
                .contains("expired");
        _click(_get(Button.class, spec -> spec.withId("resend-invitation")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("action-result")).getText())
                .isEqualTo("A new invitation has been sent. Earlier links no longer work.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-invitation")).getText())
                .contains("not yet accepted");
        assertThat(OutboundMailRows.outboundMailTo(db, email)).hasSize(2);
    }
}
