package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.TwoFactorSummary;
import com.nordhost.clientarea.ui.KaribuTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Map;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SecuritySettingsTest extends KaribuTest {

    static final String SPECIAL = "Å Ä Ö å ä ö ¤ ½ § £ € ¨ ; < > & @";

    /** As the article says: My Account under Account in the menu, then the Security settings tab. */
    static void openSecuritySettings() {
        navigate("account");
        Tab tab = _get(Tab.class, spec -> spec.withLabel("Security settings"));
        _get(Tabs.class).setSelectedTab(tab);
        _assertOne(SecuritySettingsPanel.class);
    }

    static String status() {
        return _get(Paragraph.class, spec -> spec.withId("twofactor-status")).getText();
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static TwoFactorSummary summaryOf(Account account) {
        return services.twoFactorOverview().of(account.id());
    }

    /** Reads the QR code the way an authenticator app does and returns the secret in its key URI. */
    static TotpSecret secretFromQrCode() throws Exception {
        Image image = _get(Image.class, spec -> spec.withId("enrollment-qr"));
        String src = image.getSrc();
        StreamResource resource = (StreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(new URI(src)).orElseThrow();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        resource.getWriter().accept(png, VaadinSession.getCurrent());
        // The PNG holds nothing but the code: decoded as such, as ZXing's finder misses ~1 % of clean codes.
        String keyUri = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.toByteArray()))))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(keyUri).startsWith("otpauth://totp/");
        String query = keyUri.substring(keyUri.indexOf('?') + 1);
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("secret=")) {
                return TotpSecret.fromBase32(URLDecoder.decode(parameter.substring(7), StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("No secret in the key URI");
    }

    @Test
    void the_tab_shows_that_two_factor_is_off_and_the_recommended_apps() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);

        openSecuritySettings();

        assertThat(status()).isEqualTo("Two-factor authentication is off.");
        String apps = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("recommended-apps"))
                .getElement().getTextRecursively();
        assertThat(apps).contains("iOS", "Authenticator", "Authy", "Google Authenticator", "Step Two", "Android",
                "2FA Authenticator");
        Button enable = _get(Button.class, spec -> spec.withText("Click here to enable"));
        assertThat(enable.getClassNames()).contains("enable-button");
        assertThat(enable.getThemeNames()).contains("success", "primary");
    }

    @Test
    void enabling_follows_the_article_and_a_wrong_code_keeps_the_dialog_open() throws Exception {
        Account bo = newCustomer(PASSWORD);
        logIn(bo, PASSWORD, null);
        openSecuritySettings();

        click("Click here to enable");
        _assertOne(Dialog.class);
        Button getStarted = _get(Button.class, spec -> spec.withText("Get started"));
        assertThat(getStarted.getThemeNames()).contains("primary", "error");
        _click(getStarted);

        TotpSecret fromQr = secretFromQrCode();
        String typed = _get(Span.class, spec -> spec.withId("enrollment-secret")).getText();
        assertThat(typed).matches("[A-Z2-7]{4}( [A-Z2-7]{1,4})+");
        assertThat(TotpSecret.fromBase32(typed.replace(" ", ""))).isEqualTo(fromQr);
        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from the app"));

        String right = codeFor(fromQr);
        _setValue(code, right.equals("000000") ? "111111" : "000000");
        click("Submit");
        _assertOne(Dialog.class);
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("That code is not right.");
        _setValue(code, new TotpGenerator(TotpParameters.DEFAULT).codeAt(fromQr, clock.instant().minusSeconds(60)));
        click("Submit");
        assertThat(code.getErrorMessage()).as("the wizard's code step tells a phone one minute behind")
                .startsWith("That code is not right: your phone's clock seems to be about 1 minute behind.");
        assertThat(summaryOf(bo).enabled()).isFalse();

        _setValue(code, right);
        click("Submit");

        _assertOne(H3.class, spec -> spec.withText("Two-factor authentication has been activated on your account."));
        assertThat(_get(Span.class, spec -> spec.withId("backup-code")).getText())
                .matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        _assertOne(Button.class, spec -> spec.withText("Copy"));
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download"));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "Make sure that you save the backup code somewhere safe, so you can access the Client area if you lose your app or phone."));
        click("Close");

        _assertNone(Dialog.class);
        assertThat(status()).startsWith("Two-factor authentication is on since ");
        _assertOne(Button.class, spec -> spec.withText("Click here to disable"));

        // The next login asks for the code.
        clock.advance(Duration.ofSeconds(31));
        newBrowserSession();
        submitPassword(bo.email().value(), PASSWORD);
        _assertOne(TextField.class, spec -> spec.withLabel("Code from your 2FA app"));
    }

    @Test
    void closing_the_enrollment_dialog_half_way_changes_nothing() throws Exception {
        Account cleo = newCustomer(PASSWORD);
        logIn(cleo, PASSWORD, null);
        openSecuritySettings();

        // Esc on the introduction.
        click("Click here to enable");
        _get(Dialog.class).close();
        _assertNone(Dialog.class);

        // The X after the QR code was shown.
        click("Click here to enable");
        click("Get started");
        secretFromQrCode();
        _click(_get(Button.class, spec -> spec.withId("enrollment-dialog-x")));
        _assertNone(Dialog.class);

        assertThat(status()).isEqualTo("Two-factor authentication is off.");
        assertThat(summaryOf(cleo).enabled()).isFalse();
        newBrowserSession();
        submitPassword(cleo.email().value(), PASSWORD);
        assertThat(com.nordhost.clientarea.web.signin.SignIn.current()).as("no code asked").isPresent();
    }

    @Test
    void disabling_needs_the_right_password_and_ends_with_the_reminder() {
        Account dan = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = onSecuritySettingsWithTwoFactorOn(dan);

        Button disable = _get(Button.class, spec -> spec.withText("Click here to disable"));
        assertThat(disable.getThemeNames()).contains("primary", "error");
        _click(disable);
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, "not my password");
        click("Disable two-factor authentication");

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not the right password. Check it and try again.");
        assertThat(summaryOf(dan).enabled()).isTrue();

        _setValue(password, PASSWORD);
        click("Disable two-factor authentication");

        _assertOne(H3.class, spec -> spec.withText("Two-factor authentication has been disabled."));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "Keep in mind that your account is no longer protected by the extra security that two-factor authentication gave it."));
        click("Close");
        _assertNone(Dialog.class);
        assertThat(status()).isEqualTo("Two-factor authentication is off.");
        assertThat(summaryOf(dan).enabled()).isFalse();
    }

    @Test
    void after_five_wrong_passwords_the_right_one_is_told_to_wait_not_that_it_is_wrong() {
        Account gus = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = onSecuritySettingsWithTwoFactorOn(gus);
        click("Click here to disable");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        for (int i = 0; i < 5; i++) {
            _setValue(password, "not my password " + i);
            click("Disable two-factor authentication");
            assertThat(password.getErrorMessage()).as("wrong password %d", i + 1)
                    .isEqualTo("That is not the right password. Check it and try again.");
        }

        _setValue(password, PASSWORD);
        click("Disable two-factor authentication");

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage())
                .isEqualTo("Too many wrong passwords. Wait a while (at most 5 minutes) and try again.");
        _assertNone(H3.class, spec -> spec.withText("Two-factor authentication has been disabled."));
        assertThat(summaryOf(gus).enabled()).isTrue();

        clock.advance(Duration.ofMinutes(5));
        _setValue(password, PASSWORD);
        click("Disable two-factor authentication");

        _assertOne(H3.class, spec -> spec.withText("Two-factor authentication has been disabled."));
        assertThat(summaryOf(gus).enabled()).isFalse();
    }

    @Test
    void disabling_when_it_is_already_off_says_so_instead_of_claiming_to_have_disabled_it() {
        Account fia = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = onSecuritySettingsWithTwoFactorOn(fia);
        click("Click here to disable");
        // Meanwhile, in another tab, the customer turns it off.
        services.disableTwoFactor().disable(fia.id(), PASSWORD, RequestOrigin.unknown());

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, PASSWORD);
        click("Disable two-factor authentication");

        _assertNone(H3.class, spec -> spec.withText("Two-factor authentication has been disabled."));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(
                "Two-factor authentication is already off. Close this box to see the current settings.");
        _click(_get(Button.class, spec -> spec.withId("disable-dialog-x")));
        assertThat(status()).isEqualTo("Two-factor authentication is off.");
    }

    @Test
    void closing_the_disable_dialog_half_way_changes_nothing() {
        Account eva = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = onSecuritySettingsWithTwoFactorOn(eva);

        click("Click here to disable");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("disable-dialog-x")));

        _assertNone(Dialog.class);
        assertThat(summaryOf(eva).enabled()).isTrue();
        assertThat(status()).startsWith("Two-factor authentication is on since ");
    }

    @Test
    void the_special_character_password_works_for_change_login_and_disable() {
        Account finn = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = onSecuritySettingsWithTwoFactorOn(finn);

        click("Change password");
        _assertOne(Paragraph.class, spec -> spec.withId("password-rules"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), SPECIAL);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), SPECIAL);
        _click(_get(Button.class, spec -> spec.withText("Change password").withClasses("dialog-primary")));
        _assertNone(Dialog.class);

        newBrowserSession();
        logIn(finn, SPECIAL, twoFactor.secret());
        int signedInAt = SignIn.current().orElseThrow().sessionEpoch();
        openSecuritySettings();
        click("Click here to disable");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), SPECIAL);
        click("Disable two-factor authentication");

        _assertOne(H3.class, spec -> spec.withText("Two-factor authentication has been disabled."));
        assertThat(summaryOf(finn).enabled()).isFalse();
        int kept = SignIn.current().orElseThrow().sessionEpoch();
        assertThat(services.sessionEpochs().isCurrent(finn.id(), kept)).as("this session goes on").isTrue();
        assertThat(services.sessionEpochs().isCurrent(finn.id(), signedInAt))
                .as("any other session signed in before ends at its next request").isFalse();
    }

    @Test
    void a_password_change_keeps_the_changing_session_and_ends_the_others() {
        Account hedda = newCustomer(PASSWORD);
        logIn(hedda, PASSWORD, null);
        int otherSession = SignIn.current().orElseThrow().sessionEpoch();
        newBrowserSession();
        logIn(hedda, PASSWORD, null);
        openSecuritySettings();
        click("Change password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a new good password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "a new good password");
        _click(_get(Button.class, spec -> spec.withText("Change password").withClasses("dialog-primary")));
        _assertNone(Dialog.class);

        assertThat(services.sessionEpochs().isCurrent(hedda.id(), SignIn.current().orElseThrow().sessionEpoch()))
                .isTrue();
        assertThat(services.sessionEpochs().isCurrent(hedda.id(), otherSession)).isFalse();
    }

    @Test
    void changing_the_password_checks_the_current_one_the_repeat_and_the_rules() {
        Account gus = newCustomer(PASSWORD);
        logIn(gus, PASSWORD, null);
        openSecuritySettings();
        click("Change password");
        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("New password again"));
        Button change = _get(Button.class, spec -> spec.withText("Change password").withClasses("dialog-primary"));

        _setValue(current, PASSWORD);
        _setValue(fresh, "a new good password");
        _setValue(repeat, "a new good passw0rd");
        _click(change);
        assertThat(repeat.getErrorMessage()).isEqualTo("The two new passwords are not the same.");

        _setValue(fresh, "short");
        _setValue(repeat, "short");
        _click(change);
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).isEqualTo("The password must have at least 8 characters.");

        _setValue(current, "wrong current");
        _setValue(fresh, "a new good password");
        _setValue(repeat, "a new good password");
        _click(change);
        assertThat(current.getErrorMessage()).isEqualTo("That is not the right password. Check it and try again.");

        // Closing half-way keeps the old password.
        _click(_get(Button.class, spec -> spec.withId("change-password-dialog-x")));
        newBrowserSession();
        logIn(gus, PASSWORD, null);
    }

    @Test
    void a_new_backup_code_needs_the_password_and_replaces_the_old_one() {
        Account hedda = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = onSecuritySettingsWithTwoFactorOn(hedda);

        click("New backup code");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, "wrong");
        click("Create a new backup code");
        assertThat(password.isInvalid()).isTrue();

        _setValue(password, PASSWORD);
        click("Create a new backup code");
        String fresh = _get(Span.class, spec -> spec.withId("backup-code")).getText();
        assertThat(fresh).isNotEqualTo(twoFactor.backupCode().display());
        click("Close");
        _assertNone(Dialog.class);
    }

    /** The customer turned 2FA on earlier, signed in with password and code, and opened Security settings. */
    private static TwoFactorOn onSecuritySettingsWithTwoFactorOn(Account customer) {
        TwoFactorOn twoFactor = enableTwoFactor(customer);
        logIn(customer, PASSWORD, twoFactor.secret());
        openSecuritySettings();
        return twoFactor;
    }
}
