package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator erases a customer who is signed in (decision 0036): the customer's open page ends at its next
 * click, the password is refused as a wrong one, the customer page shows the tombstone, and the address is taken by
 * a new customer at once. Its own server: the demo customer is erased.
 */
class CustomerErasureIT {

    @Test
    void an_admin_erases_a_signed_in_customer_and_the_address_is_free_again() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser adminBrowser = new Browser(); Browser customerBrowser = new Browser()) {
            CustomerSteps customer = new CustomerSteps(customerBrowser, "era1");
            customerBrowser.open(product.customerUrl);
            customer.logInWithPassword();
            customerBrowser.awaitText("Welcome");

            VaadinPage admin = new VaadinPage(adminBrowser);
            AgentSteps agent = new AgentSteps(adminBrowser, "era2");
            adminBrowser.open(product.backOfficeUrl);
            agent.logInForTheFirstTime("agent@example.com", "agent-password-1");
            agent.search("demo@", "Dana Demo");
            adminBrowser.awaitElement(By.linkText("Dana Demo")).click();
            adminBrowser.awaitText("Erase customer");
            adminBrowser.scrollToAndClick(By.id("erase-open"));
            adminBrowser.awaitText("This cannot be undone.");
            admin.type("erase-ticket", "GDPR-2026-77");
            admin.type("erase-confirmation", "C100002");
            adminBrowser.scrollToAndClick(By.id("erase-ok"));
            adminBrowser.awaitText("This does not match what is asked above. Nothing was erased.");
            admin.type("erase-confirmation", "C100001");
            adminBrowser.screenshot("era3-erase-dialog");
            adminBrowser.scrollToAndClick(By.id("erase-ok"));
            adminBrowser.awaitText("The personal data of the customer was erased.");
            adminBrowser.awaitText("Erased on ");
            assertThat(adminBrowser.visibleText()).contains("C100001", "Erased customer")
                    .doesNotContain("demo@example.com", "Dana Demo");
            adminBrowser.screenshot("era4-erased");

            // The customer's open page ends at its next click; the password no longer signs in.
            new VaadinPage(customerBrowser).follow("My Account");
            customerBrowser.awaitText("Log in to the Client area");
            customer.logInWithPassword();
            customerBrowser.awaitText("The e-mail address or the password is wrong.");
            customerBrowser.screenshot("era5-erased-customer-refused");

            // The address is free for a new customer at once, in any letter case.
            adminBrowser.open(product.backOfficeUrl.resolve("customers/new"));
            adminBrowser.awaitText("New customer");
            admin.type("new-customer-fullName", "Dana Anew");
            admin.type("new-customer-email", "Demo@Example.com");
            admin.press("Create customer and send invitation");
            adminBrowser.awaitText("The invitation has been sent to");
            adminBrowser.screenshot("era6-address-taken-again");
        }
    }
}
