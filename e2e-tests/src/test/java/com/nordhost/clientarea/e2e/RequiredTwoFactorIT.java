package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Required two-factor authentication (decision 0046) in a real browser against a product started with
 * {@code CLIENTAREA_TWOFACTOR_REQUIRED=true} and a grace of 0 days, so the demo customer, who has no 2FA, is past the
 * grace at the first login: My Account cannot be reached (typed address included) until the seed's wizard, label by
 * label as the help article shows it, has turned 2FA on; then the page asked for opens, and Security settings says
 * why 2FA cannot be turned off. A product of its own, since the shared one runs with the setting off.
 */
class RequiredTwoFactorIT {

    @Test
    void a_customer_past_the_grace_period_reaches_my_account_only_after_the_wizard() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_TWOFACTOR_REQUIRED", "true",
                "CLIENTAREA_TWOFACTOR_GRACE_DAYS", "0"));
             Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            CustomerSteps customer = new CustomerSteps(browser, "required");

            // My Account, asked for directly: the login first.
            browser.open(product.customerUrl.resolve("account"));
            customer.logInWithPassword();
            browser.awaitText("Your account must use two-factor authentication. Set it up now to continue to the"
                    + " Client area.");
            browser.awaitText("Get started");
            browser.screenshot("required-1-wizard-after-the-password");

            // Leaving the wizard signs nobody in; My Account by its address leads back to the login.
            browser.pressKey(Keys.ESCAPE);
            browser.awaitText("Two-factor authentication is not set up yet. You cannot use the Client area without"
                    + " it.");
            browser.open(product.customerUrl.resolve("account"));
            browser.awaitText("Log in to the Client area");
            assertThat(browser.visibleText()).doesNotContain("Security settings", "My details");
            browser.screenshot("required-2-my-account-not-reachable");

            // The seed's wizard, label by label.
            customer.logInWithPassword();
            browser.awaitText("Get started");
            assertThat(browser.visibleText()).contains("Set up two-factor authentication");
            page.press("Get started");
            browser.awaitElement(By.id("enrollment-qr"));
            browser.awaitText("Scan the QR code");
            AuthenticatorApp app = browser.scanQrCode(By.id("enrollment-qr"));
            page.type("enrollment-code", app.codeAt(Instant.now()));
            page.press("Submit");
            browser.awaitText("Two-factor authentication has been activated on your account.");
            assertThat(browser.awaitElement(By.id("backup-code")).getText()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
            browser.screenshot("required-3-activated");
            page.press("Close");

            // Signed in, on the page asked for; 2FA is on and cannot be turned off while required.
            page.follow("Security settings");
            browser.awaitText("Two-factor authentication is on");
            browser.awaitText("Nordhost requires two-factor authentication for every customer, so it cannot be"
                    + " turned off.");
            assertThat(browser.awaitElement(By.id("twofactor-disable")).getAttribute("disabled")).isNotNull();
            assertThat(browser.visibleText()).doesNotContain("Set it up within");
            browser.screenshot("required-4-disable-says-why");

            // The next login asks for the code, as for anyone with 2FA.
            customer.logOut();
            customer.logInWithPassword();
            browser.awaitText("Open your 2FA app");
            page.type("second-factor-code", app.nextCode());
            page.press("Log in");
            browser.awaitText("Welcome");
        }
    }
}
