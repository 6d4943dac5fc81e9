package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.testing.SoftwareAuthenticator;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.securitykey.RegistrationOutcome;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.SecondFactorForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security keys in the client area (decision 0024), as the customer goes through them. Karibu runs no JavaScript:
 * each test answers the browser call the server made ({@code navigator.credentials.create/get}, its challenge read
 * from the call) with a software authenticator, or with the error a browser gives, through the same callback.
 */
class SecurityKeysTest extends KaribuTest {

    private static final String ORIGIN = "http://localhost:8080";

    /** The browser call the server just made, found by what it calls. */
    private static PendingJavaScriptInvocation browserCall(String function) {
        // What the server does just before it answers the browser: the call is handed over then.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()
                .stream().filter(c -> c.getInvocation().getExpression().contains(function)).toList();
        assertThat(calls).as("one call of " + function).hasSize(1);
        return calls.get(0);
    }

    /** What the browser answers: the authenticator's answer to the call's challenge and relying party. */
    private static void answerCreate(SoftwareAuthenticator key) {
        PendingJavaScriptInvocation call = browserCall("navigator.credentials.create");
        List<Object> p = call.getInvocation().getParameters();
        call.complete(Json.create(key.register((String) p.get(0), (String) p.get(1))));
    }

    private static void answerGet(SoftwareAuthenticator key) {
        PendingJavaScriptInvocation call = browserCall("navigator.credentials.get");
        List<Object> p = call.getInvocation().getParameters();
        call.complete(Json.create(key.answer((String) p.get(0), (String) p.get(1))));
    }

    /**
     * Presses a button as {@code _click} does, without Karibu's simulated round trip, which would hand the pending
     * browser call to a browser that is not there (and drop it): the test answers it instead.
     */
    private static void pressWithoutRoundtrip(String text) {
        Button button = _get(Button.class, spec -> spec.withText(text));
        assertThat(button.isEnabled() && button.isVisible()).as(text + " can be pressed").isTrue();
        button.click();
    }

    private static void openSecuritySettings() {
        navigate("account");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Security settings")));
        _assertOne(SecuritySettingsPanel.class);
    }

    private static List<NativeTableRow> keyRows() {
        return _find(NativeTableRow.class).stream()
                .filter(row -> row.getId().orElse("").startsWith("security-key-")).toList();
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private Account customerWithTwoFactor(TotpSecret[] secret) {
        Account anna = newCustomer(PASSWORD);
        secret[0] = enableTwoFactor(anna).secret();
        return anna;
    }

    private SoftwareAuthenticator addKeyDirectly(Account account, String name) {
        SoftwareAuthenticator key = new SoftwareAuthenticator(ORIGIN);
        RegistrationOutcome outcome = services.securityKeyRegistration().finish(account.id(), name,
                key.register(services.securityKeyRegistration().start(account.id(), PASSWORD, null).granted()
                        .orElseThrow()), null);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Added.class);
        return key;
    }

    @Test
    void a_customer_names_a_key_the_browser_makes_it_and_it_is_listed() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        logIn(anna, PASSWORD, secret[0]);
        openSecuritySettings();
        assertThat(text("security-keys-none")).isEqualTo("No security key or passkey has been added.");

