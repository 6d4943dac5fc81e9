package com.nordhost.clientarea.e2e;

import java.util.stream.Collectors;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The help article, step by step, in a real browser against the real server: enable 2FA by
 * scanning the QR code off the screen, log out, log in with password and code (typed as the app
 * shows it, submitted with Enter, in a field that asks phones for the numeric keyboard), disable 2FA.
 * A screenshot of every step is left in target/screenshots.
 */
@ExtendWith(ProductExtension.class)
class TwoFactorJourneyIT {

    @Test
    void a_customer_enables_logs_in_with_a_code_and_disables_two_factor(RunningProduct product) throws Exception {
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            CustomerSteps customer = new CustomerSteps(browser, "1");
            browser.open(product.customerUrl);
            customer.logInWithPassword();
            browser.awaitText("Welcome");

            customer.openSecuritySettings();
            browser.screenshot("10-security-settings-off");
            // Leaving the wizard half-way with Esc changes nothing.
            page.press("Click here to enable");
            page.press("Get started");
            browser.awaitElement(By.id("enrollment-qr"));
            browser.pressKey(Keys.ESCAPE);
            browser.awaitGone(By.id("enrollment-qr"));
            assertThat(browser.visibleText()).contains("Two-factor authentication is off.");

            CustomerSteps.Enrolled enrolled = customer.enableTwoFactor();
            assertThat(enrolled.app().keyUri)
                    .startsWith("otpauth://totp/").contains("demo%40example.com", "digits=6", "period=30");
            browser.screenshot("15-security-settings-on");

            customer.logOut();
            customer.logInWithPassword();
            browser.awaitText("Open your 2FA app");
            browser.screenshot("16-second-step");
            WebElement codeInput = browser.awaitElement(By.cssSelector("#second-factor-code input"));
            assertThat(codeInput.getAttribute("inputmode")).isEqualTo("numeric");
            assertThat(codeInput.getAttribute("autocomplete")).isEqualTo("one-time-code");
            page.type("second-factor-code", spaced(enrolled.app().nextCode()));
            codeInput.sendKeys(Keys.ENTER);
            browser.awaitText("Welcome");
            browser.screenshot("17-logged-in-with-code");

            customer.openSecuritySettings();
            downloadMyData(browser, page);
            browser.driver.navigate().refresh();
            customer.openSecuritySettings();
            page.press("Click here to disable");
            browser.awaitText("Enter the password you use for logging on to the Client area.");
            page.type("disable-password", CustomerSteps.PASSWORD);
            browser.screenshot("18-disable-dialog");
            page.press("Disable two-factor authentication");
            browser.awaitText("Two-factor authentication has been disabled.");
            assertThat(browser.visibleText()).contains("no longer protected");
            browser.screenshot("19-disabled");
            page.press("Close");
            browser.awaitText("Two-factor authentication is off.");
        }
    }

    /** Download my data: the password, then the JSON file, fetched with this browser's session as a click would. */
    private static void downloadMyData(Browser browser, VaadinPage page) throws Exception {
        browser.scrollToAndClick(By.id("download-my-data"));
        page.type("my-data-password", CustomerSteps.PASSWORD);
        browser.awaitElement(By.id("my-data-submit")).click();
        String href = browser.awaitElement(By.id("my-data-json")).getAttribute("href");
        String cookies = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).startsWith("{").contains(CustomerSteps.EMAIL, "AUTHENTICATOR_APP")
                .doesNotContain(CustomerSteps.PASSWORD);
        browser.screenshot("17b-my-data-ready");
        browser.awaitElement(By.id("my-data-close")).click();
    }

    /** Apps show codes as "123 456"; people type them that way. */
    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
