package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.e2e.ProductExtension.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A customer comes in the way a hosting company brings one: a support agent creates the customer in the back-office,
 * the invitation mail (through the real SMTP path) carries a link where the customer chooses a Unicode password,
 * the customer signs in with it and turns two-factor authentication on; support deactivates the account and the
 * customer's open page ends at its next click and the password is refused as a wrong one; reactivated, the customer
 * signs in with the same password and second factor. Its own server: the agent's first login enrols 2FA, which the
 * shared server's journeys do for their agents too.
 */
class CustomerInvitationIT {

    private static final Pattern INVITATION_LINK = Pattern.compile("invitation\\?token=[A-Za-z0-9_\\-]+");
    private static final String CUSTOMER_EMAIL = "ida.invited@example.com";
    private static final String CUSTOMER_PASSWORD = "Ida's ключ 🔑 på Öland";

    @Test
    void an_invited_customer_chooses_a_password_turns_two_factor_on_and_is_deactivated_and_reactivated()
            throws Exception {
        Mailbox mailbox = Mailbox.start();
        try (RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_MAIL_HOST", "127.0.0.1",
                "CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port())));
             Browser agentBrowser = new Browser(); Browser customerBrowser = new Browser()) {
            VaadinPage agent = new VaadinPage(agentBrowser);
            agentBrowser.open(product.backOfficeUrl);
            new AgentSteps(agentBrowser, "inv1").logInForTheFirstTime("support@example.com", "support-password-1");
            agentBrowser.awaitElement(By.id("new-customer")).click();
            agentBrowser.awaitText("New customer");
            agent.type("new-customer-fullName", "Ida Invited");
            agent.type("new-customer-email", CUSTOMER_EMAIL);
            agentBrowser.screenshot("inv2-new-customer-form");
            agent.press("Create customer and send invitation");
            agentBrowser.awaitText("The invitation has been sent to " + CUSTOMER_EMAIL);
            agentBrowser.awaitElement(By.id("customer-status"));
            agentBrowser.screenshot("inv3-customer-created");

            MimeMessage invitation = awaitMailTo(mailbox, CUSTOMER_EMAIL);
            Matcher link = INVITATION_LINK.matcher(String.valueOf(invitation.getContent()));
            assertThat(link.find()).as("the invitation carries its link").isTrue();

            VaadinPage page = new VaadinPage(customerBrowser);
            customerBrowser.open(product.customerUrl);
            logIn(customerBrowser, page);
            customerBrowser.awaitText("The e-mail address or the password is wrong.");

            customerBrowser.open(product.customerUrl.resolve(link.group()));
            customerBrowser.awaitText("Choose your password");
            page.type("invitation-password", CUSTOMER_PASSWORD);
            page.type("invitation-repeat", CUSTOMER_PASSWORD);
            customerBrowser.screenshot("inv4-choose-password");
            page.press("Save my password");
            customerBrowser.awaitElement(By.id("invitation-done"));
            customerBrowser.open(product.customerUrl.resolve(link.group()));
            customerBrowser.awaitText("This link does not work: it was already used");

            customerBrowser.open(product.customerUrl);
            logIn(customerBrowser, page);
            customerBrowser.awaitText("Welcome");
            CustomerSteps customer = new CustomerSteps(customerBrowser, "inv5");
            customer.openSecuritySettings();
            CustomerSteps.Enrolled enrolled = customer.enableTwoFactor();
            customerBrowser.screenshot("inv6-invited-customer-with-2fa");

            // Support deactivates the account while the customer's page is open: its next click ends there.
            agentBrowser.driver.navigate().refresh();
            agent.type("deactivate-ticket", "T-77");
            agentBrowser.awaitElement(By.cssSelector("#deactivate-reason textarea"))
                    .sendKeys("Customer asked to close the account for now.");
            agentBrowser.scrollToAndClick(By.id("deactivate-submit"));
            agentBrowser.awaitElement(By.id("confirm-ok")).click();
            agentBrowser.awaitText("The account was deactivated.");
            agentBrowser.screenshot("inv7-deactivated");

            page.follow("My details");
            customerBrowser.awaitText("Log in to the Client area");
            logIn(customerBrowser, page);
            customerBrowser.awaitText("The e-mail address or the password is wrong.");
            customerBrowser.screenshot("inv8-deactivated-customer-refused");

            agent.type("reactivate-ticket", "T-78");
            agentBrowser.awaitElement(By.cssSelector("#reactivate-reason textarea"))
                    .sendKeys("Customer is back.");
            agentBrowser.scrollToAndClick(By.id("reactivate-submit"));
            agentBrowser.awaitElement(By.id("confirm-ok")).click();
            agentBrowser.awaitText("The account was reactivated.");

            // The same password and, as it was, the same second factor.
            customerBrowser.open(product.customerUrl);
            logIn(customerBrowser, page);
            customerBrowser.awaitText("Open your 2FA app");
            page.type("second-factor-code", enrolled.app().freshCode());
            customerBrowser.awaitElement(By.cssSelector("#second-factor-code input")).sendKeys(Keys.ENTER);
            customerBrowser.awaitText("Welcome");
            customerBrowser.screenshot("inv9-reactivated-customer-signed-in");
        } finally {
            mailbox.close();
        }
    }

    private static void logIn(Browser browser, VaadinPage page) {
        browser.awaitText("Log in to the Client area");
        page.type("login-email", CUSTOMER_EMAIL);
        page.type("login-password", CUSTOMER_PASSWORD);
        page.press("Log in");
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
