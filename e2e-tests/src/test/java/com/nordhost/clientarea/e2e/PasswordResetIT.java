package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.e2e.ProductExtension.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * "Forgot your password?" as a customer goes through it in Chromium, with the link from the mail the real SMTP
 * path delivered: the same answer for an unknown address, a new password that works, a link that works once.
 * The demo customer's password is put back the same way at the end, so the other journeys keep theirs.
 */
@ExtendWith(ProductExtension.class)
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("reset-password\\?token=[A-Za-z0-9_\\-]+");
    private static final String NEW_PASSWORD = "Öresund & <bron> ¤½§£€¨; 2026";

    @Test
    void a_customer_resets_the_password_through_the_mailed_link(RunningProduct product, Mailbox mailbox)
            throws Exception {
        Set<String> linksBefore = links(mailbox);
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            browser.awaitText("Log in to the Client area");
            page.follow("Forgot your password?");
            String unknownAnswer = ask(browser, page, "nobody-" + System.nanoTime() + "@example.com");
            browser.screenshot("61-forgot-password-unknown-address");
            browser.open(product.customerUrl.resolve("forgot-password"));
            String knownAnswer = ask(browser, page, CustomerSteps.EMAIL);
            assertThat(knownAnswer).as("the same answer whether or not the address exists").isEqualTo(unknownAnswer);

            URI link = product.customerUrl.resolve(awaitNewLink(mailbox, linksBefore));
            browser.open(link);
            browser.awaitText("Choose a new password");
            page.type("reset-new", NEW_PASSWORD);
            page.type("reset-repeat", NEW_PASSWORD);
            browser.screenshot("62-reset-password-form");
            page.press("Save the new password");
            browser.awaitText("Your password has been changed");

            browser.open(link);
            browser.awaitText("This link does not work");
            browser.screenshot("63-reset-link-used-twice");
        }

        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            browser.awaitText("Log in to the Client area");
            page.type("login-email", CustomerSteps.EMAIL);
            page.type("login-password", CustomerSteps.PASSWORD);
            page.press("Log in");
            browser.awaitText("The e-mail address or the password is wrong.");

            page.type("login-password", NEW_PASSWORD);
            page.press("Log in");
            // With 2FA on (another journey may have turned it on) the code step follows: the password passed.
            browser.awaitElement(By.xpath("//*[contains(normalize-space(.), 'Welcome')"
                    + " or contains(normalize-space(.), 'Code from your 2FA app')]"));
            browser.screenshot("64-logged-in-with-the-new-password");
        }

        putTheDemoPasswordBack(product, mailbox);
    }

    private static String ask(Browser browser, VaadinPage page, String email) {
        browser.awaitText("Forgot your password?");
        page.type("forgot-email", email);
        page.press("Send link");
        return browser.awaitElement(By.id("forgot-sent")).getText();
    }

    private static void putTheDemoPasswordBack(RunningProduct product, Mailbox mailbox) throws Exception {
        Set<String> before = links(mailbox);
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl.resolve("forgot-password"));
            ask(browser, page, CustomerSteps.EMAIL);
            browser.open(product.customerUrl.resolve(awaitNewLink(mailbox, before)));
            browser.awaitText("Choose a new password");
            page.type("reset-new", CustomerSteps.PASSWORD);
            page.type("reset-repeat", CustomerSteps.PASSWORD);
            page.press("Save the new password");
            browser.awaitText("Your password has been changed");
        }
    }

    /** The reset links mailed to the demo customer so far (the link's origin is the configured one; the path counts). */
    private static Set<String> links(Mailbox mailbox) throws Exception {
        Set<String> links = new HashSet<>();
        for (MimeMessage message : mailbox.greenMail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(CustomerSteps.EMAIL)) {
                Matcher m = LINK.matcher(String.valueOf(message.getContent()));
                while (m.find()) {
                    links.add(m.group());
                }
            }
        }
        return links;
    }

    private static String awaitNewLink(Mailbox mailbox, Set<String> before) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Set<String> now = links(mailbox);
            now.removeAll(before);
            if (!now.isEmpty()) {
                return now.iterator().next();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No password-reset link mailed to " + CustomerSteps.EMAIL + " within 60 s");
    }
}
