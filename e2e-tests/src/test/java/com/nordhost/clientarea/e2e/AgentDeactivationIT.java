package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin deactivates an agent who is signed in with a customer search open: the agent's next
 * click in that open page lands on the login page, not on more customers.
 */
@ExtendWith(ProductExtension.class)
class AgentDeactivationIT {

    private static final String ADMIN_EMAIL = "agent@example.com";
    private static final String ADMIN_PASSWORD = "agent-password-1";
    private static final String LEAVING_EMAIL = "zz-leaving@example.com";
    private static final String LEAVING_PASSWORD = "leaving-agent-pass-1";

    @Test
    void a_deactivated_agents_open_page_stops_at_its_next_click(RunningProduct product) throws Exception {
        try (Browser adminBrowser = new Browser(); Browser leavingBrowser = new Browser()) {
            VaadinPage admin = new VaadinPage(adminBrowser);
            adminBrowser.open(product.backOfficeUrl);
            new AgentSteps(adminBrowser, "5").logInForTheFirstTime(ADMIN_EMAIL, ADMIN_PASSWORD);
            admin.follow("Agents");
            admin.type("agent-name", "Lee Leaving");
            admin.type("agent-email", LEAVING_EMAIL);
            admin.type("agent-password", LEAVING_PASSWORD);
            admin.press("Create agent");
            adminBrowser.awaitText("The agent was created.");

            AgentSteps leaving = new AgentSteps(leavingBrowser, "6");
            VaadinPage leavingPage = new VaadinPage(leavingBrowser);
            leavingBrowser.open(product.backOfficeUrl);
            leaving.logInForTheFirstTime(LEAVING_EMAIL, LEAVING_PASSWORD);
            leaving.search("demo@", "Dana Demo");
            leavingBrowser.screenshot("61-agent-searching");

            // The agents are listed by address, so the one just created is the last with a Deactivate button.
            adminBrowser.awaitText(LEAVING_EMAIL);
            List<WebElement> deactivate = adminBrowser.driver.findElements(
                    By.cssSelector("vaadin-button[id^='deactivate-']"));
            deactivate.get(deactivate.size() - 1).click();
            adminBrowser.awaitText("Deactivate Lee Leaving (" + LEAVING_EMAIL + ")?");
            adminBrowser.awaitElement(By.id("confirm-ok")).click();
            adminBrowser.awaitText("The agent was deactivated.");
            adminBrowser.screenshot("51-agent-deactivated");

            leavingPage.press("Search");
            leavingBrowser.awaitText("Agent login");
            leavingBrowser.screenshot("62-deactivated-agent-signed-out");
            assertThat(leavingBrowser.visibleText()).doesNotContain("Dana Demo");
        }
    }
}
