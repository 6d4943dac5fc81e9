package com.nordhost.clientarea.e2e;

import java.time.Instant;
import org.openqa.selenium.By;

/** The back-office steps an agent does in the browser. */
final class AgentSteps {

    private final Browser browser;
    private final VaadinPage page;
    private final String screenshotPrefix;

    AgentSteps(Browser browser, String screenshotPrefix) {
        this.browser = browser;
        this.page = new VaadinPage(browser);
        this.screenshotPrefix = screenshotPrefix;
    }

    /** An agent's first login: password, then the 2FA enrollment every agent must go through. */
    void logInForTheFirstTime(String email, String password) throws Exception {
        browser.awaitText("Agent login");
        page.type("login-email", email);
        page.type("login-password", password);
        page.press("Log in");

        browser.awaitText("Get started");
        browser.screenshot(screenshotPrefix + "0-agent-must-enroll");
        page.press("Get started");
        browser.awaitElement(By.id("enrollment-qr"));
        browser.awaitText("Scan the QR code");
        AuthenticatorApp app = browser.scanQrCode(By.id("enrollment-qr"));
        page.type("enrollment-code", app.codeAt(Instant.now()));
        page.press("Submit");
        browser.awaitText("Two-factor authentication has been activated on your account.");
        page.press("Close");
    }

    /** Searches customers from the search page and waits for a name among the results. */
    void search(String text, String expectedName) {
        page.type("customer-search-text", text);
        page.press("Search");
        browser.awaitText(expectedName);
    }
}
