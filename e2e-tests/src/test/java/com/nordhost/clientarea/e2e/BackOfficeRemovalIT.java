package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.e2e.ProductExtension.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The help article's last section, done by support: the customer has 2FA on and lost everything;
 * an agent logs in to the back-office (setting up their own 2FA first), finds the customer,
 * enters the ticket, the address the request came from and a reason, confirms, and the customer's
 * registered address receives the notification over SMTP.
 */
@ExtendWith(ProductExtension.class)
class BackOfficeRemovalIT {

    private static final String AGENT_EMAIL = "support@example.com";
    private static final String AGENT_PASSWORD = "support-password-1";

    @Test
    void an_agent_removes_a_customers_two_factor_and_the_customer_is_notified(RunningProduct product,
                                                                             Mailbox mailbox) throws Exception {
        try (Browser customerBrowser = new Browser()) {
            CustomerSteps customer = new CustomerSteps(customerBrowser, "3");
            customerBrowser.open(product.customerUrl);
            customer.logInWithPassword();
            customer.openSecuritySettings();
            customer.enableTwoFactor();
            customer.logOut();
        }

        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            AgentSteps agent = new AgentSteps(browser, "4");
            browser.open(product.backOfficeUrl);
            // Every agent must use 2FA: the first login goes through enrollment.
            agent.logInForTheFirstTime(AGENT_EMAIL, AGENT_PASSWORD);

            agent.search("demo@", "Dana Demo");
            browser.screenshot("41-customer-search");
            browser.awaitElement(By.linkText("Dana Demo")).click();
            browser.awaitText("Remove two-factor authentication");
            assertThat(browser.visibleText()).contains("C100001", "demo@example.com", "On since");

            page.press("Remove two-factor authentication…");
            page.type("remove-ticket", "T-4711");
            page.type("remove-requested-from", "  Demo@Example.com ");
            browser.driver.findElement(By.cssSelector("#remove-reason textarea"))
                    .sendKeys("Customer lost phone and backup code; request from registered address.");
            browser.screenshot("42-removal-form");
            page.press("Remove two-factor authentication");
            browser.awaitText("The customer is notified at the registered address.");
            browser.screenshot("43-removal-confirmation");
            page.press("Remove");
            browser.awaitText("Two-factor authentication was removed.");
            browser.screenshot("44-removed");
        }

        MimeMessage notice = awaitMailTo(mailbox, "demo@example.com");
        assertThat(notice.getSubject()).isNotBlank();
        assertThat(String.valueOf(notice.getContent())).containsIgnoringCase("two-factor");

        try (Browser customerBrowser = new Browser()) {
            CustomerSteps customer = new CustomerSteps(customerBrowser, "4");
            customerBrowser.open(product.customerUrl);
            customer.logInWithPassword();
            customerBrowser.awaitText("Welcome");
            customerBrowser.screenshot("45-customer-in-without-code");
        }
    }

    private static MimeMessage awaitMailTo(Mailbox mailbox, String recipient) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : mailbox.greenMail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().contains(recipient)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail to " + recipient + " within 60 s");
    }
}
