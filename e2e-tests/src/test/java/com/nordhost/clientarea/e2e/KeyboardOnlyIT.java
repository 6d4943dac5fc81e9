package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The help article's activation and deactivation of two-factor authentication, and a login with a code, by keyboard
 * alone: Tab, Shift-Tab, Enter, Space, Escape (and the arrow key between My Account's tabs, as tabs want it), never a
 * click. Every stop of the focus is visible; the focus moves into each dialog and, where its opener is still on the
 * page, back to it when the dialog closes. The code goes in as a paste or the phone's one-time-code autofill puts it,
 * with the space the app shows.
 */
@ExtendWith(ProductExtension.class)
class KeyboardOnlyIT {

    private static final String EMAIL = "kim.keyboard@example.com";

    @Test
    void a_customer_turns_two_factor_on_and_off_and_logs_in_with_a_code_by_keyboard_alone(RunningProduct product)
            throws Exception {
        ImportedCustomers.ensure(product, EMAIL, "Kim Keyboard", "en");
        try (Browser browser = new Browser()) {
            Keyboard keys = new Keyboard(browser);
            browser.open(product.customerUrl);
            browser.awaitText("Log in to the Client area");
            logIn(browser, keys);
            browser.awaitText("Welcome");

            // The menu: Tab to My Account, Enter; then the Security settings tab (Tab to the tab strip, arrow right).
            keys.tabTo("My Account");
            keys.press(Keys.ENTER);
            browser.awaitElement(By.id("tab-details"));
            keys.tabTo("tab-details");
            keys.press(Keys.ARROW_RIGHT);
            keys.press(Keys.ENTER);
            browser.awaitText("Two-factor authentication (2FA)");
            browser.screenshot("kb1-security-settings-by-keyboard");

            // Download my data: into the dialog (its password field), Escape, back on the button that opened it.
            keys.tabTo("download-my-data");
            keys.press(Keys.ENTER);
            assertThat(keys.awaitFocusOn("my-data-password").inDialog()).isTrue();
            keys.press(Keys.ESCAPE);
            browser.awaitGone(Browser.OPEN_DIALOG);
            keys.awaitFocusOn("download-my-data");

            // The wizard: Shift-Tab back up to the green button, Enter opens it with the focus on Get started.
            keys.tabTo("twofactor-enable", true);
            keys.press(Keys.ENTER);
            assertThat(keys.awaitFocusOn("enrollment-get-started").inDialog()).isTrue();
            // The focus stays in the dialog whichever way one tabs.
            keys.shiftTab();
            assertThat(keys.focus().inDialog()).as("Shift-Tab from Get started: %s", keys.focus()).isTrue();
            keys.press(Keys.TAB);
            assertThat(keys.focus().inDialog()).as("Tab: %s", keys.focus()).isTrue();
            keys.press(Keys.ESCAPE);
            browser.awaitGone(Browser.OPEN_DIALOG);
            assertThat(browser.visibleText()).contains("Two-factor authentication is off.");

            keys.tabTo("twofactor-enable");
            keys.press(Keys.ENTER);
            keys.awaitFocusOn("enrollment-get-started");
            keys.press(Keys.SPACE);
            // The QR step: the focus is in the code field; the phone scans the code off the screen.
            keys.awaitFocusOn("enrollment-code");
            browser.screenshot("kb2-qr-step-focus-in-the-code-field");
            AuthenticatorApp app = browser.scanQrCode(By.id("enrollment-qr"));
            keys.paste(spaced(app.codeAt(Instant.now())));
            keys.press(Keys.ENTER);
            browser.awaitText("Two-factor authentication has been activated on your account.");
            keys.awaitFocusOn("enrollment-close");
            browser.screenshot("kb3-activated-focus-on-close");
            keys.press(Keys.SPACE);
            browser.awaitGone(Browser.OPEN_DIALOG);
            browser.awaitText("Two-factor authentication is on");
            // The wizard's opener is gone with the redraw: the focus is on the new status, not the page's body.
            keys.awaitFocusOn("twofactor-status");

            // Log out by keyboard, and in again with the code.
            keys.tabTo("log-out", true);
            keys.press(Keys.ENTER);
            browser.awaitText("Log in to the Client area");
            logIn(browser, keys);
            browser.awaitText("Open your 2FA app");
            keys.awaitFocusOn("second-factor-code");
            keys.paste(spaced(app.nextCode()));
            browser.screenshot("kb4-code-step-code-pasted");
            keys.press(Keys.ENTER);
            browser.awaitText("Welcome");

            // Deactivation: to the red button, Enter, the password, Enter, Close with Enter.
            keys.tabTo("My Account");
            keys.press(Keys.ENTER);
            browser.awaitElement(By.id("tab-details"));
            keys.tabTo("tab-details");
            keys.press(Keys.ARROW_RIGHT);
            keys.press(Keys.ENTER);
            browser.awaitText("Two-factor authentication is on");
            keys.tabTo("twofactor-disable");
            keys.press(Keys.ENTER);
            assertThat(keys.awaitFocusOn("disable-password").inDialog()).isTrue();
            keys.type(ImportedCustomers.PASSWORD);
            keys.press(Keys.ENTER);
            browser.awaitText("Two-factor authentication has been disabled.");
            keys.awaitFocusOn("disable-close");
            keys.press(Keys.ENTER);
            browser.awaitGone(Browser.OPEN_DIALOG);
            browser.awaitText("Two-factor authentication is off.");
            keys.awaitFocusOn("twofactor-status");
            browser.screenshot("kb5-deactivated-by-keyboard");
        }
    }

    private static void logIn(Browser browser, Keyboard keys) {
        // The login page puts the focus in the e-mail field itself; Tab gets there where it has not yet.
        browser.awaitElement(By.cssSelector("#login-email input"));
        if (!keys.focus().is("login-email")) {
            keys.tabTo("login-email");
        }
        Keyboard.assertVisible(keys.focus());
        keys.type(EMAIL);
        keys.press(Keys.TAB);
        keys.awaitFocusOn("login-password");
        keys.type(ImportedCustomers.PASSWORD);
        keys.press(Keys.ENTER);
    }

    /** Apps show codes as "123 456"; that is what a paste or the autofill brings. */
    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
