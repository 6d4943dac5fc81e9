package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.e2e.ProductExtension.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Lost both" as it should go, in Chromium, on a product of its own (fresh demo data, no waiting period): the
 * customer asks at the code step after the right password (and confirms that they mean it), confirms with the link
 * mailed to the registered address, a support agent finds the request in the queue and approves it, and the next
 * login needs no code.
 */
class RecoveryRequestIT {

    private static final Pattern CONFIRM_LINK = Pattern.compile("recovery/confirm\\?token=[A-Za-z0-9_\\-]+");

    @Test
    void a_confirmed_request_is_approved_in_the_queue_and_two_factor_authentication_goes() throws Exception {
        Mailbox mailbox = Mailbox.start();
        try (RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_MAIL_HOST", "127.0.0.1",
                "CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port()),
                "CLIENTAREA_RECOVERY_WAIT_HOURS", "0",
                // Log shippers' format, to show the security events reach the log as one JSON object per line.
                "CLIENTAREA_LOG_FORMAT", "json"))) {
            try (Browser browser = new Browser()) {
                CustomerSteps customer = new CustomerSteps(browser, "r1");
                browser.open(product.customerUrl);
                customer.logInWithPassword();
                customer.openSecuritySettings();
                customer.enableTwoFactor();
                customer.logOut();
            }

            try (Browser browser = new Browser()) {
                VaadinPage page = new VaadinPage(browser);
                browser.open(product.customerUrl);
                new CustomerSteps(browser, "r2").logInWithPassword();
                browser.awaitText("Code from your 2FA app");
                browser.awaitElement(By.xpath("//*[self::vaadin-button or self::a]"
                        + "[normalize-space(.)='Lost both your 2FA code and backup code?']")).click();
                // Nothing is filed before the customer has read what it does and confirmed.
                browser.awaitText("Ask our support to turn off two-factor authentication for this account?");
                browser.screenshot("r2-recovery-confirmation");
                browser.awaitElement(By.id("recovery-request-submit")).click();
                browser.awaitText("We have sent a confirmation link");
                browser.screenshot("r2-recovery-requested");

                browser.open(product.customerUrl.resolve(awaitLink(mailbox)));
                browser.awaitText("Confirm your request");
                page.press("Send the request to support");
                browser.awaitText("Thank you: your request is with our support.");
                browser.screenshot("r3-recovery-confirmed");
            }

            try (Browser browser = new Browser()) {
                VaadinPage page = new VaadinPage(browser);
                browser.open(product.backOfficeUrl);
                new AgentSteps(browser, "r4").logInForTheFirstTime("support@example.com", "support-password-1");
                page.follow("Recovery requests");
                browser.awaitElement(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.),"
                        + " 'demo@example.com')]")).click();
                browser.awaitText("Requester (verified by the confirmation link): demo@example.com");
                page.type("recovery-ticket", "T-9001");
                page.press("Approve the recovery");
                browser.awaitElement(By.id("confirm-ok")).click();
                browser.awaitText("Approved: two-factor authentication will be turned off after the waiting period");
                browser.screenshot("r5-recovery-approved");
            }

            try (Browser browser = new Browser()) {
                browser.open(product.customerUrl);
                new CustomerSteps(browser, "r6").logInWithPassword();
                browser.awaitText("Welcome");
                browser.screenshot("r6-in-without-a-code");
            }

            List<String> securityLines = product.serverLog().lines()
                    .filter(line -> line.contains("security event=")).toList();
            assertThat(securityLines).as("one JSON object per security event").isNotEmpty()
                    .allSatisfy(line -> assertThat(line.strip()).startsWith("{").endsWith("}"));
            assertThat(String.join("\n", securityLines)).contains("security event=RECOVERY_REQUEST_APPROVED",
                    "security event=TWO_FACTOR_REMOVED_BY_SUPPORT").doesNotContain("demo@example.com");
        } finally {
            mailbox.close();
        }
    }

    private static String awaitLink(Mailbox mailbox) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : mailbox.greenMail.getReceivedMessages()) {
                Matcher link = CONFIRM_LINK.matcher(String.valueOf(message.getContent()));
                if (message.getAllRecipients()[0].toString().contains(CustomerSteps.EMAIL) && link.find()) {
                    return link.group();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No recovery confirmation link mailed within 60 s");
    }
}
