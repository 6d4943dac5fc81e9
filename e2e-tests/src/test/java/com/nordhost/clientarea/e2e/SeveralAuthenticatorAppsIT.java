package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Two authenticator apps on the demo customer's account in Chromium: the wizard's app on the phone, a "Tablet"
 * added under Security settings by scanning its own QR code. Both log in; the phone's app removed with the password
 * stops working and the tablet goes on. Ends with the article's "Click here to disable", so the shared product's
 * demo customer is left as it was found.
 */
@ExtendWith(ProductExtension.class)
class SeveralAuthenticatorAppsIT {

    private static final String CODE_STEP = "Code from your 2FA app";

    @Test
    void two_apps_both_log_in_and_a_removed_one_stops(RunningProduct product) throws Exception {
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            CustomerSteps customer = new CustomerSteps(browser, "apps");
            browser.open(product.customerUrl);
            customer.logInWithPassword();
            browser.awaitText("Welcome");
            customer.openSecuritySettings();
            AuthenticatorApp phone = customer.enableTwoFactor().app();
            // The wizard's confirming code used the current step; the phone hands out later ones from here on.
            phone.freshCode();

            browser.awaitText("Authenticator apps");
            assertThat(browser.visibleText()).contains("Authenticator app", "Add an authenticator app");
            browser.scrollToAndClick(By.id("add-authenticator-app"));
            // The password first: a taken session cannot add its own phone.
            browser.awaitElement(By.id("add-app-password"));
            page.type("add-app-password", CustomerSteps.PASSWORD);
            browser.scrollToAndClick(By.id("add-app-password-submit"));
            browser.awaitElement(By.id("add-app-qr"));
            page.type("add-app-name", "Tablet");
            AuthenticatorApp tablet = browser.scanQrCode(By.id("add-app-qr"));
            assertThat(tablet.keyUri).isNotEqualTo(phone.keyUri).contains("demo%40example.com");
            page.type("add-app-code", tablet.freshCode());
            browser.screenshot("apps-1-tablet-scanned");
            // The dialog is taller than the window: Enter in the code field submits, as the wizard's does.
            browser.awaitElement(By.cssSelector("#add-app-code input")).sendKeys(Keys.ENTER);
            browser.awaitText("The app \"Tablet\" has been added.");
            browser.screenshot("apps-2-tablet-added");
            browser.scrollToAndClick(By.id("add-app-close"));
            browser.awaitText("its codes now log you in too");
            browser.screenshot("apps-3-two-apps-listed");

            customer.logOut();
            logInWithCode(browser, page, customer, tablet.freshCode());
            browser.awaitText("Welcome");
            customer.logOut();
            logInWithCode(browser, page, customer, phone.freshCode());
            browser.awaitText("Welcome");

            customer.openSecuritySettings();
            browser.awaitText("Authenticator apps");
            browser.scrollToAndClick(By.xpath("//tr[td[normalize-space(.)='Authenticator app']]//vaadin-button"));
            browser.awaitElement(By.id("remove-app-password"));
            page.type("remove-app-password", CustomerSteps.PASSWORD);
            browser.screenshot("apps-4-remove-phone");
            browser.scrollToAndClick(By.id("remove-app-submit"));
            browser.awaitText("its codes no longer log you in");
            browser.screenshot("apps-5-phone-removed");

            customer.logOut();
            logInWithCode(browser, page, customer, phone.freshCode());
            browser.awaitText("That code is not right");
            assertThat(browser.visibleText()).doesNotContain("Welcome");
            browser.screenshot("apps-6-phone-refused");
            page.type("second-factor-code", tablet.freshCode());
            page.press("Log in");
            browser.awaitText("Welcome");

            customer.openSecuritySettings();
            page.press("Click here to disable");
            page.type("disable-password", CustomerSteps.PASSWORD);
            page.press("Disable two-factor authentication");
            browser.awaitText("Two-factor authentication has been disabled.");
            page.press("Close");
            browser.awaitText("Two-factor authentication is off.");
            assertThat(browser.visibleText()).doesNotContain("Authenticator apps");
        }
    }

    private static void logInWithCode(Browser browser, VaadinPage page, CustomerSteps customer, String code) {
        customer.logInWithPassword();
        browser.awaitText(CODE_STEP);
        page.type("second-factor-code", code);
        page.press("Log in");
    }
}
