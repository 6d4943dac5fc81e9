package com.nordhost.clientarea.domain.lifecycle;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerErasureTest {

    private static final TicketReference TICKET = TicketReference.of("GDPR-1707");
    private static final String FIRST = "anna+hosting@example.com";
    private static final String NOW = "anna.zebrafink@example.org";
    private static final String NUMBER = "C2000042";
    private static final RequestOrigin CUSTOMERS_BROWSER = new RequestOrigin("198.51.100.77",
            "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 zebrafink-build");
    private static final RequestOrigin ADMINS_BROWSER = new RequestOrigin("192.0.2.10", "Admin browser");

    private final DomainFixture f = new DomainFixture();
    private final CustomerErasure erasure = f.services.customerErasure();
    private Account admin;

    @BeforeEach
    void aCustomerWithAHistory() {
        admin = f.services.accountRegistration().register(Role.ADMIN, EmailAddress.of("ada@nordhost.se"), "Ada Admin",
                "Ada's long password");
        f.accounts.saveCustomerDetails(anna(), new CustomerDetails(NUMBER, "Anna Zebrafink", EmailAddress.of(FIRST),
                "+46 70 999 88 77", "Zebrafinkgatan 7", "111 22", "Stockholm", "Sweden"));
        f.accounts.changeLanguage(anna(), Language.SWEDISH);
        assertThat(f.services.customerDetailsChange().change(anna(), new CustomerDetails(NUMBER, "Anna Zebrafink",
                EmailAddress.of(NOW), "+46 70 999 88 77", "Zebrafinkgatan 7", "111 22", "Stockholm", "Sweden"),
                PASSWORD, CUSTOMERS_BROWSER)).isInstanceOf(CustomerDetailsOutcome.Saved.class);
        f.enrollCustomer();
        f.services.passwordReset().request(NOW, CUSTOMERS_BROWSER);
        assertThat(f.services.recoveryRequestFlow().requestAfterPassword(anna(), CUSTOMERS_BROWSER))
                .isEqualTo(new RecoveryOutcome.Requested());
        f.services.passwordLogin().logIn(Realm.CUSTOMER, NOW, "a wrong password", CUSTOMERS_BROWSER,
                BrowserTokens.NONE);
        assertThat(f.outbox.all()).anySatisfy(m -> assertThat(m.recipient().value()).isEqualTo(FIRST));
    }

    private AccountId anna() {
        return f.customer.id();
    }

    private ErasureOutcome eraseAsAdmin(String confirmation) {
        return erasure.erase(admin.id(), anna(), TICKET, confirmation, ADMINS_BROWSER);
    }

    @Test
    void an_admin_erases_every_personal_detail_and_the_account_stays_as_a_tombstone_with_its_number() {
        int epoch = f.accounts.findSessionEpoch(anna()).orElseThrow();

        ErasureOutcome outcome = eraseAsAdmin(" c2000042 ");

        assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
        Account tombstone = f.accounts.findById(anna()).orElseThrow();
        assertThat(tombstone.email().value()).isEqualTo("erased-" + anna().value() + "@erased.invalid");
        assertThat(tombstone.fullName()).isEqualTo(CustomerErasure.ERASED_NAME);
        assertThat(tombstone.hasPassword()).isFalse();
        assertThat(tombstone.active()).isFalse();
        assertThat(f.accounts.findLanguage(anna())).isEmpty();
        assertThat(f.accounts.findCustomerDetails(anna())).hasValueSatisfying(d -> {
            assertThat(d.customerNumber()).isEqualTo(NUMBER);
            assertThat(d.phone()).isNull();
            assertThat(d.street()).isNull();
            assertThat(d.city()).isNull();
        });
        assertThat(erasure.erasedAt(anna())).contains(f.clock.instant());
        assertThat(f.accounts.findSessionEpoch(anna()).orElseThrow()).isGreaterThan(epoch);
        assertThat(f.twoFactor.find(anna())).isEmpty();
        assertThat(f.authenticatorApps.list(anna())).isEmpty();
        assertThat(f.passwordResets.rowsOf(anna())).isZero();
        assertThat(f.recoveryRequests.findOpen(anna())).isEmpty();
        assertThat(f.recoveryRequests.everythingStored()).doesNotContain(NOW, FIRST, "198.51.100.77");
        assertThat(f.outbox.all()).as("no mail to any of her addresses, sent or queued, and none about the erasure")
                .noneSatisfy(m -> assertThat(m.recipient().value()).isIn(FIRST, NOW));
        assertThat(f.audit.everythingWritten()).doesNotContainIgnoringCase("zebrafink")
                .doesNotContain(FIRST, NOW, "198.51.100.77", "+46 70 999 88 77");
    }

    @Test
    void her_events_stay_linkable_under_one_pseudonym_the_agents_ip_stays_and_the_erasure_is_audited() {
        ErasureOutcome.Erased erased = (ErasureOutcome.Erased) eraseAsAdmin(NUMBER);

        assertThat(erased.pseudonym()).matches("erased customer [0-9a-f]{16}");
        AuditEvent changed = f.audit.ofType(AuditEventType.EMAIL_CHANGED).get(0);
        assertThat(changed.actor()).isEqualTo(erased.pseudonym());
        assertThat(changed.subject()).isEqualTo(anna());
        assertThat(changed.details()).containsEntry("oldEmail", ErasedTrail.ERASED)
                .containsEntry("newEmail", ErasedTrail.ERASED);
        assertThat(changed.sourceIp()).isNull();
        assertThat(changed.userAgent()).isEqualTo("Firefox on Linux");
        assertThat(f.audit.ofType(AuditEventType.LOGIN_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsKey("reason"));

        AuditEvent audited = f.audit.ofType(AuditEventType.CUSTOMER_ERASED).get(0);
        assertThat(audited.actor()).isEqualTo("ada@nordhost.se");
        assertThat(audited.sourceIp()).as("the admin's own address").isEqualTo("192.0.2.10");
        assertThat(audited.details()).containsEntry("ticket", "GDPR-1707")
                .containsEntry("pseudonym", erased.pseudonym())
                .containsEntry(AuthenticatorKind.AUTHENTICATOR_APP.auditKey(), "1");
    }

    @Test
    void her_address_is_free_for_a_new_customer_at_once_in_any_case() {
        eraseAsAdmin(NUMBER);

        OnboardingOutcome created = f.services.customerOnboarding().create(f.agent.id(), new NewCustomer(
                "Anna Zebrafink", NOW.toUpperCase(), "", "", "", "", ""), Language.ENGLISH, ORIGIN);

        assertThat(created).isInstanceOf(OnboardingOutcome.Created.class);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, NOW, PASSWORD, CUSTOMERS_BROWSER,
                BrowserTokens.NONE)).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
    }

    @Test
    void support_may_not_erase_and_a_wrong_confirmation_erases_nothing() {
        int events = f.audit.all().size();

        assertThat(erasure.erase(f.agent.id(), anna(), TICKET, NUMBER, ORIGIN))
                .isEqualTo(new ErasureOutcome.NotAllowed());
        assertThat(eraseAsAdmin("C2000043")).isEqualTo(new ErasureOutcome.ConfirmationMismatch());
        assertThat(eraseAsAdmin("")).isEqualTo(new ErasureOutcome.ConfirmationMismatch());
        assertThat(erasure.erase(admin.id(), anna(), null, NUMBER, ORIGIN))
                .isEqualTo(new ErasureOutcome.TicketRequired());

        assertThat(f.accounts.findById(anna()).orElseThrow().email().value()).isEqualTo(NOW);
        assertThat(erasure.erasedAt(anna())).isEmpty();
        assertThat(f.audit.all()).hasSize(events);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, NOW, PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isNotInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void an_agent_account_cannot_be_erased_through_this_path() {
        assertThat(erasure.erase(admin.id(), f.agent.id(), TICKET, "sam@nordhost.se", ORIGIN))
                .isEqualTo(new ErasureOutcome.UnknownCustomer());
        assertThat(erasure.eraseForApiClient("billing", f.agent.id(), "SCIM delete", ORIGIN))
                .isEqualTo(new ErasureOutcome.UnknownCustomer());
        assertThat(f.accounts.findById(f.agent.id()).orElseThrow().email().value()).isEqualTo("sam@nordhost.se");
    }

    @Test
    void an_api_client_erases_with_its_name_and_reason_and_a_repeated_call_changes_nothing() {
        assertThat(erasure.eraseForApiClient("billing-sync", anna(), "SCIM delete", ORIGIN))
                .isInstanceOf(ErasureOutcome.Erased.class);
        int events = f.audit.all().size();

        assertThat(erasure.eraseForApiClient("billing-sync", anna(), "SCIM delete", ORIGIN))
                .isEqualTo(new ErasureOutcome.AlreadyErased());
        assertThat(eraseAsAdmin(NUMBER)).isEqualTo(new ErasureOutcome.AlreadyErased());

        assertThat(f.audit.all()).hasSize(events);
        assertThat(f.audit.ofType(AuditEventType.CUSTOMER_ERASED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("api:billing-sync");
            assertThat(e.details()).containsEntry("reason", "SCIM delete").doesNotContainKey("ticket");
        });
        assertThat(erasure.eraseForApiClient(" ", anna(), "SCIM delete", ORIGIN))
                .isEqualTo(new ErasureOutcome.NotAllowed());
        assertThat(erasure.eraseForApiClient("billing-sync", anna(), "\u0007", ORIGIN))
                .isEqualTo(new ErasureOutcome.ReasonRequired());
    }

    @Test
    void an_account_without_customer_details_is_confirmed_with_its_address() {
        Account bo = f.services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of("bo@example.com"),
                "Bo Berg", "Bo's long password");

        assertThat(erasure.confirmationFor(bo.id())).isEqualTo("bo@example.com");
        assertThat(erasure.confirmationFor(anna())).isEqualTo(NUMBER);
        assertThat(erasure.erase(admin.id(), bo.id(), TICKET, " BO@example.com", ORIGIN))
                .isInstanceOfSatisfying(ErasureOutcome.Erased.class, e -> assertThat(e.customerNumber()).isEmpty());
    }
}
