package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What a first-time customer tripped over (issue 24), tried again as they would, in Chromium: on a phone (390 × 844
 * CSS px) the header fits and Log out is on screen, in the top bar and in the menu; Svenska chosen on the login page
 * is what they get after login and after logout; after the wizard closes, the keyboard's focus is on the new status,
 * not lost on the page's body. Leaves the shared demo customer as found (English, two-factor authentication off).
 */
@ExtendWith(ProductExtension.class)
class FirstTimeCustomerIT {

    /** A phone's viewport, as Chromium's device emulation gives it (the window itself cannot get this narrow). */
    private static void phoneSized(Browser browser) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headerLayout(Browser browser) {
        return (Map<String, Object>) browser.driver.executeScript("""
                const bar = document.getElementById('top-bar');
                const logOut = document.getElementById('log-out').getBoundingClientRect();
                return {
                  viewport: window.innerWidth, viewportHeight: window.innerHeight,
                  pageWidth: document.documentElement.scrollWidth,
                  barWidth: bar.scrollWidth, barVisibleWidth: bar.clientWidth,
                  barRight: Math.round(bar.getBoundingClientRect().right),
                  logOutLeft: Math.round(logOut.left), logOutRight: Math.round(logOut.right),
                  logOutTop: Math.round(logOut.top), logOutBottom: Math.round(logOut.bottom),
                  nameRight: Math.round(document.getElementById('signed-in-as').getBoundingClientRect().right),
                  languageRight: Math.round(document.getElementById('language-switch').getBoundingClientRect().right)
                };""");
    }

    private static int number(Map<String, Object> layout, String key) {
        return ((Number) layout.get(key)).intValue();
    }

    @Test
    void on_a_phone_the_header_fits_and_log_out_is_on_screen_in_the_bar_and_in_the_menu(RunningProduct product) {
        try (Browser browser = new Browser()) {
            phoneSized(browser);
            CustomerSteps customer = new CustomerSteps(browser, "phone");
            browser.open(product.customerUrl);
            customer.logInWithPassword();
            browser.awaitText("Welcome");
            browser.awaitElement(By.id("log-out"));
            browser.screenshot("phone-390-start");

            Map<String, Object> layout = headerLayout(browser);
            System.out.println("Header at 390 px: " + layout);
            assertThat(number(layout, "viewport")).as("the phone's viewport").isEqualTo(390);
            assertThat(number(layout, "barWidth")).as("the header's content fits its width")
                    .isLessThanOrEqualTo(number(layout, "barVisibleWidth"));
            assertThat(number(layout, "barRight")).as("the header ends on screen").isLessThanOrEqualTo(390);
            assertThat(number(layout, "logOutLeft")).as("Log out on screen").isGreaterThanOrEqualTo(0);
            assertThat(number(layout, "logOutRight")).as("Log out on screen").isLessThanOrEqualTo(390);
            assertThat(number(layout, "logOutBottom")).as("Log out on screen")
                    .isLessThanOrEqualTo(number(layout, "viewportHeight"));
            assertThat(number(layout, "nameRight")).as("the customer's name on screen").isLessThanOrEqualTo(390);
            assertThat(number(layout, "languageRight")).as("the language on screen").isLessThanOrEqualTo(390);
            assertThat(number(layout, "pageWidth")).as("no horizontal scrolling").isLessThanOrEqualTo(390);

            // The menu (closed on a phone until opened) has Log out too, and it works.
            browser.awaitElement(By.cssSelector("vaadin-drawer-toggle")).click();
            browser.awaitElement(By.id("menu-log-out"));
            // The menu slides in: the picture once it is all there.
            browser.wait.until(d -> Boolean.TRUE.equals(browser.driver.executeScript("return document"
                    + ".querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=drawer]')"
                    + ".getBoundingClientRect().left === 0")));
            browser.screenshot("phone-390-menu");
            browser.awaitElement(By.id("menu-log-out")).click();
            browser.awaitText("Log in to the Client area");
            browser.screenshot("phone-390-logged-out-from-menu");

            // The top bar's Log out works the same.
            customer.logInWithPassword();
            browser.awaitText("Welcome");
            browser.awaitElement(By.id("log-out")).click();
            browser.awaitText("Log in to the Client area");
        }
    }

