package com.nordhost.clientarea.persistence.securitykey;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRemoval;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.testing.SoftwareAuthenticator;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.domain.securitykey.AssertionOptions;
import com.nordhost.clientarea.domain.securitykey.KeyUse;
import com.nordhost.clientarea.domain.securitykey.PasskeyOutcome;
import com.nordhost.clientarea.domain.securitykey.PasskeyRequest;
import com.nordhost.clientarea.domain.securitykey.RegistrationOutcome;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security keys (decision 0024) through the real use cases, repositories and database: the ceremony's challenge is
 * in the database (a second assembly, standing in for another node, finishes it), the counter and the throttle too.
 */
class SecurityKeysOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final String PASSWORD = "password-123";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private DomainServices node1;
    private DomainServices node2;
    private Account customer;
    /** A new key per test: this class's instance is shared (DatabaseTest is per class). */
    private SoftwareAuthenticator key;

    @BeforeEach
    void customerWithTwoFactor() {
        node1 = db.services(clock);
        node2 = db.services(clock);
        customer = db.createCustomer(uniqueEmail("key"), "Key Customer", PASSWORD);
        key = new SoftwareAuthenticator("http://localhost:8080");
        PendingEnrollment pending = node1.enrollment().start(customer.id(), ORIGIN);
        EnrollmentOutcome outcome = node1.enrollment().confirm(customer.id(),
                new TotpGenerator(TotpParameters.DEFAULT).codeAt(pending.secret(), clock.instant()), ORIGIN);
        assertThat(outcome).isInstanceOf(EnrollmentOutcome.Activated.class);
    }

    private void addKey() {
        String answer = key.register(node1.securityKeyRegistration().start(customer.id(), PASSWORD, ORIGIN).granted().orElseThrow());
        assertThat(node2.securityKeyRegistration().finish(customer.id(), "Blue key", answer, ORIGIN))
                .as("finished on the other node").isInstanceOf(RegistrationOutcome.Added.class);
    }

    private List<AuditEventType> auditTypes() {
        return db.inTransaction(() -> db.ports().auditLog().findBySubject(customer.id(), 100)).stream()
                .map(e -> e.type()).toList();
    }

    @Test
    void a_key_added_on_one_node_signs_in_on_the_other_once_per_challenge() {
        addKey();
        AssertionOptions options = node1.securityKeyLogin().options(SecondFactorSteps.pending(node1, customer.id())).orElseThrow();
        String answer = key.answer(options);

        assertThat(SecondFactorSteps.key(node2, customer.id(), answer, ORIGIN, false))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(SecondFactorSteps.key(node1, customer.id(), answer, ORIGIN, false))
                .as("replayed on the first node").isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(node1.securityKeys().list(customer.id()).get(0).lastUsedAt()).isEqualTo(clock.instant());
        assertThat(auditTypes()).contains(AuditEventType.SECURITY_KEY_ADDED, AuditEventType.SECURITY_KEY_USED);
    }

    @Test
    void a_clone_is_refused_counted_and_audited() {
        addKey();
        SoftwareAuthenticator clone = key.copy();
        assertThat(SecondFactorSteps.key(node1, customer.id(),
                key.answer(node1.securityKeyLogin().options(SecondFactorSteps.pending(node1, customer.id())).orElseThrow()), ORIGIN, false))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        clock.advance(Duration.ofSeconds(5));

        assertThat(SecondFactorSteps.key(node2, customer.id(),
                clone.answer(node2.securityKeyLogin().options(SecondFactorSteps.pending(node2, customer.id())).orElseThrow()), ORIGIN, false))
                .isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(auditTypes()).contains(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED);
        assertThat(db.inTransaction(() -> db.ports().twoFactor().find(customer.id())).orElseThrow().failedAttempts())
                .isEqualTo(1);
    }

    @Test
    void a_passkey_added_on_one_node_signs_in_alone_on_the_other_and_a_clone_is_refused() {
        String answer = key.register(node1.securityKeyRegistration().start(customer.id(), KeyUse.SIGNS_IN_ALONE,
                PASSWORD, ORIGIN).granted().orElseThrow());
        assertThat(node2.securityKeyRegistration().finish(customer.id(), "Phone", KeyUse.SIGNS_IN_ALONE, answer,
                ORIGIN)).isInstanceOf(RegistrationOutcome.Added.class);
        SoftwareAuthenticator clone = key.copy();

        PasskeyRequest request = node1.passkeySignIn().request().orElseThrow();
        assertThat(node2.passkeySignIn().signIn(request, key.answer(request), ORIGIN, null))
                .isInstanceOf(PasskeyOutcome.SignedIn.class);
        assertThat(auditTypes()).contains(AuditEventType.SIGNED_IN_WITH_PASSKEY);

        PasskeyRequest again = node2.passkeySignIn().request().orElseThrow();
        assertThat(node1.passkeySignIn().signIn(again, clone.answer(again), ORIGIN, null))
                .isEqualTo(new PasskeyOutcome.Cloned());
        assertThat(db.inTransaction(() -> db.ports().twoFactor().find(customer.id())).orElseThrow().failedAttempts())
                .isEqualTo(1);

        assertThat(node1.disableTwoFactor().disable(customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        PasskeyRequest after = node1.passkeySignIn().request().orElseThrow();
        assertThat(node1.passkeySignIn().signIn(after, key.answer(after), ORIGIN, null))
                .as("turning 2FA off removed the passkey").isEqualTo(new PasskeyOutcome.UnknownPasskey());
    }

    @Test
    void removal_with_the_password_and_turning_two_factor_off_remove_keys() {
        addKey();
        long id = node1.securityKeys().list(customer.id()).get(0).id();
        assertThat(node1.securityKeys().remove(customer.id(), id, "nope", ORIGIN))
                .isEqualTo(new SecurityKeyRemoval.WrongPassword());
        assertThat(node1.securityKeys().remove(customer.id(), id, PASSWORD, ORIGIN))
                .isEqualTo(new SecurityKeyRemoval.Removed("Blue key"));
        assertThat(node1.securityKeyLogin().options(SecondFactorSteps.pending(node1, customer.id()))).isEmpty();

        SoftwareAuthenticator another = new SoftwareAuthenticator("http://localhost:8080");
        assertThat(node1.securityKeyRegistration().finish(customer.id(), "Spare",
                another.register(node1.securityKeyRegistration().start(customer.id(), PASSWORD, ORIGIN).granted().orElseThrow()), ORIGIN))
                .isInstanceOf(RegistrationOutcome.Added.class);
        assertThat(node1.disableTwoFactor().disable(customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(node1.securityKeys().list(customer.id())).isEmpty();
        assertThat(auditTypes()).contains(AuditEventType.SECURITY_KEY_REMOVED,
                AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER);
    }
}
