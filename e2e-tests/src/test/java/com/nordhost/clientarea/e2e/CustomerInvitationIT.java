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

/**
 * A customer comes in the way a hosting company brings one: a support agent creates the customer in the back-office,
 * the invitation mail (through the real SMTP path) carries a link where the customer chooses a Unicode password,
 * the customer signs in with it and turns two-factor authentication on. Its own server: the agent's first login
 * enrols 2FA, which the shared server's journeys do for their agents too.
 */
class CustomerInvitationIT {

    private static final Pattern INVITATION_LINK = Pattern.compile("invitation\\?token=[A-Za-z0-9_\\-]+");
    private static final String CUSTOMER_EMAIL = "ida.invited@example.com";
    private static final String CUSTOMER_PASSWORD = "Ida's ключ 🔑 på Öland";

    @Test
    void an_agent_invites_a_customer_who_chooses_a_password_and_turns_two_factor_on() throws Exception {
        Mailbox mailbox = Mailbox.start();
        try (RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_MAIL_HOST", "127.0.0.1",
                "CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port())))) {
            try (Browser browser = new Browser()) {
                VaadinPage page = new VaadinPage(browser);
                browser.open(product.backOfficeUrl);
                new AgentSteps(browser, "inv1").logInForTheFirstTime("support@example.com", "support-password-1");
                browser.awaitElement(By.id("new-customer")).click();
                browser.awaitText("New customer");
                page.type("new-customer-fullName", "Ida Invited");
                page.type("new-customer-email", CUSTOMER_EMAIL);
                browser.screenshot("inv2-new-customer-form");
                page.press("Create customer and send invitation");
                browser.awaitText("The invitation has been sent to " + CUSTOMER_EMAIL);
                browser.screenshot("inv3-customer-created");
            }

            MimeMessage invitation = awaitMailTo(mailbox, CUSTOMER_EMAIL);
            Matcher link = INVITATION_LINK.matcher(String.valueOf(invitation.getContent()));
            assertThat(link.find()).as("the invitation carries its link").isTrue();

            try (Browser browser = new Browser()) {
                VaadinPage page = new VaadinPage(browser);
                browser.open(product.customerUrl);
                browser.awaitText("Log in to the Client area");
                page.type("login-email", CUSTOMER_EMAIL);
                page.type("login-password", CUSTOMER_PASSWORD);
                page.press("Log in");
                browser.awaitText("The e-mail address or the password is wrong.");

                browser.open(product.customerUrl.resolve(link.group()));
                browser.awaitText("Choose your password");
                page.type("invitation-password", CUSTOMER_PASSWORD);
                page.type("invitation-repeat", CUSTOMER_PASSWORD);
                browser.screenshot("inv4-choose-password");
                page.press("Save my password");
                browser.awaitElement(By.id("invitation-done"));

                browser.open(product.customerUrl.resolve(link.group()));
                browser.awaitText("This link does not work: it was already used");

                browser.open(product.customerUrl);
                browser.awaitText("Log in to the Client area");
                page.type("login-email", CUSTOMER_EMAIL);
                page.type("login-password", CUSTOMER_PASSWORD);
                page.press("Log in");
                browser.awaitText("Welcome");
                CustomerSteps customer = new CustomerSteps(browser, "inv5");
                customer.openSecuritySettings();
                customer.enableTwoFactor();
                browser.screenshot("inv6-invited-customer-with-2fa");
            }
        } finally {
            mailbox.close();
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
