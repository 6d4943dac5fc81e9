package com.nordhost.clientarea.domain.privacy;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.EventActor;
import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MyDataExportTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private final DomainFixture f = new DomainFixture();

    private DataExport export() {
        AfterPassword<DataExport> answer = f.services.myDataExport().export(f.customer.id(), PASSWORD,
                new RequestOrigin("198.51.100.4", FIREFOX));
        assertThat(answer).isInstanceOf(AfterPassword.Granted.class);
        return answer.granted().orElseThrow();
    }

    private void event(AuditEventType type, String actor) {
        f.transactions.inTransaction(() -> {
            f.audit.record(new AuditEvent(f.clock.instant(), type, f.customer.id(), actor, "192.0.2.9",
                    FIREFOX, Map.of("ticket", "#12")));
            return null;
        });
    }

    @Test
    void a_wrong_password_is_refused_counted_and_exports_nothing() {
        AfterPassword<DataExport> answer = f.services.myDataExport().export(f.customer.id(), "not it", ORIGIN);

        assertThat(answer).isInstanceOf(AfterPassword.WrongPassword.class);
        assertThat(answer.granted()).isEmpty();
        assertThat(f.audit.ofType(AuditEventType.DATA_EXPORT_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "wrong password")
                        .containsEntry("passwordFailures", "1"));
        assertThat(f.audit.ofType(AuditEventType.DATA_EXPORTED)).isEmpty();
    }

    @Test
    void staff_accounts_are_not_allowed_and_not_asked_for_the_password() {
        assertThat(f.services.myDataExport().export(f.agent.id(), "anything", ORIGIN))
                .isInstanceOf(AfterPassword.NotAllowed.class);
        assertThat(f.audit.ofType(AuditEventType.DATA_EXPORT_REFUSED)).isEmpty();
    }

    @Test
    void the_export_holds_the_details_and_every_authenticator_but_no_secret() {
        f.accounts.saveCustomerDetails(f.customer.id(), new CustomerDetails("C100001", "Anna Andersson",
                f.customer.email(), "+46 70 123 45 67", "Storgatan 1", "111 22", "Stockholm", "SE"));
        f.accounts.changeLanguage(f.customer.id(), Language.SWEDISH);
        DomainFixture.Enrolled enrolled = f.enrollCustomer();
        f.authenticatorApps.add(f.customer.id(), "Tablet", new EncryptedSecret("k1", new byte[] {1, 2, 3}),
                TotpParameters.DEFAULT, 1, f.clock.instant());
        f.securityKeys.add(f.customer.id(), "credential-id-xyz", "public-key-data", 0, "YubiKey", f.clock.instant());
        f.rememberedBrowsers.add(f.customer.id(), "browser-secret-hash", 0, "Firefox on Linux", "203.0.113.7",
                f.clock.instant(), f.clock.instant().plusSeconds(86_400));
        String backupCodeHash = f.twoFactor.find(f.customer.id()).orElseThrow().backupCodeHash();

        DataExport export = export();

        assertThat(export.details()).isEqualTo(new DataExport.Details("C100001", "Anna Andersson",
                "anna+hosting@example.com", "+46 70 123 45 67", "Storgatan 1", "111 22", "Stockholm", "SE", "sv"));
        assertThat(export.fileStem()).isEqualTo("my-data-C100001");
        assertThat(export.twoFactor().on()).isTrue();
        assertThat(export.twoFactor().since()).isNotNull();
        assertThat(export.authenticators()).extracting(DataExport.AuthenticatorEntry::kind)
                .containsExactlyInAnyOrder(AuthenticatorKind.AUTHENTICATOR_APP, AuthenticatorKind.AUTHENTICATOR_APP,
                        AuthenticatorKind.SECURITY_KEY, AuthenticatorKind.REMEMBERED_BROWSER,
                        AuthenticatorKind.BACKUP_CODE);
        assertThat(export.authenticators()).extracting(DataExport.AuthenticatorEntry::name)
                .contains("Tablet", "YubiKey", "Firefox on Linux");
        assertThat(export.authenticators()).allSatisfy(a -> assertThat(a.addedAt()).isNotNull());
        assertThat(export.browsers()).singleElement().satisfies(b -> {
            assertThat(b.browser()).isEqualTo("Firefox on Linux");
            assertThat(b.ip()).isEqualTo("203.0.113.7");
        });

        String everything = export.toString();
        assertThat(everything).doesNotContain(enrolled.secret().base32(), backupCodeHash,
                enrolled.backupCode().value(), "credential-id-xyz", "public-key-data", "browser-secret-hash",
                f.customer.passwordHash());
    }

    @Test
    void events_of_the_last_twelve_months_only_with_support_for_an_agent() {
        event(AuditEventType.CUSTOMER_CREATED, f.agent.email().value());
        f.clock.advance(Duration.ofDays(400));
        event(AuditEventType.CUSTOMER_DEACTIVATED, f.agent.email().value());
        event(AuditEventType.CUSTOMER_DETAILS_CHANGED, f.customer.email().value());
        event(AuditEventType.PASSWORD_RESET_REQUESTED, "anonymous");

        DataExport export = export();

        assertThat(export.events()).extracting(DataExport.EventEntry::type).containsExactly(
                "PASSWORD_RESET_REQUESTED", "CUSTOMER_DETAILS_CHANGED", "CUSTOMER_DEACTIVATED");
        assertThat(export.events()).extracting(DataExport.EventEntry::actor).containsExactly(
                EventActor.SYSTEM, EventActor.YOU, EventActor.SUPPORT);
        assertThat(export.events()).allSatisfy(e -> {
            assertThat(e.ip()).isEqualTo("192.0.2.9");
            assertThat(e.browser()).isEqualTo("Firefox on Linux");
        });
        assertThat(export.toString()).doesNotContain("sam@nordhost.se", "Sam Support", "#12", "Gecko");
    }

    @Test
    void events_under_an_earlier_address_of_the_customer_are_theirs() {
        event(AuditEventType.LOGIN_SUCCEEDED, "anna-old@example.com");
        f.transactions.inTransaction(() -> {
            f.audit.record(new AuditEvent(f.clock.instant(), AuditEventType.EMAIL_CHANGED, f.customer.id(),
                    "anna-old@example.com", null, null,
                    Map.of("oldEmail", "anna-old@example.com", "newEmail", f.customer.email().value())));
            return null;
        });

        assertThat(export().events()).extracting(DataExport.EventEntry::actor)
                .containsOnly(EventActor.YOU);
    }

    @Test
    void notices_by_subject_and_date_and_the_export_is_audited() {
        f.enrollCustomer();
        f.services.myDataExport().export(f.customer.id(), PASSWORD, ORIGIN);
        f.transactions.inTransaction(() -> {
            f.outbox.enqueue(new com.nordhost.clientarea.domain.notification.OutboundMessage(
                    EmailAddress.of("someone-else@example.com"), "Not Anna's", "body", f.clock.instant()));
            return null;
        });

        DataExport export = export();

        assertThat(export.notices()).isNotEmpty();
        assertThat(export.notices()).extracting(DataExport.NoticeEntry::subject)
                .contains("Two-factor authentication was turned on").doesNotContain("Not Anna's");
        assertThat(DataExport.NoticeEntry.class.getRecordComponents()).as("never a body")
                .extracting(java.lang.reflect.RecordComponent::getName).containsExactly("subject", "createdAt");
        assertThat(f.audit.ofType(AuditEventType.DATA_EXPORTED)).hasSize(2).last()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(f.customer.id());
                    assertThat(e.sourceIp()).isEqualTo("198.51.100.4");
                });
    }
}
