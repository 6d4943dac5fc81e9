package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Recent security activity in Chromium (issue 22), on a product of its own: a login from a second browser (which
 * calls itself Firefox on Windows, and first types a wrong password) appears in the first browser's activity as a
 * login by "you" from that browser, after the wrong password summed up; the second browser's first page tells of
 * the wrong password since the login before.
 */
class RecentActivityIT {

    private static final String FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0)"
            + " Gecko/20100101 Firefox/140.0";

    @Test
    void a_login_from_a_second_browser_appears_in_the_first_ones_activity() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser first = new Browser()) {
            CustomerSteps customer = new CustomerSteps(first, "ra1");
            first.open(product.customerUrl);
            customer.logInWithPassword();
            first.awaitText("Welcome");
            customer.openSecuritySettings();
            first.awaitText("Recent security activity");
            List<List<String>> before = rows(first);
            assertThat(before.get(0)).contains("Logged in with the password", "Chrome on Linux", "you");
            showActivity(first);
            first.screenshot("ra1-activity-before");

            try (Browser second = new Browser()) {
                second.driver.executeCdpCommand("Network.setUserAgentOverride",
                        Map.of("userAgent", FIREFOX_ON_WINDOWS));
                VaadinPage page = new VaadinPage(second);
                second.open(product.customerUrl);
                second.awaitText("Log in to the Client area");
                page.type("login-email", CustomerSteps.EMAIL);
                page.type("login-password", "not the password");
                page.press("Log in");
                second.awaitText("The e-mail address or the password is wrong.");
                page.type("login-password", CustomerSteps.PASSWORD);
                page.press("Log in");
                second.awaitText("Welcome");
                second.awaitText("Since your last login: 1 wrong password from 1 address.");
                second.screenshot("ra2-second-browser-told-of-the-wrong-password");
            }

            first.driver.navigate().refresh();
            customer.openSecuritySettings();
            first.awaitText("Firefox on Windows");
            List<List<String>> after = rows(first);
            showActivity(first);
            first.screenshot("ra3-activity-after-the-second-login");
            assertThat(after).hasSize(before.size() + 2);
            assertThat(after.get(0)).contains("Logged in with the password", "Firefox on Windows", "you");
            assertThat(after.get(0).get(2)).matches("[0-9a-f.:]+");
            assertThat(after.get(1)).contains("1 wrong password from 1 address");
            assertThat(after.subList(2, after.size())).isEqualTo(before);
        }
    }

    private static void showActivity(Browser browser) {
        browser.driver.executeScript("arguments[0].scrollIntoView()",
                browser.awaitElement(By.id("security-activity")));
    }

    /** The activity table's rows, each as its cells' texts. */
    private static List<List<String>> rows(Browser browser) {
        browser.awaitElement(By.id("security-activity-table"));
        return browser.driver.findElements(By.cssSelector("#security-activity-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
