package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.account.SecuritySettingsPanel;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.SecondFactorForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitCode;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

/** "Don't ask for a code on this browser" at the code step, and Security settings' remembered browsers. */
class RememberedBrowserLoginTest extends KaribuTest {

    private static final String COOKIE = "CLIENTAREA_REMEMBERED";
    private static final String BOX = "Don't ask for a code on this browser for 30 days";

    private static Optional<String> rememberedCookieHeader() {
        Collection<String> headers = fakeResponse().getHeaders("Set-Cookie");
        return headers == null ? Optional.empty()
                : headers.stream().filter(h -> h.startsWith(COOKIE + "=")).reduce((first, last) -> last);
    }

    private static String cookieValue(String header) {
        return header.split(";")[0].substring(COOKIE.length() + 1);
    }

    /** Password, then the code with the box ticked; returns the cookie the browser keeps. */
    private static String logInRemembering(Account account, TotpSecret secret) {
        submitPassword(account.email().value(), PASSWORD);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(BOX)), true);
        submitCode(codeFor(secret));
        clock.advance(Duration.ofSeconds(31));
        assertThat(SignIn.current()).isPresent();
        return cookieValue(rememberedCookieHeader().orElseThrow());
    }

    /** A browser that kept the cookie, opening the site again. */
    private void newBrowserSessionWith(String token) {
        newBrowserSession();
        fakeRequest().addCookie(new Cookie(COOKIE, token));
    }

    private static void openSecuritySettings() {
        navigate("account");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Security settings")));
        _assertOne(SecuritySettingsPanel.class);
    }

    private static List<NativeTableRow> rememberedRows() {
        return _find(NativeTableRow.class).stream()
                .filter(row -> row.getId().orElse("").startsWith("remembered-browser-")).toList();
    }

    @Test
    void a_ticked_box_leaves_a_30_day_http_only_same_site_cookie_holding_no_stored_secret() {
        Account anna = newCustomer(PASSWORD);
        TotpSecret secret = enableTwoFactor(anna).secret();

        String token = logInRemembering(anna, secret);

        assertThat(rememberedCookieHeader().orElseThrow()).matches(COOKIE + "=\\d+\\.[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43};.*")
                .contains("; Path=/", "; Max-Age=2592000", "; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
        String secretPart = token.split("\\.")[1];
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(anna.id(), 50)).toString())
                .doesNotContain(secretPart);
    }

    @Test
    void an_unticked_box_leaves_no_cookie_and_the_next_login_asks_for_the_code() {
        Account anna = newCustomer(PASSWORD);
        TotpSecret secret = enableTwoFactor(anna).secret();
        logIn(anna, PASSWORD, secret);
        assertThat(rememberedCookieHeader()).isEmpty();

        newBrowserSession();
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        _assertOne(SecondFactorForm.class);
    }

    @Test
    void a_remembered_browser_logs_in_with_the_password_alone_and_another_browser_is_still_asked() {
        Account anna = newCustomer(PASSWORD);
        String token = logInRemembering(anna, enableTwoFactor(anna).secret());

        newBrowserSessionWith(token);
        submitPassword(anna.email().value(), "a wrong password");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-error")).getText())
                .as("the password is still asked for and checked").isEqualTo("The e-mail address or the password is wrong.");
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).isPresent();
        _assertOne(StartView.class);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(anna.id(), 50))).extracting(AuditEvent::type)
                .contains(AuditEventType.SIGNED_IN_WITH_REMEMBERED_BROWSER);

        newBrowserSession();
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).as("a browser without the cookie").isEmpty();
        _assertOne(SecondFactorForm.class);
    }

    @Test
    void security_settings_list_the_browser_and_forget_all_asks_it_for_the_code_again() {
        Account anna = newCustomer(PASSWORD);
        String token = logInRemembering(anna, enableTwoFactor(anna).secret());
        newBrowserSessionWith(token);
        submitPassword(anna.email().value(), PASSWORD);
        openSecuritySettings();

        _assertOne(H3.class, spec -> spec.withText("Remembered browsers"));
        assertThat(rememberedRows()).singleElement().satisfies(row -> assertThat(row.getElement().getTextRecursively())
                .contains("(this browser)"));
        _click(_get(Button.class, spec -> spec.withText("Forget all")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("remembered-browsers-message")).getText())
                .isEqualTo("Every remembered browser was forgotten: each is asked for a code at its next login.");
        assertThat(rememberedRows()).isEmpty();
        _assertOne(Paragraph.class, spec -> spec.withId("remembered-browsers-none"));
        assertThat(rememberedCookieHeader()).hasValueSatisfying(h -> assertThat(h).contains("Max-Age=0"));

        newBrowserSessionWith(token);
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        _assertOne(SecondFactorForm.class);
    }

    @Test
    void forget_takes_one_browser_and_leaves_the_other() {
        Account anna = newCustomer(PASSWORD);
        TotpSecret secret = enableTwoFactor(anna).secret();
        String first = logInRemembering(anna, secret);
        newBrowserSession();
        String second = logInRemembering(anna, secret);
        openSecuritySettings();
        assertThat(rememberedRows()).hasSize(2);

        long firstId = Long.parseLong(first.split("\\.")[0]);
        _click(_get(Button.class, spec -> spec.withId("forget-browser-" + firstId)));
        assertThat(rememberedRows()).singleElement().satisfies(row -> assertThat(row.getId())
                .contains("remembered-browser-" + second.split("\\.")[0]));

        newBrowserSessionWith(first);
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).as("the forgotten one").isEmpty();
        newBrowserSessionWith(second);
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).as("the other one").isPresent();
    }

    @Test
    void a_password_change_in_security_settings_forgets_every_remembered_browser() {
        Account anna = newCustomer(PASSWORD);
        String token = logInRemembering(anna, enableTwoFactor(anna).secret());
        openSecuritySettings();
        assertThat(rememberedRows()).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Change password")));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a new long password 1");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "a new long password 1");
        _click(_get(Button.class, spec -> spec.withText("Change password").withClasses("dialog-primary")));
        _assertNone(Dialog.class);
        assertThat(rememberedRows()).as("the list says so at once").isEmpty();

        newBrowserSessionWith(token);
        submitPassword(anna.email().value(), "a new long password 1");
        assertThat(SignIn.current()).isEmpty();
        _assertOne(SecondFactorForm.class);
    }

    @Test
    void without_two_factor_there_is_no_box_and_no_list() {
        Account bert = newCustomer(PASSWORD);
        logIn(bert, PASSWORD, null);
        openSecuritySettings();
        _assertNone(H3.class, spec -> spec.withText("Remembered browsers"));
    }

    @Test
    void with_the_setting_at_0_the_code_step_has_no_box() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        LoginView switchedOff = new LoginView(services.passwordLogin(), services.secondFactorLogin(),
                services.sessionEpochs(), services.signIns(), services.languagePreference(),
                services.recoveryRequestFlow(),
                settings.withRememberBrowser(Duration.ZERO), services.securityKeyLogin(),
                services.passkeySignIn(), services.enrollment());
        com.vaadin.flow.component.UI.getCurrent().add(switchedOff);
        switchedOff.beforeEnter(null);

        _setValue(_get(switchedOff, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("E-mail address")), anna.email().value());
        _setValue(_get(switchedOff, PasswordField.class, spec -> spec.withLabel("Password")), PASSWORD);
        _click(_get(switchedOff, Button.class, spec -> spec.withText("Log in")));

        _assertOne(switchedOff, SecondFactorForm.class);
        _assertNone(switchedOff, Checkbox.class);
    }
}
