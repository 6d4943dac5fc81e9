package com.nordhost.clientarea.domain.profile;

import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** My details: name, phone and address freely; the e-mail address (the login name) only with the password. */
class CustomerDetailsChangeTest {

    private static final String OLD = "anna+hosting@example.com";
    private final DomainFixture f = new DomainFixture();

    private CustomerDetailsChange change() {
        return f.services.customerDetailsChange();
    }

    private CustomerDetails details(String email, String phone) {
        return new CustomerDetails("C100001", "Anna Andersson", EmailAddress.of(email), phone, "Storgatan 1",
                "111 22", "Stockholm", "Sweden");
    }

    private AccountId anna() {
        return f.customer.id();
    }

    @Test
    void name_and_phone_change_need_no_password_and_are_audited_by_field_name() {
        CustomerDetailsOutcome outcome = change().change(anna(), new CustomerDetails("C100001", "Anna Åkesson",
                EmailAddress.of(OLD), "+46 8 123 456 78", "", "", "", ""), null, ORIGIN);

        assertThat(outcome).isInstanceOf(CustomerDetailsOutcome.Saved.class);
        assertThat(((CustomerDetailsOutcome.Saved) outcome).emailChanged()).isFalse();
        CustomerDetails stored = f.accounts.findCustomerDetails(anna()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo("Anna Åkesson");
        assertThat(stored.phone()).isEqualTo("+46 8 123 456 78");
        assertThat(f.audit.types()).containsExactly(AuditEventType.CUSTOMER_DETAILS_CHANGED);
        AuditEvent event = f.audit.ofType(AuditEventType.CUSTOMER_DETAILS_CHANGED).get(0);
        assertThat(event.details()).isEqualTo(Map.of("fields", "fullName,phone"));
        assertThat(event.subject()).isEqualTo(anna());
        assertThat(event.sourceIp()).isEqualTo(ORIGIN.sourceIp());
        assertThat(f.audit.everythingWritten()).doesNotContain("Åkesson", "123 456 78");
        assertThat(f.outbox.all()).isEmpty();
    }

    @Test
    void saving_unchanged_details_writes_nothing() {
        change().change(anna(), details(OLD, "+46 8 1234 5678"), null, ORIGIN);
        int events = f.audit.all().size();

        assertThat(change().change(anna(), details(OLD, "+46 8 1234 5678"), null, ORIGIN))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);
        assertThat(f.audit.all()).hasSize(events);
    }

    @Test
    void changing_the_email_without_the_password_is_refused_and_nothing_is_stored() {
        assertThat(change().change(anna(), details("anna@new.example", "+46 8 1234 5678"), null, ORIGIN))
                .isEqualTo(new CustomerDetailsOutcome.PasswordRequired());
        assertThat(change().change(anna(), details("anna@new.example", "+46 8 1234 5678"), "  ", ORIGIN))
                .isEqualTo(new CustomerDetailsOutcome.PasswordRequired());

        assertThat(f.accounts.findById(anna()).orElseThrow().email()).isEqualTo(EmailAddress.of(OLD));
        assertThat(f.accounts.findCustomerDetails(anna())).isEmpty();
        assertThat(f.audit.all()).isEmpty();
        assertThat(f.accounts.passwordFailures(anna(), PasswordCounter.TRUSTED)).isZero();
    }

