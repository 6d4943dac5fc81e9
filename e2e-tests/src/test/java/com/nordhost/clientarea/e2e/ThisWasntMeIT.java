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
 * "This wasn't me" as the owner meets it (decision 0042): the owner turns 2FA on and the notice, delivered through the
 * real SMTP path, carries the link; a second browser is signed in as the same customer; the owner opens the link
 * (nothing changes yet: the second browser still works) and presses "Secure my account"; the second browser's next
 * click lands on the login page, and the new-password link arrives and sets a new password. Its own server, so the
 * demo customer starts without 2FA whatever the shared server's journeys did.
 */
class ThisWasntMeIT {

    private static final Pattern PROTECT_LINK = Pattern.compile("this-wasnt-me\\?token=[A-Za-z0-9_\\-]+");
    private static final Pattern RESET_LINK = Pattern.compile("reset-password\\?token=[A-Za-z0-9_\\-]+");
    private static final String NEW_PASSWORD = "the owner's own new password 2026";

    @Test
    void the_notice_link_ends_the_other_browsers_sign_in_at_its_next_click_and_the_reset_mail_arrives()
            throws Exception {
        Mailbox mailbox = Mailbox.start();
        try (RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_MAIL_HOST", "127.0.0.1",
                "CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port())));
             Browser owner = new Browser(); Browser other = new Browser()) {
            owner.open(product.customerUrl);
            CustomerSteps ownerSteps = new CustomerSteps(owner, "twm1");
            ownerSteps.logInWithPassword();
            owner.awaitText("Welcome");
            ownerSteps.openSecuritySettings();
            CustomerSteps.Enrolled enrolled = ownerSteps.enableTwoFactor();
            String notice = body(awaitMail(mailbox, "Two-factor authentication was turned on"));
            assertThat(notice).contains("Wasn't this you? Secure your account with this link");
            Matcher protect = PROTECT_LINK.matcher(notice);
            assertThat(protect.find()).as("the notice carries its link").isTrue();

            // A second browser signed in as the same customer.
            VaadinPage otherPage = new VaadinPage(other);
            other.open(product.customerUrl);
            new CustomerSteps(other, "twm2").logInWithPassword();
            other.awaitText("Open your 2FA app");
            otherPage.type("second-factor-code", enrolled.app().freshCode());
            other.awaitElement(By.cssSelector("#second-factor-code input")).sendKeys(Keys.ENTER);
            other.awaitText("Welcome");
            otherPage.follow("My Account");
            other.awaitText("My details");
            other.screenshot("twm3-second-browser-signed-in");

            // The owner opens the link: a page that says what the button does, and changes nothing yet.
            VaadinPage ownerPage = new VaadinPage(owner);
            owner.open(product.customerUrl.resolve(protect.group()));
            owner.awaitText("Secure your account");
            owner.awaitText("ends every sign-in to your account, on every device, at its next click");
            owner.screenshot("twm4-this-wasnt-me-page");
            otherPage.follow("Security settings");
            other.awaitText("Two-factor authentication (2FA)");

            ownerPage.press("Secure my account");
            owner.awaitText("Your account is secured: every sign-in has ended");
            owner.screenshot("twm5-account-secured");

            // The second browser's next click ends there.
            otherPage.follow("My details");
            other.awaitText("Log in to the Client area");
            other.screenshot("twm6-second-browser-signed-out");

            // The new-password link arrives and works; the "secured" notice says what happened.
            assertThat(body(awaitMail(mailbox, "Your account was secured")))
                    .contains("Every sign-in to the account has ended");
            Matcher reset = RESET_LINK.matcher(body(awaitMail(mailbox, "Choose a new password")));
            assertThat(reset.find()).as("the reset mail carries its link").isTrue();
            owner.open(product.customerUrl.resolve(reset.group()));
            owner.awaitText("Choose a new password");
            ownerPage.type("reset-new", NEW_PASSWORD);
            ownerPage.type("reset-repeat", NEW_PASSWORD);
            ownerPage.press("Save the new password");
            owner.awaitText("Your password has been changed");

            owner.open(product.customerUrl.resolve(protect.group()));
            owner.awaitText("This link does not work: it was used already");
            owner.screenshot("twm7-link-used");
        } finally {
            mailbox.close();
        }
    }

    private static String body(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent()).replace("\r\n", "\n");
    }

    private static MimeMessage awaitMail(Mailbox mailbox, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : mailbox.greenMail.getReceivedMessages()) {
                if (subject.equals(message.getSubject())
                        && message.getAllRecipients()[0].toString().contains(CustomerSteps.EMAIL)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + CustomerSteps.EMAIL + " within 60 s");
    }
}