        _click(_get(Button.class, spec -> spec.withText("Add a security key or passkey")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the key")), "Blue YubiKey");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your password")), PASSWORD);
        pressWithoutRoundtrip("Continue");
        answerCreate(new SoftwareAuthenticator(ORIGIN));

        _assertNone(AddSecurityKeyDialog.class);
        assertThat(keyRows()).singleElement().satisfies(row ->
                assertThat(row.getElement().getTextRecursively()).contains("Blue YubiKey", "Not yet"));
        assertThat(text("security-keys-message"))
                .isEqualTo("The security key \"Blue YubiKey\" was added. At your next login you can use it instead of a code.");
    }

    @Test
    void a_bad_name_is_told_before_the_browser_is_asked() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        logIn(anna, PASSWORD, secret[0]);
        openSecuritySettings();
        _click(_get(Button.class, spec -> spec.withText("Add a security key or passkey")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name of the key"));

        for (String[] bad : new String[][] {{"  ", "Give the key a name."},
                {"x".repeat(65), "The name can be at most 64 characters long."},
                {"Key\u0007", "The name must be plain text on one line."}}) {
            _setValue(name, bad[0]);
            _click(_get(Button.class, spec -> spec.withText("Continue")));
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo(bad[1]);
        }
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .noneMatch(c -> c.getInvocation().getExpression().contains("navigator.credentials"));
        assertThat(services.securityKeys().list(anna.id())).isEmpty();
    }

    @Test
    void a_wrong_password_adds_no_key_and_the_browser_is_not_asked() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        logIn(anna, PASSWORD, secret[0]);
        openSecuritySettings();
        _click(_get(Button.class, spec -> spec.withText("Add a security key or passkey")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the key")), "Intruder's key");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Your password"));
        _setValue(password, "not the password");
        _click(_get(Button.class, spec -> spec.withText("Continue")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not the right password. Check it and try again.");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .noneMatch(c -> c.getInvocation().getExpression().contains("navigator.credentials"));
        assertThat(services.securityKeys().list(anna.id())).isEmpty();
    }

    @Test
    void a_cancelled_browser_gets_a_clear_message_and_the_dialog_stays() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        logIn(anna, PASSWORD, secret[0]);
        openSecuritySettings();
        _click(_get(Button.class, spec -> spec.withText("Add a security key or passkey")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the key")), "Phone");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your password")), PASSWORD);
        pressWithoutRoundtrip("Continue");

        browserCall("navigator.credentials.create").complete(Json.create("error:NotAllowedError"));

        _assertOne(AddSecurityKeyDialog.class);
        assertThat(text("add-key-error"))
                .isEqualTo("No security key was used: it was cancelled or took too long. Please try again.");
        assertThat(_get(Button.class, spec -> spec.withText("Continue")).isEnabled()).isTrue();
        assertThat(services.securityKeys().list(anna.id())).isEmpty();
    }

    @Test
    void with_a_key_the_second_step_offers_it_first_and_signs_in_without_a_code() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        SoftwareAuthenticator key = addKeyDirectly(anna, "Blue YubiKey");

        submitPassword(anna.email().value(), PASSWORD);
        _assertOne(SecondFactorForm.class);
        pressWithoutRoundtrip("Use your security key");
        answerGet(key);

        assertThat(SignIn.current()).isPresent();
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(anna.id(), 50)).stream()
                .filter(e -> e.type() == AuditEventType.SECURITY_KEY_USED).findFirst().orElseThrow().details())
                .containsEntry("name", "Blue YubiKey");
    }

    @Test
    void a_cloned_key_is_refused_at_login_and_the_code_still_works() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        SoftwareAuthenticator key = addKeyDirectly(anna, "Office key");
        SoftwareAuthenticator clone = key.copy();
        submitPassword(anna.email().value(), PASSWORD);
        pressWithoutRoundtrip("Use your security key");
        answerGet(key);
        assertThat(SignIn.current()).isPresent();

        newBrowserSession();
        submitPassword(anna.email().value(), PASSWORD);
        pressWithoutRoundtrip("Use your security key");
        answerGet(clone);

        assertThat(SignIn.current()).isEmpty();
        assertThat(text("security-key-error"))
                .isEqualTo("Your security key was not accepted. Try again, or use a code from your app.");
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(anna.id(), 50)).stream()
                .map(e -> e.type())).contains(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED);
        clock.advance(Duration.ofSeconds(31));
        com.nordhost.clientarea.web.testing.SignInSteps.submitCode(codeFor(secret[0]));
        assertThat(SignIn.current()).as("the code is still there").isPresent();
    }

    @Test
    void removing_a_key_needs_the_password() {
        TotpSecret[] secret = new TotpSecret[1];
        Account anna = customerWithTwoFactor(secret);
        addKeyDirectly(anna, "Old key");
        logIn(anna, PASSWORD, secret[0]);
        openSecuritySettings();
        assertThat(keyRows()).hasSize(1);

        // The authenticator apps above have their own "Remove": this one is the key's.
        _click(_get(_get(SecurityKeysSection.class), Button.class, spec -> spec.withText("Remove")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, "not my password");
        _click(_get(Button.class, spec -> spec.withText("Remove the key")));
        assertThat(password.getErrorMessage()).isNotBlank();
        assertThat(services.securityKeys().list(anna.id())).hasSize(1);

        _setValue(password, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Remove the key")));
        _assertNone(RemoveSecurityKeyDialog.class);
        assertThat(keyRows()).isEmpty();
        assertThat(text("security-keys-message")).isEqualTo("The security key \"Old key\" was removed.");
        assertThat(services.securityKeys().list(anna.id())).isEmpty();
    }
}