    @Test
    void a_wrong_password_is_refused_audited_and_counted_by_the_password_throttle() {
        assertThat(change().change(anna(), details("anna@new.example", ""), "wrong password", ORIGIN))
                .isEqualTo(new CustomerDetailsOutcome.WrongPassword());

        assertThat(f.accounts.findById(anna()).orElseThrow().email()).isEqualTo(EmailAddress.of(OLD));
        assertThat(f.accounts.passwordFailures(anna(), PasswordCounter.TRUSTED)).isEqualTo(1);
        assertThat(f.audit.types()).containsExactly(AuditEventType.EMAIL_CHANGE_REFUSED);
        assertThat(f.audit.everythingWritten()).doesNotContain("wrong password\"", PASSWORD);
        assertThat(f.outbox.all()).isEmpty();

        // After five wrong passwords even the right one waits (not checked): guessing through this form is slow.
        for (int i = 0; i < 4; i++) {
            change().change(anna(), details("anna@new.example", ""), "wrong password", ORIGIN);
        }
        java.time.Instant until = f.clock.instant().plusSeconds(1);
        assertThat(change().change(anna(), details("anna@new.example", ""), PASSWORD, ORIGIN))
                .isEqualTo(new CustomerDetailsOutcome.TryLater(until));
        assertThat(f.accounts.findById(anna()).orElseThrow().email()).isEqualTo(EmailAddress.of(OLD));
        assertThat(f.accounts.passwordFailures(anna(), PasswordCounter.TRUSTED)).as("waiting attempts are not counted").isEqualTo(5);
        assertThat(f.audit.ofType(AuditEventType.EMAIL_CHANGE_REFUSED)).last()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "password throttled"));
        assertThat(f.outbox.all()).isEmpty();

        // After the wait the right password changes the address.
        f.clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(change().change(anna(), details("anna@new.example", ""), PASSWORD, ORIGIN))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);
        assertThat(f.accounts.findById(anna()).orElseThrow().email()).isEqualTo(EmailAddress.of("anna@new.example"));
    }

    @Test
    void links_mailed_to_the_old_address_stop_working_when_it_changes() {
        f.services.passwordReset().request(OLD, ORIGIN);
        Matcher reset = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})")
                .matcher(f.outbox.all().get(f.outbox.all().size() - 1).body());
        assertThat(reset.find()).isTrue();
        f.enrollCustomer();
        assertThat(f.services.recoveryRequestFlow().requestAfterPassword(anna(), ORIGIN))
                .isEqualTo(new RecoveryOutcome.Requested());
        Matcher confirm = Pattern.compile("recovery/confirm\\?token=([A-Za-z0-9_-]{43})")
                .matcher(f.outbox.all().get(f.outbox.all().size() - 1).body());
        assertThat(confirm.find()).isTrue();

        assertThat(change().change(anna(), details("anna@new.example", ""), PASSWORD, ORIGIN))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);

        assertThat(f.services.passwordReset().reset(reset.group(1), "a password from the old mailbox", ORIGIN))
                .isEqualTo(new ResetOutcome.InvalidLink());
        assertThat(f.services.recoveryRequestFlow().confirm(confirm.group(1), ORIGIN))
                .isNotEqualTo(RecoveryLinkOutcome.DONE);
        assertThat(f.audit.ofType(AuditEventType.RECOVERY_REQUEST_VOIDED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "e-mail address changed"));
    }

    @Test
    void an_address_of_another_customer_is_refused() {
        f.services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of("bo@example.com"), "Bo Berg",
                "Bo's long password");

        assertThat(change().change(anna(), details("  BO@Example.com ", ""), PASSWORD, ORIGIN))
                .isEqualTo(new CustomerDetailsOutcome.EmailTaken());
        assertThat(f.accounts.findById(anna()).orElseThrow().email()).isEqualTo(EmailAddress.of(OLD));
        assertThat(f.audit.types()).doesNotContain(AuditEventType.EMAIL_CHANGED);
        assertThat(f.outbox.all()).isEmpty();
    }

    @Test
    void a_staff_address_is_no_obstacle_for_a_customer() {
        // Sam the agent is in the other realm: the same address may exist once per realm.
        assertThat(change().change(anna(), details("sam@nordhost.se", ""), PASSWORD, ORIGIN))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);
    }

    @Test
    void the_right_password_changes_the_login_audits_both_addresses_and_tells_both() {
        CustomerDetailsOutcome outcome = change().change(anna(), details(" Anna@New.Example ", "+46 8 1234 5678"),
                PASSWORD, ORIGIN);

        assertThat(outcome).isInstanceOf(CustomerDetailsOutcome.Saved.class);
        assertThat(((CustomerDetailsOutcome.Saved) outcome).emailChanged()).isTrue();
        assertThat(f.accounts.findById(anna()).orElseThrow().email().value()).isEqualTo("anna@new.example");
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna@new.example", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, OLD, PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));

        AuditEvent details = f.audit.ofType(AuditEventType.CUSTOMER_DETAILS_CHANGED).get(0);
        assertThat(details.details().get("fields")).contains("email", "phone");
        AuditEvent changed = f.audit.ofType(AuditEventType.EMAIL_CHANGED).get(0);
        assertThat(changed.details()).isEqualTo(Map.of("oldEmail", OLD, "newEmail", "anna@new.example"));
        assertThat(changed.actor()).isEqualTo(OLD);
        assertThat(f.audit.everythingWritten()).doesNotContain(PASSWORD);

        assertThat(f.outbox.all()).as("one notice to the old address, one to the new").hasSize(2)
                .extracting(OutboundMessage::recipient)
                .containsExactly(EmailAddress.of(OLD), EmailAddress.of("anna@new.example"));
        OutboundMessage notice = f.outbox.all().get(0);
        assertThat(notice.replyTo()).isEqualTo(EmailAddress.of(f.settings.supportEmail()));
        assertThat(notice.body()).contains(OLD, "anna@new.example", "did not make this change", "support")
                .doesNotContain(PASSWORD);
        assertThat(notice.createdAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void invalid_fields_are_named_and_nothing_is_stored() {
        assertThat(change().change(anna(), new CustomerDetails("", " ", EmailAddress.of(OLD), "", "", "", "", ""),
                null, ORIGIN)).isEqualTo(new CustomerDetailsOutcome.Invalid("fullName",
                CustomerDetailsOutcome.Reason.REQUIRED));
        assertThat(change().change(anna(), details(OLD, "call me maybe"), null, ORIGIN))
                .isEqualTo(new CustomerDetailsOutcome.Invalid("phone", CustomerDetailsOutcome.Reason.FORMAT));
        assertThat(f.audit.all()).isEmpty();
        assertThat(f.accounts.findCustomerDetails(anna())).isEmpty();
    }
}
