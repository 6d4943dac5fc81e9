package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * "Don't ask for a code on this browser" (decision 0020) in Chromium, on a product of its own (it changes the demo
 * customer's password): the ticked box lets browser 1 in with the password alone, a fresh browser 2 is still asked
 * for the code, "Forget all" in Security settings asks browser 1 again, and a password change forgets it too.
 */
class RememberedBrowserIT {

    private static final String NEW_PASSWORD = "a new demo password 2";
    private static final String CODE_STEP = "Code from your 2FA app";

    private long lastStep;

    @Test
    void a_remembered_browser_skips_the_code_until_forgotten_and_other_browsers_are_still_asked() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser first = new Browser()) {
            VaadinPage page = new VaadinPage(first);
            CustomerSteps customer = new CustomerSteps(first, "rb1");
            first.open(product.customerUrl);
            customer.logInWithPassword();
            customer.openSecuritySettings();
            AuthenticatorApp app = customer.enableTwoFactor().app();
            lastStep = step(Instant.now());
            customer.logOut();

            logInRemembering(first, page, app);
            Cookie cookie = first.driver.manage().getCookieNamed("CLIENTAREA_REMEMBERED");
            assertThat(cookie).as("the remembered-browser cookie").isNotNull();
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.getSameSite()).isEqualTo("Lax");
            assertThat(cookie.getExpiry()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(29))))
                    .isBefore(Date.from(Instant.now().plus(Duration.ofDays(31))));
            assertThat(String.valueOf(first.driver.executeScript("return document.cookie")))
                    .as("page scripts cannot read it").doesNotContain("CLIENTAREA_REMEMBERED");

            customer.logOut();
            customer.logInWithPassword();
            first.awaitText("Welcome");
            assertThat(first.visibleText()).doesNotContain(CODE_STEP);
            first.screenshot("rb2-in-with-the-password-alone");

            try (Browser second = new Browser()) {
                second.open(product.customerUrl);
                new CustomerSteps(second, "rb3").logInWithPassword();
                second.awaitText(CODE_STEP);
                assertThat(second.visibleText()).doesNotContain("Welcome");
                second.screenshot("rb3-another-browser-is-asked");
            }

            customer.openSecuritySettings();
            first.awaitText("Remembered browsers");
            assertThat(first.visibleText()).contains("Chrome on Linux (this browser)", "Remembered on", "Expires");
            first.screenshot("rb4-remembered-browsers");
            first.scrollToAndPress("Forget all");
            first.awaitText("Every remembered browser was forgotten");
            customer.logOut();
            customer.logInWithPassword();
            first.awaitText(CODE_STEP);
            first.screenshot("rb5-asked-again-after-forget-all");
            typeCode(first, page, app, true);
            first.awaitText("Welcome");

            customer.openSecuritySettings();
            first.scrollToAndPress("Change password");
            first.awaitText("New password again");
            page.type("change-password-current", CustomerSteps.PASSWORD);
            page.type("change-password-new", NEW_PASSWORD);
            page.type("change-password-repeat", NEW_PASSWORD);
            first.awaitElement(By.id("change-password-submit")).click();
            first.awaitGone(By.id("change-password-dialog"));
            first.awaitText("No browser is remembered");
            customer.logOut();
            page.type("login-email", CustomerSteps.EMAIL);
            page.type("login-password", NEW_PASSWORD);
            page.press("Log in");
            first.awaitText(CODE_STEP);
            first.screenshot("rb6-asked-again-after-a-password-change");
        }
    }

    /** Password, then the code with "Don't ask for a code on this browser" ticked. */
    private void logInRemembering(Browser browser, VaadinPage page, AuthenticatorApp app)
            throws InterruptedException {
        new CustomerSteps(browser, "rb1").logInWithPassword();
        browser.awaitText(CODE_STEP);
        typeCode(browser, page, app, true);
        browser.awaitText("Welcome");
        browser.screenshot("rb1-remembered");
    }

    private void typeCode(Browser browser, VaadinPage page, AuthenticatorApp app, boolean remember)
            throws InterruptedException {
        browser.awaitText("Don't ask for a code on this browser for 30 days");
        if (remember) {
            org.openqa.selenium.WebElement box = browser.awaitElement(By.id("remember-browser"));
            box.click();
            assertThat(box.getAttribute("checked")).as("ticked").isNotNull();
        }
        page.type("second-factor-code", freshCode(app));
        page.press("Log in");
    }

    /** A code of a step after the last one used: the product accepts each step once. */
    private String freshCode(AuthenticatorApp app) throws InterruptedException {
        while (step(Instant.now().plusSeconds(30)) <= lastStep) {
            Thread.sleep(1000);
        }
        Instant at = Instant.now().plusSeconds(30);
        lastStep = step(at);
        return app.codeAt(at);
    }

    private static long step(Instant instant) {
        return instant.getEpochSecond() / 30;
    }
}
