package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Security keys (decision 0024) in Chromium with its virtual authenticator (WebAuthn over DevTools), on a product
 * of its own (it turns on the demo customer's 2FA): a key is added by name under Security settings, signs in at the
 * code step with no code typed, a copy of it with a lower signature counter is refused (and the back-office's audit
 * log shows it), and once removed with the password the key is no longer offered.
 */
class SecurityKeyIT {

    private static final String CODE_STEP = "Code from your 2FA app";
    private static final String USE_KEY = "Use your security key";

    private static VirtualAuthenticator securityKey(Browser browser) {
        return ((HasVirtualAuthenticator) browser.driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                .setHasResidentKey(false)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    @Test
    void a_security_key_signs_in_without_a_code_a_clone_is_refused_and_a_removed_key_is_gone() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser first = new Browser()) {
            VirtualAuthenticator key = securityKey(first);
            VaadinPage page = new VaadinPage(first);
            CustomerSteps customer = new CustomerSteps(first, "sk1");
            first.open(product.customerUrl);
            customer.logInWithPassword();
            customer.openSecuritySettings();
            customer.enableTwoFactor();

            first.awaitText("Security keys and passkeys");
            first.awaitText("No security key or passkey has been added.");
            first.scrollToAndPress("Add a security key or passkey");
            first.awaitElement(By.id("add-key-name"));
            page.type("add-key-name", "Blue YubiKey");
            page.type("add-key-password", CustomerSteps.PASSWORD);
            page.press("Continue");
            first.awaitText("The security key \"Blue YubiKey\" was added.");
            first.screenshot("sk1-key-added");
            assertThat(first.visibleText()).contains("Blue YubiKey", "Not yet");
            List<Credential> made = key.getCredentials();
            assertThat(made).as("the key holds one credential for localhost").singleElement()
                    .satisfies(c -> assertThat(c.getRpId()).isEqualTo("localhost"));
            Credential copied = made.get(0);

            customer.logOut();
            customer.logInWithPassword();
            first.awaitText(USE_KEY);
            assertThat(first.visibleText()).as("the code stays offered").contains(CODE_STEP);
            first.screenshot("sk2-key-offered-first");
            page.press(USE_KEY);
            first.awaitText("Welcome");
            first.screenshot("sk3-in-with-the-key");
            assertThat(key.getCredentials().get(0).getSignCount()).as("the key counted the login")
                    .isGreaterThan(copied.getSignCount());

            try (Browser second = new Browser()) {
                VirtualAuthenticator clone = securityKey(second);
                clone.addCredential(Credential.createNonResidentCredential(copied.getId(), copied.getRpId(),
                        copied.getPrivateKey(), copied.getSignCount()));
                second.open(product.customerUrl);
                new CustomerSteps(second, "sk4").logInWithPassword();
                second.awaitText(USE_KEY);
                new VaadinPage(second).press(USE_KEY);
                second.awaitText("Your security key was not accepted.");
                assertThat(second.visibleText()).doesNotContain("Welcome");
                second.screenshot("sk4-clone-refused");

                second.open(product.backOfficeUrl);
                new AgentSteps(second, "sk5").logInForTheFirstTime("agent@example.com", "agent-password-1");
                second.open(product.backOfficeUrl.resolve("audit"));
                second.awaitText("Cloned security key refused (counter did not go up)");
                second.screenshot("sk5-clone-in-the-audit-log");
            }

            customer.openSecuritySettings();
            first.awaitText("Blue YubiKey");
            first.scrollToAndClick(By.xpath("//div[@id='security-keys']//vaadin-button[normalize-space(.)='Remove']"));
            first.awaitElement(By.id("remove-key-password"));
            page.type("remove-key-password", CustomerSteps.PASSWORD);
            page.press("Remove the key");
            first.awaitText("The security key \"Blue YubiKey\" was removed.");
            first.awaitText("No security key or passkey has been added.");
            customer.logOut();
            customer.logInWithPassword();
            first.awaitText(CODE_STEP);
            assertThat(first.visibleText()).as("a removed key is no longer offered").doesNotContain(USE_KEY);
            first.screenshot("sk6-removed-key-not-offered");
        }
    }
}
