package com.nordhost.clientarea.e2e;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * WCAG 2.2 AA (decision 0047) on every page of the back-office after the sign-in, in English, on a desktop, on a
 * phone (390 x 844) and at 200 % zoom, as {@link AccessibilityIT} does for the client area and the back-office's login
 * page: axe-core finds no violation and nothing scrolls sideways. On a product of its own, as the ADMIN agent's first
 * login enrols 2FA, which the shared product's journeys do for their own agents.
 */
class BackOfficeAccessibilityIT {

    /** Each page an ADMIN reaches from the menu, by its address and the id its view carries. */
    private static final Map<String, String> PAGES = new java.util.LinkedHashMap<>(Map.of(
            "customers/new", "new-customer-view",
            "customers/import", "import-customers-view",
            "recovery-requests", "recovery-requests-view",
            "my-sign-ins", "my-sign-ins",
            "audit", "audit-log-view",
            "agents", "agents-view",
            "api-tokens", "api-tokens-view"));

    @Test
    void every_back_office_page_on_a_desktop_a_phone_and_at_200_percent() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser browser = new Browser()) {
            browser.open(product.backOfficeUrl);
            AgentSteps agent = new AgentSteps(browser, "a11y-bo-");
            agent.logInForTheFirstTime("agent@example.com", "agent-password-1");
            browser.awaitElement(By.id("customer-search-view"));
            AccessibilityIT.everyWidth(browser, "bo-customer-search");
            agent.search("demo@", "Dana Demo");
            AccessibilityIT.everyWidth(browser, "bo-customer-search-results");
            browser.awaitElement(By.linkText("Dana Demo")).click();
            browser.awaitElement(By.id("customer-view"));
            AccessibilityIT.everyWidth(browser, "bo-customer");

            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                browser.open(product.backOfficeUrl.resolve(page.getKey()));
                browser.awaitElement(By.id(page.getValue()));
                AccessibilityIT.everyWidth(browser, "bo-" + page.getKey().replace('/', '-'));
            }
        }
    }
}
