package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.notification.SentNotice;
import com.nordhost.clientarea.domain.securitykey.KeyUse;
import com.nordhost.clientarea.domain.securitykey.RegistrationOutcome;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.testing.SoftwareAuthenticator;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.account.SecuritySettingsPanel;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.twofactor.SecondFactorForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
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
 * Signing in with a passkey alone (decision 0045), as the customer goes through it: the login page's button and the
 * e-mail field's autofill, the choice when adding a key, and what the 2FA-off dialog says. Karibu runs no JavaScript:
 * each test answers the browser call the server made with the software authenticator used for keys, through the same
 * callback.
 */
class PasskeyLoginTest extends KaribuTest {

    private static final String ORIGIN = "http://localhost:8080";

    /**
     * The browser calls the server made since the last look, with what they call. Look before any {@code _get}:
     * Karibu's lookups run a simulated round trip first, which hands pending calls to no browser.
     */
    private static List<PendingJavaScriptInvocation> browserCalls(String function) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(c -> c.getInvocation().getExpression().contains(function)).toList();
    }

    /** The passkey request made by the button ({@code conditional} false) or waiting in the autofill. */
    private static PendingJavaScriptInvocation passkeyCall(List<PendingJavaScriptInvocation> calls,
                                                           boolean conditional) {
        List<PendingJavaScriptInvocation> matching = calls.stream()
                .filter(c -> c.getInvocation().getExpression().contains("mediation"))
                .filter(c -> Boolean.valueOf(conditional).equals(c.getInvocation().getParameters().get(3))).toList();
        assertThat(matching).as("one passkey request, conditional " + conditional + " among "
                + calls.stream().map(c -> c.getInvocation().getParameters().toString()).toList()).hasSize(1);
        return matching.get(0);
    }

    private static void answer(PendingJavaScriptInvocation call, SoftwareAuthenticator key) {
        List<Object> p = call.getInvocation().getParameters();
        call.complete(Json.create(key.answer((String) p.get(0), (String) p.get(1))));
    }

    /** Presses a button without Karibu's round trip, which would drop the browser call the test answers. */
    private static void pressWithoutRoundtrip(String text) {
        Button button = _get(Button.class, spec -> spec.withText(text));
        assertThat(button.isEnabled() && button.isVisible()).as(text + " can be pressed").isTrue();
        button.click();
    }

    /** Opens the login page and presses "Sign in with a passkey"; the button's browser call. */
    private static PendingJavaScriptInvocation pressPasskeyButton() {
        navigate("login");
        browserCalls("navigator.credentials");
        pressWithoutRoundtrip("Sign in with a passkey");
        return passkeyCall(browserCalls("navigator.credentials.get"), false);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private SoftwareAuthenticator addKey(Account account, KeyUse asked, SoftwareAuthenticator key) {
        RegistrationOutcome outcome = services.securityKeyRegistration().finish(account.id(), "Phone", asked,
                key.register(services.securityKeyRegistration().start(account.id(), asked, PASSWORD, null).granted()
                        .orElseThrow()), null);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Added.class);
        return key;
    }

    private List<String> mailsTo(Account account) {
        return db.inTransaction(() -> db.ports().outbox().listFor(account.email(), Instant.EPOCH, 100)).stream()
                .map(SentNotice::subject).toList();
    }

    private List<AuditEventType> events(Account account) {
        return db.inTransaction(() -> db.auditLog().findBySubject(account.id(), 100)).stream().map(e -> e.type())
                .toList();
    }

    @Test
    void the_login_page_offers_a_passkey_beside_the_password_and_in_the_e_mail_fields_autofill() {
        navigate("login");
        PendingJavaScriptInvocation waiting = passkeyCall(browserCalls("navigator.credentials.get"), true);
        TextField email = _get(TextField.class, spec -> spec.withLabel("E-mail address"));
        assertThat(email.getElement().getAttribute("autocomplete")).isEqualTo("username webauthn");
        _assertOne(Button.class, spec -> spec.withText("Sign in with a passkey"));
        assertThat(waiting.getInvocation().getParameters().get(1)).as("relying party").isEqualTo("localhost");
    }

    @Test
    void on_an_ip_address_the_login_page_offers_no_passkey() {
        DomainServices onAnAddress = db.services(clock, settings.withCustomerUrl("http://192.0.2.10:8080/"));
        LoginView page = new LoginView(onAnAddress.passwordLogin(), onAnAddress.secondFactorLogin(),
                onAnAddress.sessionEpochs(), onAnAddress.signIns(), onAnAddress.languagePreference(),
                onAnAddress.recoveryRequestFlow(), settings, onAnAddress.securityKeyLogin(),
                onAnAddress.passkeySignIn(), onAnAddress.enrollment());
        UI.getCurrent().add(page);
        page.beforeEnter(null);

        _assertNone(page, Button.class, spec -> spec.withText("Sign in with a passkey"));
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("E-mail address")).getElement()
                .getAttribute("autocomplete")).isEqualTo("username");
    }

    @Test
    void a_passkey_signs_in_from_the_button_with_nothing_typed_and_a_new_browser_is_mailed() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        SoftwareAuthenticator phone = addKey(anna, KeyUse.SIGNS_IN_ALONE, new SoftwareAuthenticator(ORIGIN));

        answer(pressPasskeyButton(), phone);

        SignedInUser user = SignIn.current().orElseThrow();
        assertThat(user.accountId()).isEqualTo(anna.id().value());
        assertThat(user.secondFactorPassed()).isTrue();
        assertThat(db.inTransaction(() -> db.ports().signIns().find(user.signInId())).orElseThrow().secondFactor())
                .as("the sign-in record says how").isEqualTo(SecondFactorUsed.PASSKEY);
        assertThat(events(anna)).contains(AuditEventType.SIGNED_IN_WITH_PASSKEY);
        assertThat(mailsTo(anna)).contains("A passkey signed in to your account on a new browser");
    }

    @Test
    void the_autofills_passkey_signs_in_too_and_a_known_browser_is_not_mailed() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        SoftwareAuthenticator phone = addKey(anna, KeyUse.SIGNS_IN_ALONE, new SoftwareAuthenticator(ORIGIN));
        String deviceToken = services.passwordLogin().rememberDevice(anna.id());
        fakeRequest().addCookie(new Cookie("CLIENTAREA_DEVICE", deviceToken));

        navigate("login");
        answer(passkeyCall(browserCalls("navigator.credentials.get"), true), phone);

        assertThat(SignIn.current()).isPresent();
        assertThat(mailsTo(anna)).doesNotContain("A passkey signed in to your account on a new browser");
    }

    @Test
    void the_same_passkey_without_user_verification_is_refused_alone_and_accepted_after_the_password() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        SoftwareAuthenticator phone = addKey(anna, KeyUse.SIGNS_IN_ALONE, new SoftwareAuthenticator(ORIGIN));
        SoftwareAuthenticator withoutPin = phone.withoutUserVerification();

        answer(pressPasskeyButton(), withoutPin);

        assertThat(SignIn.current()).isEmpty();
        assertThat(text("passkey-error")).isEqualTo("Your key did not check that it is you (no PIN, fingerprint or"
                + " face), so it cannot sign you in on its own. Log in with your e-mail address and password, then"
                + " use the key.");

        clock.advance(Duration.ofSeconds(31));
        submitPassword(anna.email().value(), PASSWORD);
        _assertOne(SecondFactorForm.class);
        pressWithoutRoundtrip("Use your security key");
        answer(browserCalls("navigator.credentials.get").get(0), withoutPin);
        assertThat(SignIn.current()).as("after the password the key is a second factor").isPresent();
    }

    @Test
    void a_cloned_passkey_is_refused_with_a_clear_message_and_the_customer_told() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        SoftwareAuthenticator phone = addKey(anna, KeyUse.SIGNS_IN_ALONE, new SoftwareAuthenticator(ORIGIN));
        SoftwareAuthenticator clone = phone.copy();
        answer(pressPasskeyButton(), phone);
        assertThat(SignIn.current()).isPresent();

        newBrowserSession();
        answer(pressPasskeyButton(), clone);

        assertThat(SignIn.current()).isEmpty();
        assertThat(text("passkey-error")).startsWith("This passkey was refused: a copy of it may exist");
        assertThat(events(anna)).contains(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED);
        assertThat(mailsTo(anna)).contains("A copy of your passkey may exist");
    }

    @Test
    void a_key_for_after_the_password_and_a_removed_passkey_are_told_apart() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        SoftwareAuthenticator office = addKey(anna, KeyUse.AFTER_PASSWORD, new SoftwareAuthenticator(ORIGIN));
        answer(pressPasskeyButton(), office);
        assertThat(text("passkey-error")).isEqualTo("This key was added for use after your password only. Log in"
                + " with your e-mail address and password, then use the key.");

        SoftwareAuthenticator stranger = new SoftwareAuthenticator(ORIGIN);
        answer(pressPasskeyButton(), stranger);
        assertThat(text("passkey-error")).startsWith("This passkey is not known here: it was removed, or"
                + " two-factor authentication was turned off.");
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void a_cancelled_prompt_says_so_and_the_autofill_waits_again() {
        pressPasskeyButton().complete(Json.create("error:NotAllowedError"));

        passkeyCall(browserCalls("navigator.credentials.get"), true);
        assertThat(text("passkey-error"))
                .isEqualTo("No passkey was used: it was cancelled or took too long, or this device has no passkey for"
                        + " us that checks it is you (PIN, fingerprint or face). Try again, or log in with your e-mail"
                        + " address and password.");
    }

    @Test
    void adding_a_key_asks_whether_it_signs_in_alone_and_says_when_it_cannot() {
        Account anna = newCustomer(PASSWORD);
        TotpSecret secret = enableTwoFactor(anna).secret();
        logIn(anna, PASSWORD, secret);
        openSecuritySettings();

        addThroughTheDialog("Phone", true, new SoftwareAuthenticator(ORIGIN));
        assertThat(text("security-keys-message")).isEqualTo("The passkey \"Phone\" was added. You can now sign in"
                + " with it alone: press Sign in with a passkey on the login page.");

        addThroughTheDialog("Old YubiKey", true, new SoftwareAuthenticator(ORIGIN).withoutUserVerification());
        assertThat(text("security-keys-message")).startsWith("The key \"Old YubiKey\" was added for use after your"
                + " password only: it did not check that it is you");

        addThroughTheDialog("Office key", false, new SoftwareAuthenticator(ORIGIN));
        assertThat(text("security-keys-message")).startsWith("The security key \"Office key\" was added.");

        assertThat(_find(NativeTableRow.class).stream().filter(r -> r.getId().orElse("").startsWith("security-key-"))
                .map(r -> r.getElement().getTextRecursively()).toList())
                .satisfiesExactly(
                        row -> assertThat(row).contains("Phone", "On its own (passkey)"),
                        row -> assertThat(row).contains("Old YubiKey", "After the password"),
                        row -> assertThat(row).contains("Office key", "After the password"));
    }

    @Test
    void the_dialog_turning_two_factor_off_says_the_passkeys_stop_working() {
        Account anna = newCustomer(PASSWORD);
        TotpSecret secret = enableTwoFactor(anna).secret();
        addKey(anna, KeyUse.SIGNS_IN_ALONE, new SoftwareAuthenticator(ORIGIN));
        logIn(anna, PASSWORD, secret);
        openSecuritySettings();

        _click(_get(Button.class, spec -> spec.withText("Click here to disable")));

        assertThat(text("disable-stops")).contains("every security key and passkey");
        assertThat(text("disable-stops-passkeys"))
                .isEqualTo("Your passkeys (1) will stop working: they will no longer sign you in.");
        _assertOne(Button.class, spec -> spec.withText("Disable two-factor authentication"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Disable two-factor authentication")));
        assertThat(services.securityKeys().list(anna.id())).as("passkeys went with it").isEmpty();
    }

    private static void openSecuritySettings() {
        navigate("account");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Security settings")));
        _assertOne(SecuritySettingsPanel.class);
    }

    private static void addThroughTheDialog(String name, boolean passkey, SoftwareAuthenticator key) {
        _click(_get(Button.class, spec -> spec.withText("Add a security key or passkey")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the key")), name);
        Checkbox alone = _get(Checkbox.class, spec -> spec.withId("add-key-passkey"));
        assertThat(alone.getValue()).as("after the password unless ticked").isFalse();
        _setValue(alone, passkey);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Your password")), PASSWORD);
        pressWithoutRoundtrip("Continue");
        PendingJavaScriptInvocation call = browserCalls("navigator.credentials.create").get(0);
        List<Object> p = call.getInvocation().getParameters();
        assertThat(p.get(8)).as("a passkey asks for a discoverable credential").isEqualTo(passkey);
        call.complete(Json.create(key.register((String) p.get(0), (String) p.get(1))));
        _assertNone(com.nordhost.clientarea.ui.account.AddSecurityKeyDialog.class);
    }
}