    @Test
    void svenska_chosen_on_the_login_page_holds_after_login_and_after_logout(RunningProduct product) {
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            CustomerSteps customer = new CustomerSteps(browser, "language");
            browser.open(product.customerUrl);
            // An English login first: the account's stored language is English.
            customer.logInWithPassword();
            browser.awaitText("Welcome");
            customer.logOut();

            chooseLanguage(browser, "Svenska");
            browser.awaitText("Logga in i kundzonen");
            logInById(browser, page);
            browser.awaitText("Välkommen");
            assertThat(pageLanguage(browser)).isEqualTo("sv");
            browser.screenshot("language-1-svenska-after-login");

            browser.awaitElement(By.id("log-out")).click();
            browser.awaitText("Logga in i kundzonen");
            assertThat(browser.visibleText()).doesNotContain("Log in to the Client area");
            browser.screenshot("language-2-svenska-after-logout");

            // And back: English chosen on the login page is stored the same way (the demo customer as found).
            chooseLanguage(browser, "English");
            browser.awaitText("Log in to the Client area");
            logInById(browser, page);
            browser.awaitText("Welcome");
            assertThat(pageLanguage(browser)).isEqualTo("en");
            customer.logOut();
        }
    }

    @Test
    void after_the_wizard_closes_focus_is_on_the_new_status_and_grey_text_is_dark_enough(RunningProduct product)
            throws Exception {
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            CustomerSteps customer = new CustomerSteps(browser, "focus");
            browser.open(product.customerUrl);
            customer.logInWithPassword();
            customer.openSecuritySettings();
            assertThat(browser.driver.executeScript("return getComputedStyle(document.documentElement)"
                    + ".getPropertyValue('--lumo-tertiary-text-color').trim()"))
                    .as("the theme's tertiary grey, 5.3:1 on white").isEqualTo("hsla(214, 42%, 18%, 0.69)");

            browser.awaitText("Two-factor authentication is off.");
            page.press("Click here to enable");
            page.press("Get started");
            browser.awaitElement(By.id("enrollment-qr"));
            AuthenticatorApp app = browser.scanQrCode(By.id("enrollment-qr"));
            page.type("enrollment-code", app.codeAt(java.time.Instant.now()));
            browser.awaitElement(By.cssSelector("#enrollment-code input")).sendKeys(Keys.ENTER);
            browser.awaitText("Two-factor authentication has been activated on your account.");
            // The wizard puts the focus on its red Close; the keyboard closes it.
            browser.wait.until(d -> "enrollment-close".equals(activeElementId(browser)));
            browser.pressKey(Keys.ENTER);
            browser.awaitText("Two-factor authentication is on");
            browser.wait.until(d -> "twofactor-status".equals(activeElementId(browser)));
            browser.screenshot("focus-1-status-after-wizard");

            page.press("Click here to disable");
            page.type("disable-password", CustomerSteps.PASSWORD);
            page.press("Disable two-factor authentication");
            browser.awaitText("Two-factor authentication has been disabled.");
            page.press("Close");
            browser.awaitText("Two-factor authentication is off.");
            browser.wait.until(d -> "twofactor-status".equals(activeElementId(browser)));
            customer.logOut();
        }
    }

    private static String activeElementId(Browser browser) {
        return String.valueOf(browser.driver.executeScript(
                "return document.activeElement ? document.activeElement.id : null"));
    }

    private static String pageLanguage(Browser browser) {
        return String.valueOf(browser.driver.executeScript("return document.documentElement.lang"));
    }

    private static void chooseLanguage(Browser browser, String language) {
        browser.awaitElement(By.id("language-switch")).click();
        browser.awaitElement(By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']")).click();
    }

    private static void logInById(Browser browser, VaadinPage page) {
        page.type("login-email", CustomerSteps.EMAIL);
        page.type("login-password", CustomerSteps.PASSWORD);
        browser.awaitElement(By.id("login-submit")).click();
    }
}
