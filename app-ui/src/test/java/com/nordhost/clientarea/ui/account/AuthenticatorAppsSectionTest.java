package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.ui.account.SecuritySettingsTest.click;
import static com.nordhost.clientarea.ui.account.SecuritySettingsTest.openSecuritySettings;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitCode;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorAppsSectionTest extends KaribuTest {

    private static List<String> appNames() {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("authenticator-apps-table"));
        return table.getBody().getRows().stream()
                .map(row -> row.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("authenticator-apps-message")).getText();
    }

    private static TotpSecret addApp(String name) {
        click("Add an authenticator app");
        confirmPassword(PASSWORD);
        _setValue(_get(TextField.class, spec -> spec.withId("add-app-name")), name);
        TotpSecret secret = TotpSecret.fromBase32(
                _get(Span.class, spec -> spec.withId("add-app-secret")).getText().replace(" ", ""));
        _setValue(_get(TextField.class, spec -> spec.withId("add-app-code")), codeFor(secret));
        _click(_get(Button.class, spec -> spec.withId("add-app-submit")));
        return secret;
    }

    private static void confirmPassword(String password) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("add-app-password")), password);
        _click(_get(Button.class, spec -> spec.withId("add-app-password-submit")));
    }

    private static void openRemove(int row) {
        NativeTableRow tableRow = _get(NativeTable.class, spec -> spec.withId("authenticator-apps-table")).getBody()
                .getRows().get(row);
        _click(_get(tableRow, Button.class, spec -> spec.withText("Remove")));
    }

    @Test
    void adding_an_app_asks_for_the_password_first_and_a_wrong_one_adds_nothing() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, enableTwoFactor(anna).secret());
        openSecuritySettings();

        click("Add an authenticator app");
        confirmPassword("not the password");

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("add-app-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not the right password. Check it and try again.");
        _assertNone(Span.class, spec -> spec.withId("add-app-secret"));
        assertThat(db.inTransaction(() -> db.twoFactor().find(anna.id())).orElseThrow().secret())
                .as("no app is being set up").isNull();
    }

    @Test
    void the_wizards_app_is_listed_and_a_named_second_app_is_added_with_its_first_code() {
        Account anna = newCustomer(PASSWORD);
        TwoFactorOn phone = enableTwoFactor(anna);
        logIn(anna, PASSWORD, phone.secret());
        openSecuritySettings();
        assertThat(appNames()).containsExactly("Authenticator app");

        click("Add an authenticator app");
        confirmPassword(PASSWORD);
        TextField name = _get(TextField.class, spec -> spec.withId("add-app-name"));
        TextField code = _get(TextField.class, spec -> spec.withId("add-app-code"));
        TotpSecret tablet = TotpSecret.fromBase32(
                _get(Span.class, spec -> spec.withId("add-app-secret")).getText().replace(" ", ""));
        _setValue(code, codeFor(tablet));
        _click(_get(Button.class, spec -> spec.withId("add-app-submit")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the app a name.");

        _setValue(name, "Tablet");
        _setValue(code, codeFor(tablet).equals("000000") ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("add-app-submit")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("That code is not right.");

        _setValue(code, codeFor(tablet));
        _click(_get(Button.class, spec -> spec.withId("add-app-submit")));
        _assertOne(H3.class, spec -> spec.withText("The app \"Tablet\" has been added."));
        Button close = _get(Button.class, spec -> spec.withId("add-app-close"));
        assertThat(close.getThemeNames()).contains("primary", "error");
        _click(close);

        _assertNone(Dialog.class);
        assertThat(appNames()).containsExactly("Authenticator app", "Tablet");
        assertThat(message()).isEqualTo("The app \"Tablet\" was added: its codes now log you in too.");

        // The next login takes the tablet's code.
        clock.advance(Duration.ofSeconds(31));
        newBrowserSession();
        submitPassword(anna.email().value(), PASSWORD);
        submitCode(codeFor(tablet));
        assertThat(SignIn.current()).isPresent();
    }

    @Test
    void a_name_already_in_the_list_is_refused() {
        Account bo = newCustomer(PASSWORD);
        logIn(bo, PASSWORD, enableTwoFactor(bo).secret());
        openSecuritySettings();
        addApp("Tablet");
        click("Close");
        clock.advance(Duration.ofSeconds(31));

        addApp("tablet");

        TextField name = _get(TextField.class, spec -> spec.withId("add-app-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another of your apps already has this name. Choose another one.");
        assertThat(services.authenticatorApps().list(bo.id())).hasSize(2);
    }

    @Test
    void an_app_is_removed_with_the_password_and_the_last_one_stays() {
        Account cleo = newCustomer(PASSWORD);
        TwoFactorOn phone = enableTwoFactor(cleo);
        logIn(cleo, PASSWORD, phone.secret());
        openSecuritySettings();
        addApp("Tablet");
        click("Close");

        openRemove(0);
        _assertOne(Dialog.class);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("remove-app-password"));
        _setValue(password, "not my password");
        click("Remove the app");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not the right password. Check it and try again.");
        assertThat(appNames()).hasSize(2);

        _setValue(password, PASSWORD);
        Button remove = _get(Button.class, spec -> spec.withText("Remove the app"));
        assertThat(remove.getThemeNames()).contains("primary", "error");
        _click(remove);

        _assertNone(Dialog.class);
        assertThat(appNames()).containsExactly("Tablet");
        assertThat(message()).isEqualTo("The app \"Authenticator app\" was removed: its codes no longer log you in.");

        // The only app left: no Remove that would ask for the password and then refuse; the row says why.
        NativeTableRow only = _get(NativeTable.class, spec -> spec.withId("authenticator-apps-table")).getBody()
                .getRows().get(0);
        _assertNone(only, Button.class);
        assertThat(_get(only, Span.class, spec -> spec.withId("only-app-note")).getText())
                .isEqualTo("Your only app: to remove it, add another app first, or disable two-factor authentication.");
        assertThat(services.authenticatorApps().list(cleo.id())).hasSize(1);

        // The removed phone's code no longer signs in.
        clock.advance(Duration.ofSeconds(31));
        newBrowserSession();
        submitPassword(cleo.email().value(), PASSWORD);
        submitCode(codeFor(phone.secret()));
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void the_wizards_app_alone_is_not_offered_for_removal_and_the_row_says_why() {
        Account eli = newCustomer(PASSWORD);
        logIn(eli, PASSWORD, enableTwoFactor(eli).secret());
        openSecuritySettings();

        assertThat(appNames()).containsExactly("Authenticator app");
        _assertNone(Button.class, spec -> spec.withText("Remove"));
        _assertOne(Span.class, spec -> spec.withId("only-app-note")
                .withText("Your only app: to remove it, add another app first, or disable two-factor authentication."));

        addApp("Tablet");
        click("Close");
        assertThat(_find(Button.class, spec -> spec.withText("Remove"))).as("each of two apps").hasSize(2);
        _assertNone(Span.class, spec -> spec.withId("only-app-note"));
    }

    @Test
    void the_section_is_not_there_while_two_factor_is_off() {
        Account dan = newCustomer(PASSWORD);
        logIn(dan, PASSWORD, null);
        openSecuritySettings();

        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("authenticator-apps")))
                .isEmpty();
    }
}
