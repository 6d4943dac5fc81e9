package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.2 AA (decision 0047, docs/accessibility.md) on the pages the other browser tests do not reach or reach only
 * in English on a desktop: every page before the sign-in in English and Swedish, the signed-in pages, each Security
 * settings dialog and each step of the wizard in Swedish, each state on a desktop, on a phone (390 x 844) and at
 * 200 % zoom. At each: axe-core finds no violation ({@link Browser#screenshot}), and nobody scrolls sideways (WCAG
 * 1.4.10). Screenshots at both widths land side by side in target/screenshots ({@code a11y-…-desktop},
 * {@code a11y-…-phone}).
 */
@ExtendWith(ProductExtension.class)
class AccessibilityIT {

    private static final String SWEDISH_EMAIL = "sara.svensk@example.com";

    @Test
    void the_pages_before_the_sign_in_in_english_and_swedish(RunningProduct product) {
        for (String language : new String[] {"en-GB", "sv-SE"}) {
            String lang = language.substring(0, 2);
            try (Browser browser = new Browser(language)) {
                VaadinPage page = new VaadinPage(browser);
                browser.open(product.customerUrl.resolve("login"));
                browser.awaitElement(By.id("login-email"));
                everyWidth(browser, lang + "-login");
                page.type("login-email", "nobody-" + lang + "@example.com");
                page.type("login-password", "not-the-password");
                browser.awaitElement(By.id("login-submit")).click();
                browser.awaitElement(By.id("login-error"));
                everyWidth(browser, lang + "-login-wrong-password");

                browser.open(product.customerUrl.resolve("forgot-password"));
                browser.awaitElement(By.id("forgot-email"));
                everyWidth(browser, lang + "-forgot-password");
                browser.awaitElement(By.id("forgot-submit")).click();
                browser.awaitElement(By.cssSelector("#forgot-email[invalid]"));
                everyWidth(browser, lang + "-forgot-password-no-address");

                browser.open(product.customerUrl.resolve("lost-both"));
                browser.awaitElement(By.id("recovery-email"));
                everyWidth(browser, lang + "-lost-both");
                page.type("recovery-email", "nobody-" + lang + "@example.com");
                page.type("recovery-password", "not-the-password");
                browser.scrollToAndClick(By.id("recovery-submit"));
                browser.awaitElement(By.id("recovery-result"));
                everyWidth(browser, lang + "-lost-both-refused");

                for (String link : new String[] {"reset-password", "invitation", "recovery/confirm", "recovery/cancel",
                        "this-wasnt-me"}) {
                    browser.open(product.customerUrl.resolve(link + "?token=no-such-token"));
                    browser.wait.until(d -> browser.visibleText().length() > 40);
                    everyWidth(browser, lang + "-link-" + link.replace('/', '-') + "-unknown-token");
                }

                browser.open(product.customerUrl.resolve("no-such-page"));
                browser.awaitElement(By.id("page-not-found"));
                everyWidth(browser, lang + "-page-not-found");

                browser.open(product.backOfficeUrl.resolve("login"));
                browser.awaitElement(By.id("login-email"));
                everyWidth(browser, lang + "-back-office-login");
            }
        }
    }

    @Test
    void the_signed_in_pages_every_dialog_and_the_wizard_in_swedish(RunningProduct product) throws Exception {
        ImportedCustomers.ensure(product, SWEDISH_EMAIL, "Sara Svensk", "sv");
        try (Browser browser = new Browser("sv-SE")) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            logIn(browser, page);
            browser.awaitElement(By.id("start-view"));
            everyWidth(browser, "sv-start");

            browser.open(product.customerUrl.resolve("account"));
            browser.awaitElement(By.id("my-details"));
            everyWidth(browser, "sv-my-details");
            browser.open(product.customerUrl.resolve("account?tab=security"));
            browser.awaitElement(By.id("twofactor-enable"));
            everyWidth(browser, "sv-security-settings-off");

            // The wizard, each step.
            browser.scrollToAndClick(By.id("twofactor-enable"));
            browser.awaitElement(By.id("enrollment-get-started"));
            everyWidth(browser, "sv-wizard-1-introduction");
            browser.awaitElement(By.id("enrollment-get-started")).click();
            browser.awaitElement(By.id("enrollment-qr"));
            WebElement key = browser.awaitElement(By.id("enrollment-secret"));
            assertThat(accessibleName(browser, key)).as("the key's own accessible name").isNotBlank();
            WebElement openInApp = browser.awaitElement(By.id("enrollment-open-in-app"));
            assertThat(openInApp.getAttribute("href")).startsWith("otpauth://totp/");
            assertThat(openInApp.getText()).isNotBlank();
            everyWidth(browser, "sv-wizard-2-qr-code");
            AuthenticatorApp app = browser.scanQrCode(By.id("enrollment-qr"));
            browser.awaitElement(By.cssSelector("#enrollment-code input")).sendKeys(app.wrongCode(), Keys.ENTER);
            browser.awaitElement(By.cssSelector("#enrollment-code[invalid]"));
            everyWidth(browser, "sv-wizard-3-wrong-code");
            page.type("enrollment-code", app.codeAt(Instant.now()));
            browser.scrollToAndClick(By.id("enrollment-submit"));
            browser.awaitElement(By.id("backup-code"));
            everyWidth(browser, "sv-wizard-4-activated-backup-code");
            browser.scrollToAndClick(By.id("enrollment-close"));
            browser.awaitElement(By.id("twofactor-disable"));
            everyWidth(browser, "sv-security-settings-on");

            // Every other dialog of Security settings.
            dialog(browser, "add-authenticator-app", "sv-dialog-add-app");
            dialog(browser, "new-backup-code", "sv-dialog-new-backup-code");
            dialog(browser, "change-password", "sv-dialog-change-password");
            dialog(browser, "download-my-data", "sv-dialog-download-my-data");
            browser.scrollToAndClick(By.id("twofactor-disable"));
            page.type("disable-password", "not-the-password");
            browser.scrollToAndClick(By.id("disable-submit"));
            browser.awaitElement(By.cssSelector("#disable-password[invalid]"));
            everyWidth(browser, "sv-dialog-disable-wrong-password");
            browser.pressKey(Keys.ESCAPE);
            browser.awaitGone(Browser.OPEN_DIALOG);

            // The code step, with a wrong code, and with the backup code instead.
            browser.scrollToAndClick(By.id("log-out"));
            browser.awaitElement(By.id("login-email"));
            logIn(browser, page);
            browser.awaitElement(By.cssSelector("#second-factor-code input"));
            everyWidth(browser, "sv-code-step");
            browser.awaitElement(By.cssSelector("#second-factor-code input")).sendKeys(app.wrongCode(), Keys.ENTER);
            browser.awaitElement(By.cssSelector("#second-factor-code[invalid]"));
            everyWidth(browser, "sv-code-step-wrong-code");
            browser.awaitElement(By.id("use-backup-code")).click();
            browser.awaitElement(By.cssSelector("#second-factor-backup-code input"));
            everyWidth(browser, "sv-code-step-backup-code");
        }
    }

    private static void dialog(Browser browser, String opener, String name) {
        browser.scrollToAndClick(By.id(opener));
        browser.awaitElement(Browser.OPEN_DIALOG);
        everyWidth(browser, name);
        browser.pressKey(Keys.ESCAPE);
        browser.awaitGone(Browser.OPEN_DIALOG);
        browser.screenshotAsItIs("a11y-" + name + "-closed");
    }

    private static void logIn(Browser browser, VaadinPage page) {
        page.type("login-email", SWEDISH_EMAIL);
        page.type("login-password", ImportedCustomers.PASSWORD);
        browser.awaitElement(By.id("login-submit")).click();
    }

    /**
     * The state on a desktop, on a phone and at 200 % zoom: checked by axe at the first two (with a screenshot each),
     * and at the last two with nothing wider than the window.
     */
    static void everyWidth(Browser browser, String name) {
        browser.screenshot("a11y-" + name + "-desktop");
        browser.phoneWidth();
        settle();
        browser.screenshot("a11y-" + name + "-phone");
        assertThat(browser.horizontalOverflow()).as("%s at %d px: sideways scrolling (px)", name,
                Browser.PHONE_WIDTH).isZero();
        browser.zoomed200Percent();
        settle();
        assertThat(browser.horizontalOverflow()).as("%s at 200 %% zoom: sideways scrolling (px)", name).isZero();
        browser.desktopWidth();
        settle();
    }

    /** Lets the page lay itself out anew for the window's new size (Vaadin's layouts listen for resizes). */
    private static void settle() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String accessibleName(Browser browser, WebElement element) {
        return element.getAccessibleName();
    }

}
