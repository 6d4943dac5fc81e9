package com.nordhost.clientarea.persistence.provisioning;

import static com.nordhost.clientarea.persistence.testing.OutboundMailRows.outboundMailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.apitokens.ApiAuthentication;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.apitokens.ApiTokenOutcome;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.provisioning.CustomerProvisioning;
import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomer;
import com.nordhost.clientarea.domain.provisioning.ProvisionedPage;
import com.nordhost.clientarea.domain.provisioning.ProvisioningFilter;
import com.nordhost.clientarea.domain.provisioning.ProvisioningOutcome;
import com.nordhost.clientarea.domain.provisioning.ProvisioningRequest;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The provisioning API's use cases and its tokens over the real repositories and schema (decision 0034). */
class ProvisioningOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.20", "billing/1.0");
    private static final String PASSWORD = "Lösenord-för-api-1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private DomainServices services;
    private CustomerProvisioning provisioning;
    private ApiCaller caller;
    private String secret;
    private Account admin;

    @BeforeAll
    void token() {
        services = db.services(clock);
        provisioning = services.customerProvisioning();
        admin = db.createStaff(Role.ADMIN, uniqueEmail("admin"), "Ada Admin", "admin-password-1");
        ApiTokenOutcome.Created created = (ApiTokenOutcome.Created) services.apiTokens().create(admin.id(),
                "billing " + UUID.randomUUID(), ORIGIN);
        secret = created.secret();
        caller = ((ApiAuthentication.Accepted) services.apiTokens().authenticate(secret, ORIGIN)).caller();
    }

    private ProvisionedCustomer create(String email, String password, String externalId) {
        ProvisioningOutcome outcome = provisioning.create(caller, new ProvisioningRequest(email, "Greta Garbo",
                Language.SWEDISH, externalId, null, password), ORIGIN);
        assertThat(outcome).isInstanceOf(ProvisioningOutcome.Done.class);
        return ((ProvisioningOutcome.Done) outcome).customer();
    }

    private LoginOutcome logIn(String email, String password) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, email, password, ORIGIN, BrowserTokens.NONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableHoldsOnlyTheTokensHash() {
        List<Object> hashes = tx(() -> (List<Object>) db.transactions().current()
                .createNativeQuery("SELECT token_hash FROM api_token").getResultList());
        assertThat(hashes).contains(RandomTokens.sha256Hex(secret)).doesNotContain(secret);
    }

    @Test
    void lastUsedIsWrittenOnceAMinute() {
        clock.advance(java.time.Duration.ofMinutes(2));
        Instant first = clock.instant();
        services.apiTokens().authenticate(secret, ORIGIN);
        clock.advance(java.time.Duration.ofSeconds(30));
        services.apiTokens().authenticate(secret, ORIGIN);
        assertThat(services.apiTokens().list(admin.id())).filteredOn(t -> t.id() == caller.tokenId()).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isEqualTo(first));
    }

    @Test
    void withoutAPasswordTheCustomerIsInvitedAndCannotSignIn() {
        String email = uniqueEmail("invited");
        ProvisionedCustomer customer = create(email, null, "whmcs-" + UUID.randomUUID());

        assertThat(customer.customerNumber()).matches("C\\d+");
        assertThat(customer.language()).isEqualTo(Language.SWEDISH);
        assertThat(customer.active()).isTrue();
        assertThat(outboundMailTo(db, email)).hasSize(1);
        assertThat(logIn(email, PASSWORD)).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        List<AuditEvent> events = tx(() -> db.auditLog().findBySubject(customer.accountId(), 10));
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.CUSTOMER_CREATED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(caller.actor()));
    }

    @Test
    void withAPasswordTheCustomerSignsInAtOnceAndGetsNoInvitation() {
        String email = uniqueEmail("ready");
        create(email, PASSWORD, null);

        assertThat(outboundMailTo(db, email)).isEmpty();
        assertThat(logIn(email, PASSWORD)).isNotInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void aPasswordThePolicyRefusesCreatesNobody() {
        String email = uniqueEmail("weak");
        assertThat(provisioning.create(caller, new ProvisioningRequest(email, "Weak", null, null, null, "short"),
                ORIGIN)).isInstanceOf(ProvisioningOutcome.PasswordRefused.class);
        assertThat(provisioning.list(caller, new ProvisioningFilter(ProvisioningFilter.Attribute.EMAIL, email), 1, 10)
                .totalResults()).isZero();
    }

    @Test
    void anAddressTakenInAnyLetterCaseIsRefused() {
        String email = uniqueEmail("taken");
        create(email, null, null);
        assertThat(provisioning.create(caller, new ProvisioningRequest(email.toUpperCase(), "Other", null, null, null,
                null), ORIGIN)).isEqualTo(new ProvisioningOutcome.EmailTaken());
    }

    @Test
    void filtersFindByAddressInAnyCaseAndByExternalIdAndPagesCount() {
        String email = uniqueEmail("Filter");
        String externalId = "crm-" + UUID.randomUUID();
        ProvisionedCustomer customer = create(email, null, externalId);
        create(uniqueEmail("filler"), null, null);

        ProvisionedPage byEmail = provisioning.list(caller,
                new ProvisioningFilter(ProvisioningFilter.Attribute.EMAIL, email.toUpperCase()), 1, 10);
        ProvisionedPage byExternal = provisioning.list(caller,
                new ProvisioningFilter(ProvisioningFilter.Attribute.EXTERNAL_ID, externalId), 1, 10);
        assertThat(byEmail.customers()).containsExactly(customer);
        assertThat(byExternal.customers()).containsExactly(customer);
        assertThat(provisioning.list(caller, new ProvisioningFilter(ProvisioningFilter.Attribute.EMAIL, "no address"),
                1, 10).totalResults()).isZero();

        ProvisionedPage all = provisioning.list(caller, null, 1, 2);
        ProvisionedPage second = provisioning.list(caller, null, 2, 2);
        assertThat(all.totalResults()).isGreaterThanOrEqualTo(2);
        assertThat(all.customers()).hasSize(2);
        assertThat(second.customers().get(0)).isEqualTo(all.customers().get(1));
        assertThat(provisioning.list(caller, null, 1, 0).customers()).isEmpty();
    }

    @Test
    void replaceChangesNameAddressAndLanguageTellsBothAddressesAndAChangedVersionIsRefused() {
        String email = uniqueEmail("before");
        ProvisionedCustomer before = create(email, PASSWORD, "x-1");
        String newEmail = uniqueEmail("after");

        ProvisioningOutcome outcome = provisioning.replace(caller, before.customerNumber(), before.version(),
                new ProvisioningRequest(newEmail, "Greta Lovisa Gustafsson", Language.ENGLISH, null, null, null),
                ORIGIN);

        ProvisionedCustomer after = ((ProvisioningOutcome.Done) outcome).customer();
        assertThat(after.fullName()).isEqualTo("Greta Lovisa Gustafsson");
        assertThat(after.email().value()).isEqualTo(newEmail);
        assertThat(after.language()).isEqualTo(Language.ENGLISH);
        assertThat(after.externalId()).isNull();
        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(outboundMailTo(db, email)).hasSize(1);
        assertThat(outboundMailTo(db, newEmail)).hasSize(1);
        assertThat(logIn(newEmail, PASSWORD)).isNotInstanceOf(LoginOutcome.Refused.class);
        List<AuditEvent> events = tx(() -> db.auditLog().findBySubject(after.accountId(), 10));
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.EMAIL_CHANGED
                || e.type() == AuditEventType.CUSTOMER_DETAILS_CHANGED).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(caller.actor()));

        assertThat(provisioning.replace(caller, before.customerNumber(), before.version(),
                new ProvisioningRequest(newEmail, "Stale", null, null, null, null), ORIGIN))
                .isEqualTo(new ProvisioningOutcome.VersionMismatch(after.version()));
        assertThat(provisioning.replace(caller, "C0", null,
                new ProvisioningRequest(newEmail, "Nobody", null, null, null, null), ORIGIN))
                .isEqualTo(new ProvisioningOutcome.NotFound());
    }

    @Test
    void activeFalseDeactivatesThroughTheDeactivationAndTrueReactivates() {
        String email = uniqueEmail("active");
        ProvisionedCustomer customer = create(email, PASSWORD, null);

        ProvisioningOutcome off = provisioning.replace(caller, customer.customerNumber(), null,
                new ProvisioningRequest(email, "Greta Garbo", null, null, false, null), ORIGIN);

        assertThat(((ProvisioningOutcome.Done) off).customer().active()).isFalse();
        assertThat(logIn(email, PASSWORD)).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        List<AuditEvent> events = tx(() -> db.auditLog().findBySubject(customer.accountId(), 10));
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.CUSTOMER_DEACTIVATED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(caller.actor()));

        provisioning.replace(caller, customer.customerNumber(), null,
                new ProvisioningRequest(email, "Greta Garbo", null, null, true, null), ORIGIN);
        assertThat(logIn(email, PASSWORD)).isNotInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void aRevokedTokenIsRefused() {
        Account admin = db.createStaff(Role.ADMIN, uniqueEmail("admin2"), "Ada Two", "admin-password-1");
        ApiTokenOutcome.Created created = (ApiTokenOutcome.Created) services.apiTokens().create(admin.id(),
                "short-lived " + UUID.randomUUID(), ORIGIN);
        services.apiTokens().revoke(admin.id(), created.token().id(), ORIGIN);
        assertThat(services.apiTokens().authenticate(created.secret(), new RequestOrigin("192.0.2.44", "x")))
                .isInstanceOf(ApiAuthentication.Refused.class);
    }
}
