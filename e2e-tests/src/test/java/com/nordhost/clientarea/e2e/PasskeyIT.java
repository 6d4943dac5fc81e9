package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Passkeys that sign in alone (decision 0045) in Chromium with its virtual authenticator, on a product of its own (it
 * turns on the demo customer's 2FA): a passkey added with user verification signs in from the login page's button
 * with nothing typed; the same credential in an authenticator without user verification is refused alone and accepted
 * at the code step after the password; a copy of it with the counter it had when it was added is refused as cloned.
 */
class PasskeyIT {

    private static final String PASSKEY_BUTTON = "Sign in with a passkey";

    /** A phone or computer: a platform authenticator that keeps passkeys, verifying its user or not. */
    private static VirtualAuthenticator device(Browser browser, boolean verifiesUser) {
        return ((HasVirtualAuthenticator) browser.driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(verifiesUser)
                .setIsUserVerified(verifiesUser)
                .setIsUserConsenting(true));
    }

    /**
     * This browser without conditional mediation: Chromium's virtual authenticator answers the e-mail field's
     * autofill request at once with its passkey (the login page then signs in before anything is pressed, which
     * shows the autofill works), so the button's path is tested in browsers that do not offer it.
     */
    private static void withoutAutofillPasskeys(Browser browser) {
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "if (window.PublicKeyCredential) { PublicKeyCredential.isConditionalMediationAvailable ="
                        + " () => Promise.resolve(false); }"));
    }

    /** The same passkey (private key, user handle) with the counter given. */
    private static Credential copyOf(Credential passkey, int signCount) {
        return Credential.createResidentCredential(passkey.getId(), passkey.getRpId(), passkey.getPrivateKey(),
                passkey.getUserHandle(), signCount);
    }

    /**
     * One passkey through three browsers. Chromium itself offers a key that cannot verify its user no sign-in from
     * the button (it refuses a request with no account named at once, before anything reaches us), so the second
     * browser sees our message for a refused prompt; the server's own refusal of such an answer is proven with the
     * software authenticator in PasskeySignInTest and PasskeyLoginTest.
     */
    @Test
    void a_passkey_alone_an_unverified_key_after_the_password_a_copy_never() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser first = new Browser()) {
            withoutAutofillPasskeys(first);
            VirtualAuthenticator phone = device(first, true);
            VaadinPage page = new VaadinPage(first);
            CustomerSteps customer = new CustomerSteps(first, "pk1");
            first.open(product.customerUrl);
            first.awaitText(PASSKEY_BUTTON);
            assertThat(first.awaitAttribute(By.cssSelector("#login-email input"), "autocomplete"))
                    .as("passkeys in the e-mail field's autofill").isEqualTo("username webauthn");
            customer.logInWithPassword();
            customer.openSecuritySettings();
            customer.enableTwoFactor();

            first.scrollToAndPress("Add a security key or passkey");
            first.awaitElement(By.id("add-key-name"));
            page.type("add-key-name", "Phone");
            org.openqa.selenium.WebElement alone = first.awaitElement(By.id("add-key-passkey"));
            alone.click();
            assertThat(alone.getAttribute("checked")).as("ticked").isNotNull();
            page.type("add-key-password", CustomerSteps.PASSWORD);
            first.screenshot("pk1-adding-a-passkey");
            page.press("Continue");
            first.awaitText("The passkey \"Phone\" was added.");
            assertThat(first.visibleText()).contains("On its own (passkey)");
            first.screenshot("pk2-passkey-added");
            Credential added = phone.getCredentials().get(0);
            assertThat(added.isResidentCredential()).as("a discoverable credential").isTrue();
            assertThat(added.getRpId()).isEqualTo("localhost");

            customer.logOut();
            long pressed = System.nanoTime();
            page.press(PASSKEY_BUTTON);
            first.awaitText("Welcome");
            System.out.printf("PasskeyIT: from pressing %s to the start page: %d ms%n", PASSKEY_BUTTON,
                    (System.nanoTime() - pressed) / 1_000_000);
            first.screenshot("pk3-in-with-the-passkey-nothing-typed");
            Credential afterSignIn = phone.getCredentials().get(0);
            assertThat(afterSignIn.getSignCount()).as("the passkey counted the sign-in")
                    .isGreaterThan(added.getSignCount());

            try (Browser second = new Browser()) {
                withoutAutofillPasskeys(second);
                VirtualAuthenticator withoutPin = device(second, false);
                withoutPin.addCredential(copyOf(afterSignIn, afterSignIn.getSignCount()));
                VaadinPage secondPage = new VaadinPage(second);
                second.open(product.customerUrl);
                second.awaitText(PASSKEY_BUTTON);
                secondPage.press(PASSKEY_BUTTON);
                second.awaitText("No passkey was used");
                assertThat(second.visibleText()).doesNotContain("Welcome");
                second.screenshot("pk4-without-verification-refused-alone");

                new CustomerSteps(second, "pk5").logInWithPassword();
                second.awaitText("Use your security key");
                secondPage.press("Use your security key");
                second.awaitText("Welcome");
                second.screenshot("pk5-accepted-after-the-password");
            }

            try (Browser third = new Browser()) {
                withoutAutofillPasskeys(third);
                VirtualAuthenticator clone = device(third, true);
                clone.addCredential(copyOf(added, added.getSignCount()));
                third.open(product.customerUrl);
                third.awaitText(PASSKEY_BUTTON);
                new VaadinPage(third).press(PASSKEY_BUTTON);
                third.awaitText("This passkey was refused: a copy of it may exist");
                assertThat(third.visibleText()).doesNotContain("Welcome");
                third.screenshot("pk6-clone-refused");
            }
        }
    }
}
