package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nordhost.clientarea.e2e.ProductExtension.Mailbox;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpClientProperties;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The provisioning API as a billing system calls it (decision 0034): UnboundID's SCIM 2 SDK client, which shares no
 * code with the server's Apache SCIMple, against the real server, with a bearer token an ADMIN created in the
 * back-office in Chromium. Every operation and error answer ServiceProviderConfig claims; the customer listener has
 * no /scim; and a customer signed in in Chromium is signed out at the next click after the SCIM client deactivates
 * them. Its own server: the ADMIN's first login enrols 2FA, and the wrong-token throttle of 127.0.0.1 is its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScimProvisioningIT {

    private static final String PASSWORD = "Fakturerad ✓ kund 2026";

    private Mailbox mailbox;
    private RunningProduct product;
    private Browser adminBrowser;
    private String token;
    private Client client;
    private ScimService scim;

    @BeforeAll
    void startProductAndCreateTokenAsAnAdmin() throws Exception {
        mailbox = Mailbox.start();
        product = RunningProduct.start(Map.of(
                "CLIENTAREA_MAIL_HOST", "127.0.0.1",
                "CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port())));
        adminBrowser = new Browser();
        adminBrowser.open(product.backOfficeUrl);
        new AgentSteps(adminBrowser, "scim0").logInForTheFirstTime("agent@example.com", "agent-password-1");
        token = createToken("WHMCS billing");
        client = newClient().register(bearer(token));
        scim = new ScimService(client.target(scimUrl()));
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (adminBrowser != null) {
            adminBrowser.close();
        }
        if (product != null) {
            product.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    private String createToken(String name) {
        VaadinPage page = new VaadinPage(adminBrowser);
        page.follow("API tokens");
        adminBrowser.awaitText("New API token");
        page.type("api-token-name", name);
        page.press("Create token");
        adminBrowser.awaitText("Copy it now: it is shown only this once.");
        adminBrowser.screenshot("scim1-token-shown-once");
        return adminBrowser.awaitElement(By.cssSelector("#api-token-secret input")).getAttribute("value");
    }

    private URI scimUrl() {
        return product.backOfficeUrl.resolve("scim/v2");
    }

    /** Jersey over the JDK's HttpClient: HttpURLConnection, Jersey's default, has no PATCH. */
    private static Client newClient() {
        return ClientBuilder.newClient(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider())
                .property(JavaNetHttpClientProperties.HTTP_VERSION, java.net.http.HttpClient.Version.HTTP_1_1));
    }

    private static ClientRequestFilter bearer(String token) {
        return request -> request.getHeaders().putSingle("Authorization", "Bearer " + token);
    }

    private static UserResource user(String email, String given, String family, String password) {
        UserResource user = new UserResource();
        user.setUserName(email);
        user.setName(new Name().setGivenName(given).setFamilyName(family));
        user.setEmails(new Email().setValue(email).setPrimary(true).setType("work"));
        user.setExternalId("whmcs-" + UUID.randomUUID());
        user.setPreferredLanguage("sv");
        user.setPassword(password);
        return user;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    @Order(1)
    void discoveryClaimsWhatIsServed() throws Exception {
        ServiceProviderConfigResource config = scim.getServiceProviderConfig();
        assertThat(config.getPatch().isSupported()).isTrue();
        assertThat(config.getFilter().isSupported()).isTrue();
        assertThat(config.getFilter().getMaxResults()).isEqualTo(200);
        assertThat(config.getEtag().isSupported()).isTrue();
        assertThat(config.getChangePassword().isSupported()).isTrue();
        assertThat(config.getBulk().isSupported()).isFalse();
        assertThat(config.getSort().isSupported()).isFalse();
        ListResponse<ResourceTypeResource> types = scim.getResourceTypes();
        assertThat(types.getResources()).extracting(ResourceTypeResource::getName).contains("User");
        assertThat(scim.getSchemas().getTotalResults()).isPositive();
    }

    @Test
    @Order(2)
    void createWithoutPasswordInvitesAndReadShowsNoPassword() throws Exception {
        String email = unique("Invited");
        UserResource created = scim.create("Users", user(email, "Ingrid", "Invited", null));

        assertThat(created.getId()).matches("C\\d+");
        assertThat(created.getUserName()).isEqualTo(email.toLowerCase());
        assertThat(created.getName().getFormatted()).isEqualTo("Ingrid Invited");
        assertThat(created.getActive()).isTrue();
        assertThat(created.getPreferredLanguage()).isEqualTo("sv");
        assertThat(created.getMeta().getVersion()).isNotBlank();
        MimeMessage invitation = awaitMailTo(email.toLowerCase());
        assertThat(invitation.getSubject()).contains("Välkommen");

        UserResource read = scim.retrieve("Users", created.getId(), UserResource.class);
        assertThat(read.getUserName()).isEqualTo(created.getUserName());
        assertThat(read.getExternalId()).isEqualTo(created.getExternalId());
        String raw = client.target(scimUrl()).path("Users").path(created.getId()).request().get(String.class);
        assertThat(raw).doesNotContainIgnoringCase("password");
    }

    @Test
    @Order(3)
    void replaceWithTheCurrentVersionChangesAndAStaleVersionIs412() throws Exception {
        UserResource created = scim.create("Users", user(unique("replace"), "Rut", "Replace", PASSWORD));
        String stale = created.getMeta().getVersion();
        created.setName(new Name().setFormatted("Rut Replaced Ek"));
        created.setPassword(null);

        UserResource replaced = scim.replaceRequest(created).ifMatch().invoke();

        assertThat(replaced.getName().getFormatted()).isEqualTo("Rut Replaced Ek");
        assertThat(replaced.getName().getFamilyName()).isEqualTo("Ek");
        assertThat(replaced.getMeta().getVersion()).isNotEqualTo(stale);
        created.setName(new Name().setFormatted("Rut Stale"));
        PreconditionFailedException refused = catchThrowableOfType(
                () -> scim.replaceRequest(created).ifMatch().invoke(), PreconditionFailedException.class);
        assertThat(refused.getScimError().getStatus()).isEqualTo(412);
        assertThat(scim.retrieve("Users", created.getId(), UserResource.class).getName().getFormatted())
                .isEqualTo("Rut Replaced Ek");
    }

    @Test
    @Order(4)
    void patchChangesActiveEmailAndName() throws Exception {
        UserResource created = scim.create("Users", user(unique("patch"), "Per", "Patch", PASSWORD));
        String newEmail = unique("patched");

        UserResource inactive = scim.modifyRequest("Users", created.getId()).replaceValue("active", false)
                .invoke(UserResource.class);
        UserResource renamed = scim.modifyRequest("Users", created.getId())
                .replaceValue("name.familyName", "Persson")
                .replaceValue("emails[type eq \"work\"].value", newEmail)
                .invoke(UserResource.class);
        UserResource active = scim.modifyRequest("Users", created.getId()).replaceValue("active", true)
                .ifMatch(renamed.getMeta().getVersion()).invoke(UserResource.class);

        assertThat(inactive.getActive()).isFalse();
        assertThat(renamed.getName().getFormatted()).isEqualTo("Per Persson");
        assertThat(renamed.getUserName()).isEqualTo(newEmail.toLowerCase());
        assertThat(renamed.getEmails()).extracting(Email::getValue).containsExactly(newEmail.toLowerCase());
        assertThat(active.getActive()).isTrue();
    }

    @Test
    @Order(5)
    void filtersByUserNameEmailAndExternalIdAndPages() throws Exception {
        UserResource a = scim.create("Users", user(unique("Filter"), "Fia", "Filter", PASSWORD));
        scim.create("Users", user(unique("filler"), "Fred", "Filler", PASSWORD));

        ListResponse<UserResource> byUserName = scim.searchRequest("Users")
                .filter("userName eq \"" + a.getUserName().toUpperCase() + "\"").invoke(UserResource.class);
        ListResponse<UserResource> byEmail = scim.searchRequest("Users")
                .filter("emails.value eq \"" + a.getUserName() + "\"").invoke(UserResource.class);
        ListResponse<UserResource> byExternalId = scim.searchRequest("Users")
                .filter("externalId eq \"" + a.getExternalId() + "\"").invoke(UserResource.class);
        assertThat(byUserName.getTotalResults()).isEqualTo(1);
        assertThat(byUserName.getResources()).extracting(UserResource::getId).containsExactly(a.getId());
        assertThat(byEmail.getResources()).extracting(UserResource::getId).containsExactly(a.getId());
        assertThat(byExternalId.getResources()).extracting(UserResource::getId).containsExactly(a.getId());

        ListResponse<UserResource> first = scim.searchRequest("Users").page(1, 2).invoke(UserResource.class);
        ListResponse<UserResource> second = scim.searchRequest("Users").page(2, 2).invoke(UserResource.class);
        assertThat(first.getTotalResults()).isGreaterThanOrEqualTo(3);
        assertThat(first.getResources()).hasSize(2);
        assertThat(second.getStartIndex()).isEqualTo(2);
        assertThat(second.getResources().get(0).getId()).isEqualTo(first.getResources().get(1).getId());

        BadRequestException unsupported = catchThrowableOfType(() -> scim.searchRequest("Users")
                .filter("name.familyName eq \"Filter\"").invoke(UserResource.class), BadRequestException.class);
        assertThat(unsupported.getScimError().getScimType()).isEqualTo("invalidFilter");
    }

    @Test
    @Order(6)
    void errorsHaveScimBodies() throws Exception {
        String email = unique("dup");
        scim.create("Users", user(email, "Dag", "Dup", PASSWORD));

        ResourceConflictException duplicate = catchThrowableOfType(() -> scim.create("Users",
                user(email.toUpperCase(), "Dag", "Again", PASSWORD)), ResourceConflictException.class);
        BadRequestException notAnAddress = catchThrowableOfType(() -> scim.create("Users",
                user("not an address", "No", "Address", PASSWORD)), BadRequestException.class);
        BadRequestException weak = catchThrowableOfType(() -> scim.create("Users",
                user(unique("weak"), "Wera", "Weak", "short")), BadRequestException.class);
        ResourceNotFoundException missing = catchThrowableOfType(() -> scim.retrieve("Users", "C999999999",
                UserResource.class), ResourceNotFoundException.class);

        assertThat(duplicate.getScimError().getStatus()).isEqualTo(409);
        assertThat(duplicate.getScimError().getScimType()).isEqualTo("uniqueness");
        assertThat(notAnAddress.getScimError().getScimType()).isEqualTo("invalidValue");
        assertThat(notAnAddress.getScimError().getDetail()).contains("userName");
        assertThat(weak.getScimError().getScimType()).isEqualTo("invalidValue");
        assertThat(weak.getScimError().getDetail()).contains("at least 8 characters");
        assertThat(missing.getScimError().getStatus()).isEqualTo(404);
        assertThat(scim.searchRequest("Users").filter("userName eq \"" + email + "\"").invoke(UserResource.class)
                .getTotalResults()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void noWrongOrRevokedTokenGetsIn() throws Exception {
        String revoked = createToken("Old billing");
        // This server's database is fresh: "WHMCS billing" is token 1, "Old billing" token 2.
        adminBrowser.scrollToAndClick(By.id("revoke-token-2"));
        adminBrowser.awaitElement(By.id("confirm-ok")).click();
        adminBrowser.awaitText("The token was revoked.");
        adminBrowser.screenshot("scim2-token-revoked");

        for (String presented : new String[] {null, "x".repeat(43), revoked}) {
            try (Client other = presented == null ? newClient()
                    : newClient().register(bearer(presented))) {
                ScimException refused = catchThrowableOfType(() -> new ScimService(other.target(scimUrl()))
                        .searchRequest("Users").invoke(UserResource.class), ScimException.class);
                assertThat(refused.getScimError().getStatus()).as("token %s", presented).isEqualTo(401);
                assertThat(refused.getScimError().getDetail()).contains("A valid API token is required");
            }
        }
        // The token the ADMIN left active still works.
        assertThat(scim.searchRequest("Users").page(1, 1).invoke(UserResource.class).getTotalResults()).isPositive();
    }

    @Test
    @Order(8)
    void theCustomerListenerHasNoScim() {
        try (Client plain = newClient()) {
            Response response = plain.target(product.customerUrl.resolve("scim/v2/Users")).request()
                    .header("Authorization", "Bearer " + token).get();
            assertThat(response.getStatus()).isEqualTo(404);
        }
    }

    @Test
    @Order(9)
    void aDeactivatedCustomersOpenBrowserIsSignedOutAtTheNextClick() throws Exception {
        String email = "sara.signedin" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        UserResource english = user(email, "Sara", "Signed-In", PASSWORD);
        english.setPreferredLanguage("en");
        UserResource customer = scim.create("Users", english);
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            logIn(browser, page, customer.getUserName());
            browser.awaitText("Welcome");
            browser.screenshot("scim3-customer-signed-in");

            scim.modifyRequest("Users", customer.getId()).replaceValue("active", false).invoke(UserResource.class);

            page.follow("My Account");
            browser.awaitText("Log in to the Client area");
            browser.screenshot("scim4-signed-out-at-next-click");
            logIn(browser, page, customer.getUserName());
            browser.awaitText("The e-mail address or the password is wrong.");
            browser.screenshot("scim5-deactivated-refused-like-a-wrong-password");
        }
    }

    @Test
    @Order(10)
    void deleteErasesTheCustomer() throws Exception {
        UserResource customer = scim.create("Users", user(unique("erase"), "Erik", "Erase", PASSWORD));
        Response response = client.target(scimUrl()).path("Users").path(customer.getId()).request().delete();
        assertThat(response.getStatus()).isEqualTo(204);
        ResourceNotFoundException gone = catchThrowableOfType(() -> scim.retrieve("Users", customer.getId(),
                UserResource.class), ResourceNotFoundException.class);
        assertThat(gone.getScimError().getStatus()).isEqualTo(404);
    }

    @Test
    @Order(11)
    void wrongTokensAreThrottledWith429LikePasswords() throws Exception {
        // Wrong tokens until the address waits at least 4 s (1, 2, then 4 s after the 5th, 6th and 7th failure),
        // sitting out each shorter wait as a billing system honouring Retry-After would.
        long retryAfter = 0;
        try (Client wrong = newClient().register(bearer("y".repeat(43)))) {
            for (int i = 0; i < 20 && retryAfter < 4; i++) {
                Response response = wrong.target(scimUrl()).path("Users").request().get();
                if (response.getStatus() == 429) {
                    assertThat(response.readEntity(String.class)).contains("\"status\":\"429\"");
                    retryAfter = Long.parseLong(response.getHeaderString("Retry-After"));
                    if (retryAfter < 4) {
                        Thread.sleep(retryAfter * 1000);
                    }
                } else {
                    assertThat(response.getStatus()).isEqualTo(401);
                }
            }
        }
        assertThat(retryAfter).isGreaterThanOrEqualTo(4);
        // While the address waits, not even the right token is checked.
        Response meanwhile = client.target(scimUrl()).path("Users").request().get();
        assertThat(meanwhile.getStatus()).isEqualTo(429);
        Thread.sleep(retryAfter * 1000 + 500);
        assertThat(client.target(scimUrl()).path("Users").request().get().getStatus()).isEqualTo(200);
    }

    private static void logIn(Browser browser, VaadinPage page, String email) {
        browser.awaitText("Log in to the Client area");
        page.type("login-email", email);
        page.type("login-password", PASSWORD);
        browser.screenshot("scim3-login-typed");
        page.press("Log in");
    }

    private MimeMessage awaitMailTo(String recipient) throws Exception {
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
