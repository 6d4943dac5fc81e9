package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.openqa.selenium.By;

/** The client-area steps of the help article, as a customer does them in the browser. */
final class CustomerSteps {

    static final String EMAIL = "demo@example.com";
    static final String PASSWORD = "demo-password-1";

    private final Browser browser;
    private final VaadinPage page;
    private final String screenshotPrefix;

    CustomerSteps(Browser browser, String screenshotPrefix) {
        this.browser = browser;
        this.page = new VaadinPage(browser);
        this.screenshotPrefix = screenshotPrefix;
    }

    void logInWithPassword() {
        logInWithPassword(EMAIL, PASSWORD);
    }

    /** The same for another customer than the demo one. */
    void logInWithPassword(String email, String password) {
        browser.awaitText("Log in to the Client area");
        page.type("login-email", email);
        page.type("login-password", password);
        page.press("Log in");
    }

    void openSecuritySettings() {
        page.follow("My Account");
        page.follow("Security settings");
        browser.awaitText("Two-factor authentication (2FA)");
    }

    /** Click here to enable → Get started → scan → code → Submit; returns the app and the backup code. */
    Enrolled enableTwoFactor() throws Exception {
        browser.awaitText("Two-factor authentication is off.");
        page.press("Click here to enable");
        browser.awaitText("Get started");
        shot("enable-dialog");
        page.press("Get started");
        browser.awaitElement(By.id("enrollment-qr"));
        browser.awaitText("Scan the QR code");
        shot("qr-code");
        AuthenticatorApp app = browser.scanQrCode(By.id("enrollment-qr"));
        page.type("enrollment-code", app.codeAt(Instant.now()));
        shot("code-typed");
        page.press("Submit");

        browser.awaitText("Two-factor authentication has been activated on your account.");
        String backupCode = browser.awaitElement(By.id("backup-code")).getText();
        assertThat(backupCode).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
        shot("activated-with-backup-code");
        page.press("Close");
        browser.awaitText("Two-factor authentication is on");
        return new Enrolled(app, backupCode);
    }

    void logOut() {
        page.press("Log out");
        browser.awaitText("Log in to the Client area");
    }

    private void shot(String name) {
        browser.screenshot(screenshotPrefix + "-" + name);
    }

    record Enrolled(AuthenticatorApp app, String backupCode) {
    }
}
