package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.testing.SoftwareAuthenticator;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.AGENT_PASSWORD;
import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Security keys and passkeys as a second factor (decision 0024): adding, signing in, the counter, removing. */
class SecurityKeysTest {

    /** The default customer URL gives relying party "localhost" and origin http://localhost:8080. */
    private static final String ORIGIN_URL = "http://localhost:8080";

    private final DomainFixture f = new DomainFixture();
    private final DomainFixture.Enrolled enrolled = f.enrollCustomer();
    private final SecurityKeyRegistration registration = f.services.securityKeyRegistration();
    private final SecurityKeyLogin login = f.services.securityKeyLogin();
    private final SecurityKeys keys = f.services.securityKeys();
    private final SoftwareAuthenticator key = new SoftwareAuthenticator(ORIGIN_URL);

    private long add(SoftwareAuthenticator authenticator, String name) {
        RegistrationOptions options = registration.start(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        RegistrationOutcome outcome = registration.finish(f.customer.id(), name, authenticator.register(options),
                ORIGIN);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Added.class);
        return ((RegistrationOutcome.Added) outcome).keyId();
    }

    private SecondFactorOutcome signIn(SoftwareAuthenticator authenticator) {
        return SecondFactorSteps.key(f.services, f.customer.id(), authenticator.answer(login.options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow()),
                ORIGIN, false);
    }

    private List<String> subjects() {
        return f.outbox.all().stream().map(OutboundMessage::subject).toList();
    }

