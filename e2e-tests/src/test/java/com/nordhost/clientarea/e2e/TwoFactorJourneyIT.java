package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The help article, step by step, in a real browser against the real server: enable 2FA by
 * scanning the QR code off the screen, log out, log in with password and code, disable 2FA.
 * A screenshot of every step is left in target/screenshots.
 */
@ExtendWith(ProductExtension.class)
class TwoFactorJourneyIT {

    private static final String EMAIL = "demo@example.com";
    private static final String PASSWORD = "demo-password-1";

    @Test
    void a_customer_enables_logs_in_with_a_code_and_disables_two_factor(RunningProduct product) throws Exception {
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            logInWithPassword(browser, page);
            browser.awaitText("Welcome");

            page.follow("My Account");
            page.follow("Security settings");
            browser.awaitText("Two-factor authentication is off.");
            browser.screenshot("10-security-settings-off");

            page.press("Click here to enable");
            browser.awaitText("Get started");
            browser.screenshot("11-enable-dialog");
            page.press("Get started");
            browser.awaitElement(By.id("enrollment-qr"));
            browser.awaitText("Scan the QR code");
            byte[] screen = browser.driver.getScreenshotAs(OutputType.BYTES);
            browser.screenshot("12-qr-code");

            AuthenticatorApp app = AuthenticatorApp.scan(screen);
            assertThat(app.keyUri).startsWith("otpauth://totp/").contains("demo%40example.com", "digits=6", "period=30");
            page.type("enrollment-code", app.codeAt(Instant.now()));
            browser.screenshot("13-code-typed");
            page.press("Submit");

            browser.awaitText("Two-factor authentication has been activated on your account.");
            String backupCode = browser.awaitElement(By.id("backup-code")).getText();
            assertThat(backupCode).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
            browser.screenshot("14-activated-with-backup-code");
            page.press("Close");
            browser.awaitText("Two-factor authentication is on");
            browser.screenshot("15-security-settings-on");

            page.press("Log out");
            browser.awaitText("Log in to the Client area");
            logInWithPassword(browser, page);
            browser.awaitText("Open your 2FA app");
            browser.screenshot("16-second-step");
            page.type("second-factor-code", spaced(app.nextCode()));
            page.press("Log in");
            browser.awaitText("Welcome");
            browser.screenshot("17-logged-in-with-code");

            page.follow("My Account");
            page.follow("Security settings");
            page.press("Click here to disable");
            browser.awaitText("Enter the password you use for logging on to the Client area.");
            page.type("disable-password", PASSWORD);
            browser.screenshot("18-disable-dialog");
            page.press("Disable two-factor authentication");
            browser.awaitText("Two-factor authentication has been disabled.");
            assertThat(browser.visibleText()).contains("no longer protected");
            browser.screenshot("19-disabled");
            page.press("Close");
            browser.awaitText("Two-factor authentication is off.");
        }
    }

    private static void logInWithPassword(Browser browser, VaadinPage page) {
        browser.awaitText("Log in to the Client area");
        page.type("login-email", EMAIL);
        page.type("login-password", PASSWORD);
        page.press("Log in");
    }

    /** Apps show codes as "123 456"; people type them that way. */
    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
