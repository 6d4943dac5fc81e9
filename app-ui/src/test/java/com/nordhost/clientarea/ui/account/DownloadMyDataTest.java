package com.nordhost.clientarea.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Language;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.ui.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** "Download my data" in Security settings: the password first, then a JSON and a text file (decision 0031). */
class DownloadMyDataTest extends KaribuTest {

    private static void openDialog() {
        SecuritySettingsTest.openSecuritySettings();
        _click(_get(Button.class, spec -> spec.withId("download-my-data")));
        _assertOne(Dialog.class);
    }

    private static void typePassword(String password) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("my-data-password")), password);
        _click(_get(Button.class, spec -> spec.withId("my-data-submit")));
    }

    private static String content(Anchor anchor) throws Exception {
        StreamResource resource = (StreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(new URI(anchor.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.getWriter().accept(out, VaadinSession.getCurrent());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_password_then_two_files_named_after_the_customer_number() throws Exception {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        String number = TestDatabase.customerNumberFor(anna);
        openDialog();

        typePassword(PASSWORD);

        Anchor json = _get(Anchor.class, spec -> spec.withId("my-data-json"));
        Anchor text = _get(Anchor.class, spec -> spec.withId("my-data-text"));
        assertThat(json.getText()).isEqualTo("Download as JSON");
        assertThat(text.getText()).isEqualTo("Download as text");
        assertThat(json.getElement().getAttribute("download")).isEqualTo("my-data-" + number + ".json");
        assertThat(text.getElement().getAttribute("download")).isEqualTo("my-data-" + number + ".txt");

        JsonNode data = new ObjectMapper().readTree(content(json));
        assertThat(data.path("details").path("customerNumber").asText()).isEqualTo(number);
        assertThat(data.path("details").path("email").asText()).isEqualTo(anna.email().value());
        assertThat(data.path("twoFactor").path("on").asBoolean()).isFalse();
        assertThat(data.path("securityEvents").findValuesAsText("type")).contains("LOGIN_SUCCEEDED");
        assertThat(data.path("securityEvents").findValuesAsText("by")).containsOnly("you");
        String plain = content(text);
        assertThat(plain).contains("Your details", "Customer number: " + number, "Storgatan 1",
                "Two-factor authentication", "Off", "Logged in with the password", "you");
        assertThat(plain + data).doesNotContain(anna.passwordHash());

        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(anna.id(), 5))).extracting(AuditEvent::type)
                .contains(AuditEventType.DATA_EXPORTED);
        _click(_get(Button.class, spec -> spec.withId("my-data-close")));
        _assertNone(Dialog.class);
    }

    @Test
    void the_text_file_is_in_the_customers_language() throws Exception {
        Account sven = newCustomer(PASSWORD);
        db.inTransaction(() -> {
            db.accounts().changeLanguage(sven.id(), Language.SWEDISH);
            return null;
        });
        logIn(sven, PASSWORD, null);
        navigate("account");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Säkerhetsinställningar")));
        _click(_get(Button.class, spec -> spec.withText("Ladda ner mina uppgifter")));
        typePassword(PASSWORD);

        String plain = content(_get(Anchor.class, spec -> spec.withText("Ladda ner som text")));
        assertThat(plain).contains("Dina uppgifter i kundzonen", "Kundnummer: ", "Tvåfaktorsautentisering", "Av",
                "Inloggad med lösenordet", " du ");
    }

    @Test
    void a_wrong_password_says_so_and_offers_no_file() {
        Account bo = newCustomer(PASSWORD);
        logIn(bo, PASSWORD, null);
        openDialog();

        typePassword("not the password");

        PasswordField field = _get(PasswordField.class, spec -> spec.withId("my-data-password"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("That is not the right password. Check it and try again.");
        _assertNone(Anchor.class, spec -> spec.withId("my-data-json"));
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(bo.id(), 5))).extracting(AuditEvent::type)
                .contains(AuditEventType.DATA_EXPORT_REFUSED).doesNotContain(AuditEventType.DATA_EXPORTED);
    }
}
