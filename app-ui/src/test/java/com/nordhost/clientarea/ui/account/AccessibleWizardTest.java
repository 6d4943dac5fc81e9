package com.nordhost.clientarea.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.accessibility.Announcements;
import com.nordhost.clientarea.web.accessibility.KeepAliveWhileOpen;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/**
 * What the wizard does for people who do not see the QR code, set up on the phone itself, or take their time
 * (decision 0047): the key as named, copyable text, the {@code otpauth://} link, a page kept alive while it is open,
 * and its outcome read out.
 */
class AccessibleWizardTest extends KaribuTest {

    @Test
    void the_qr_step_offers_the_key_as_named_text_to_copy_and_as_a_link_for_the_phone_itself() throws Exception {
        Account dana = newCustomer(PASSWORD);
        logIn(dana, PASSWORD, null);
        SecuritySettingsTest.openSecuritySettings();
        SecuritySettingsTest.click("Click here to enable");
        SecuritySettingsTest.click("Get started");

        TotpSecret fromQr = SecuritySettingsTest.secretFromQrCode();
        Span key = _get(Span.class, spec -> spec.withId("enrollment-secret"));
        assertThat(key.getElement().getAttribute("role")).isEqualTo("textbox");
        assertThat(key.getElement().getAttribute("aria-readonly")).isEqualTo("true");
        assertThat(key.getElement().getAttribute("aria-label")).isEqualTo("Key for your 2FA app");
        assertThat(key.getElement().getAttribute("tabindex")).as("reachable by keyboard to select").isEqualTo("0");
        assertThat(_get(Button.class, spec -> spec.withId("enrollment-copy-key")).getText()).isEqualTo("Copy key");
        assertThat(_get(Image.class, spec -> spec.withId("enrollment-qr")).getAlt())
                .hasValue("QR code to scan with your 2FA app");

        Anchor openInApp = _get(Anchor.class, spec -> spec.withId("enrollment-open-in-app"));
        assertThat(openInApp.getText()).isEqualTo("Open the key in my 2FA app");
        assertThat(openInApp.getHref()).startsWith("otpauth://totp/").contains("secret=" + fromQr.base32());
        assertThat(_get(Paragraph.class, spec -> spec.withId("enrollment-on-a-phone")).getElement()
                .getTextRecursively()).startsWith("Setting this up on the phone your 2FA app is on?")
                .contains("type the key above into the app");
    }

    @Test
    void an_open_wizard_keeps_its_page_alive_and_its_outcome_is_read_out() throws Exception {
        Account egil = newCustomer(PASSWORD);
        logIn(egil, PASSWORD, null);
        SecuritySettingsTest.openSecuritySettings();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        SecuritySettingsTest.click("Click here to enable");
        Dialog wizard = _get(Dialog.class);
        assertThat(KeepAliveWhileOpen.keepsAlive(wizard)).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("asks the server within the session's idle time")
                .isBetween(15_000, 4 * 60_000);

        SecuritySettingsTest.click("Get started");
        TotpSecret secret = SecuritySettingsTest.secretFromQrCode();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code from the app")), codeFor(secret));
        SecuritySettingsTest.click("Submit");
        assertThat(Announcements.current(UI.getCurrent()))
                .isEqualTo("Two-factor authentication has been activated on your account.");

        SecuritySettingsTest.click("Close");
        _assertNone(Dialog.class);
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once the wizard is closed").isEqualTo(-1);
    }
}