    @Test
    void an_added_key_is_listed_by_its_name_audited_notified_and_signs_in_without_a_code() {
        add(key, "  Blue YubiKey ");

        List<SecurityKey> listed = keys.list(f.customer.id());
        assertThat(listed).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("Blue YubiKey");
            assertThat(k.addedAt()).isEqualTo(f.clock.instant());
            assertThat(k.lastUsedAt()).isNull();
        });
        assertThat(f.audit.types()).contains(AuditEventType.SECURITY_KEY_ADDED);
        assertThat(subjects()).contains("A security key was added to your account");
        assertThat(f.outbox.all().get(f.outbox.all().size() - 1).body()).contains("\"Blue YubiKey\"");

        f.clock.advance(Duration.ofMinutes(5));
        SecondFactorOutcome outcome = signIn(key);

        assertThat(outcome).isEqualTo(new SecondFactorOutcome.Passed(f.customer));
        assertThat(keys.list(f.customer.id()).get(0).lastUsedAt()).isEqualTo(f.clock.instant());
        AuditEvent passed = f.audit.ofType(AuditEventType.SECURITY_KEY_USED).get(0);
        assertThat(passed.details()).containsEntry("name", "Blue YubiKey");
    }

    @Test
    void the_login_offers_no_key_to_an_account_without_one_and_none_to_an_agent() {
        assertThat(login.options(SecondFactorSteps.pending(f.services, f.customer.id()))).isEmpty();
        assertThat(registration.start(f.agent.id(), AGENT_PASSWORD, ORIGIN).granted()).as("keys are for customers")
                .isEmpty();
    }

    @Test
    void adding_a_key_needs_the_password_before_the_browser_is_asked() {
        assertThat(registration.start(f.customer.id(), "the intruder's guess", ORIGIN))
                .isEqualTo(new AfterPassword.WrongPassword<RegistrationOptions>());
        assertThat(f.webAuthnChallenges.size()).as("no challenge issued").isZero();
        assertThat(f.audit.ofType(AuditEventType.SECURITY_KEY_ADD_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "wrong password"));
    }

    @Test
    void a_key_cannot_be_added_while_two_factor_authentication_is_off() {
        var other = f.services.accountRegistration().register(Role.CUSTOMER, EmailAddress.of("bo@example.com"),
                "Bo", PASSWORD);
        assertThat(registration.start(other.id(), PASSWORD, ORIGIN).granted()).isEmpty();
        assertThat(registration.finish(other.id(), "Key", key.register("AAAA", "localhost"), ORIGIN))
                .isEqualTo(new RegistrationOutcome.NotAllowed());
    }

    @Test
    void a_bad_name_is_refused_with_its_reason_before_anything_is_spent() {
        RegistrationOptions options = registration.start(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        String answer = key.register(options);

        assertThat(registration.finish(f.customer.id(), "   ", answer, ORIGIN))
                .isEqualTo(new RegistrationOutcome.BadName("securityKey.name.missing"));
        assertThat(registration.finish(f.customer.id(), "x".repeat(65), answer, ORIGIN))
                .isEqualTo(new RegistrationOutcome.BadName("securityKey.name.tooLong"));
        assertThat(registration.finish(f.customer.id(), "Key\u0000", answer, ORIGIN))
                .isEqualTo(new RegistrationOutcome.BadName("securityKey.name.invalid"));
        assertThat(registration.finish(f.customer.id(), "x".repeat(64), answer, ORIGIN))
                .as("the challenge was still unspent").isInstanceOf(RegistrationOutcome.Added.class);
    }

    @Test
    void a_registration_answer_works_once_and_only_before_its_challenge_expires() {
        RegistrationOptions options = registration.start(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        f.clock.advance(SecurityKeyRegistration.CHALLENGE_LIFETIME.plusSeconds(1));
        assertThat(registration.finish(f.customer.id(), "Late", key.register(options), ORIGIN))
                .isEqualTo(new RegistrationOutcome.Refused());

        RegistrationOptions fresh = registration.start(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        String answer = key.register(fresh);
        assertThat(registration.finish(f.customer.id(), "Key", answer, ORIGIN))
                .isInstanceOf(RegistrationOutcome.Added.class);
        SoftwareAuthenticator second = new SoftwareAuthenticator(ORIGIN_URL);
        assertThat(registration.finish(f.customer.id(), "Again", second.register(fresh), ORIGIN))
                .as("the challenge was spent").isEqualTo(new RegistrationOutcome.Refused());
        assertThat(keys.list(f.customer.id())).hasSize(1);
        assertThat(f.audit.ofType(AuditEventType.SECURITY_KEY_ADD_REFUSED)).hasSize(2);
    }

    @Test
    void the_same_authenticator_is_not_added_twice() {
        add(key, "First");
        RegistrationOptions options = registration.start(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        assertThat(options.excludeIds()).containsExactly(key.credentialId());
        assertThat(registration.finish(f.customer.id(), "Second", key.register(options), ORIGIN))
                .isEqualTo(new RegistrationOutcome.AlreadyRegistered());
    }

    @Test
    void an_answer_made_for_another_origin_is_refused_and_counted() {
        add(key, "Key");
        AssertionOptions options = login.options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow();

        SecondFactorOutcome outcome = SecondFactorSteps.key(f.services, f.customer.id(), key.at("https://phish.example").answer(options),
                ORIGIN, false);

        assertThat(outcome).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isEqualTo(1);
        assertThat(f.audit.ofType(AuditEventType.SECURITY_KEY_REFUSED).get(0).details())
                .containsEntry("reason", "key answer refused").containsEntry("failedAttempts", "1");
    }

    @Test
    void a_login_answer_works_once_and_a_registration_challenge_does_not_sign_in() {
        add(key, "Key");
        AssertionOptions options = login.options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow();
        String answer = key.answer(options);
        assertThat(SecondFactorSteps.key(f.services, f.customer.id(), answer, ORIGIN, false)).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(SecondFactorSteps.key(f.services, f.customer.id(), answer, ORIGIN, false))
                .as("replayed").isEqualTo(new SecondFactorOutcome.WrongCode());

        RegistrationOptions registrationOptions = registration.start(f.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow();
        assertThat(SecondFactorSteps.key(f.services, f.customer.id(), key.answer(registrationOptions.challenge(), "localhost"), ORIGIN,
                false)).isEqualTo(new SecondFactorOutcome.WrongCode());

        AssertionOptions late = login.options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow();
        f.clock.advance(SecurityKeyRegistration.CHALLENGE_LIFETIME.plusSeconds(1));
        assertThat(SecondFactorSteps.key(f.services, f.customer.id(), key.answer(late), ORIGIN, false))
                .as("expired").isEqualTo(new SecondFactorOutcome.WrongCode());
    }

    @Test
    void a_cloned_key_with_a_counter_that_did_not_go_up_is_refused_audited_and_the_customer_told() {
        long id = add(key, "Office key");
        SoftwareAuthenticator clone = key.copy();
        assertThat(signIn(key)).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(f.securityKeys.signCount(id)).isEqualTo(1);

        SecondFactorOutcome outcome = signIn(clone);

        assertThat(outcome).isEqualTo(new SecondFactorOutcome.WrongCode());
        AuditEvent suspected = f.audit.ofType(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED).get(0);
        assertThat(suspected.details()).containsEntry("storedCounter", "1").containsEntry("presentedCounter", "1");
        assertThat(subjects()).contains("A copy of your security key may exist");
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isEqualTo(1);
        assertThat(f.securityKeys.signCount(id)).as("unchanged").isEqualTo(1);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(key)).as("the original still works").isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void another_customers_key_does_not_sign_in() {
        add(key, "Key");
        DomainFixture other = new DomainFixture();
        other.enrollCustomer();
        SoftwareAuthenticator theirs = new SoftwareAuthenticator(ORIGIN_URL);
        assertThat(other.services.securityKeyRegistration().finish(other.customer.id(), "Theirs",
                theirs.register(other.services.securityKeyRegistration().start(other.customer.id(), PASSWORD, ORIGIN).granted().orElseThrow()),
                ORIGIN)).isInstanceOf(RegistrationOutcome.Added.class);

        assertThat(signIn(theirs)).isEqualTo(new SecondFactorOutcome.WrongCode());
    }

    @Test
    void key_failures_share_the_code_throttle_and_a_lock_stops_keys_too() {
        add(key, "Key");
        SoftwareAuthenticator stranger = new SoftwareAuthenticator(ORIGIN_URL);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(stranger)).isEqualTo(new SecondFactorOutcome.WrongCode());
        }
        assertThat(signIn(key)).as("waiting, not checked").isInstanceOf(SecondFactorOutcome.TryLater.class);
        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), f.codeNow(enrolled.secret()), ORIGIN))
                .as("the code waits too").isInstanceOf(SecondFactorOutcome.TryLater.class);

        f.twoFactor.setThrottle(f.customer.id(), null, true);
        assertThat(signIn(key)).isEqualTo(new SecondFactorOutcome.Locked());
    }

    @Test
    void a_passed_key_resets_the_wrong_code_count() {
        add(key, "Key");
        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), "000000", ORIGIN))
                .isInstanceOf(SecondFactorOutcome.WrongCode.class);
        assertThat(signIn(key)).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void a_ticked_box_remembers_the_browser_after_a_key_too() {
        add(key, "Key");
        SecondFactorOutcome outcome = SecondFactorSteps.key(f.services, f.customer.id(),
                key.answer(login.options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow()), ORIGIN, true);
        assertThat(((SecondFactorOutcome.Passed) outcome).rememberedToken()).isNotNull();
        assertThat(f.services.rememberedBrowsers().list(f.customer.id())).hasSize(1);
    }

    @Test
    void removing_a_key_needs_the_password_and_the_key_then_no_longer_signs_in() {
        long id = add(key, "Old key");

        assertThat(keys.remove(f.customer.id(), id, "wrong password", ORIGIN))
                .isEqualTo(new SecurityKeyRemoval.WrongPassword());
        assertThat(keys.list(f.customer.id())).hasSize(1);
        assertThat(f.audit.types()).contains(AuditEventType.SECURITY_KEY_REMOVAL_REFUSED);

        assertThat(keys.remove(f.customer.id(), id, PASSWORD, ORIGIN))
                .isEqualTo(new SecurityKeyRemoval.Removed("Old key"));
        assertThat(keys.list(f.customer.id())).isEmpty();
        assertThat(subjects()).contains("A security key was removed from your account");
        assertThat(login.options(SecondFactorSteps.pending(f.services, f.customer.id()))).isEmpty();
        assertThat(SecondFactorSteps.key(f.services, f.customer.id(), key.answer("AAAA", "localhost"), ORIGIN, false))
                .isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(keys.remove(f.customer.id(), id, PASSWORD, ORIGIN)).isEqualTo(new SecurityKeyRemoval.NotFound());
    }

    @Test
    void turning_two_factor_authentication_off_removes_every_key() {
        add(key, "Key");
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(keys.list(f.customer.id())).isEmpty();
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER).get(0).details())
                .containsEntry("securityKeys", "1");

        f.enrollCustomer();
        assertThat(login.options(SecondFactorSteps.pending(f.services, f.customer.id()))).as("a new 2FA starts without the old keys").isEmpty();
    }

    @Test
    void support_removal_removes_every_key() {
        add(key, "Key");
        add(new SoftwareAuthenticator(ORIGIN_URL), "Spare");
        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#7"),
                f.customer.email(), "Lost phone and keys", ORIGIN)).isEqualTo(new SupportRemovalOutcome.Removed());
        assertThat(keys.list(f.customer.id())).isEmpty();
        assertThat(f.audit.ofType(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT).get(0).details())
                .containsEntry("securityKeys", "2");
    }

    @Test
    void nothing_secret_reaches_the_audit_log() {
        add(key, "Key");
        AssertionOptions options = login.options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow();
        SecondFactorSteps.key(f.services, f.customer.id(), key.answer(options), ORIGIN, false);
        assertThat(f.audit.everythingWritten()).doesNotContain(options.challenge());
    }

}
