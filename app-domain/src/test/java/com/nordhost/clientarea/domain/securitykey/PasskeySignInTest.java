package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.testing.SoftwareAuthenticator;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with a passkey alone (decision 0045): which keys may, what a refusal tells and counts, and that the
 * login's rules (throttle, lock, deactivation, the end of the second factor) hold as for any login.
 */
class PasskeySignInTest {

    /** The default customer URL gives relying party "localhost" and origin http://localhost:8080. */
    private static final String ORIGIN_URL = "http://localhost:8080";

    private final DomainFixture f = new DomainFixture();
    private final DomainFixture.Enrolled enrolled = f.enrollCustomer();
    private final SecurityKeyRegistration registration = f.services.securityKeyRegistration();
    private final PasskeySignIn passkeys = f.services.passkeySignIn();
    private final SoftwareAuthenticator phone = new SoftwareAuthenticator(ORIGIN_URL);

    private RegistrationOutcome.Added add(SoftwareAuthenticator authenticator, KeyUse asked) {
        RegistrationOptions options = registration.start(f.customer.id(), asked, PASSWORD, ORIGIN).granted()
                .orElseThrow();
        RegistrationOutcome outcome = registration.finish(f.customer.id(), "Phone", asked,
                authenticator.register(options), ORIGIN);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Added.class);
        return (RegistrationOutcome.Added) outcome;
    }

    private PasskeyOutcome signIn(SoftwareAuthenticator authenticator) {
        return signIn(authenticator, null);
    }

    private PasskeyOutcome signIn(SoftwareAuthenticator authenticator, String deviceToken) {
        PasskeyRequest request = passkeys.request().orElseThrow();
        return passkeys.signIn(request, authenticator.answer(request), ORIGIN, deviceToken);
    }

    private int failedAttempts() {
        return f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts();
    }

    private List<String> subjects() {
        return f.outbox.all().stream().map(OutboundMessage::subject).toList();
    }

    @Test
    void a_passkey_asked_for_and_verified_signs_in_alone_audited_and_listed_as_one() {
        RegistrationOutcome.Added added = add(phone, KeyUse.SIGNS_IN_ALONE);
        assertThat(added.use()).isEqualTo(KeyUse.SIGNS_IN_ALONE);
        assertThat(added.passkeyRefused()).isFalse();
        assertThat(f.services.securityKeys().list(f.customer.id())).singleElement()
                .satisfies(k -> assertThat(k.signsInAlone()).isTrue());
        RegistrationOptions options = registration.start(f.customer.id(), KeyUse.SIGNS_IN_ALONE, PASSWORD, ORIGIN)
                .granted().orElseThrow();
        assertThat(options.passkey()).as("the browser is asked for a discoverable credential").isTrue();

        f.clock.advance(Duration.ofMinutes(1));
        PasskeyOutcome outcome = signIn(phone);

        assertThat(outcome).isEqualTo(new PasskeyOutcome.SignedIn(f.customer));
        AuditEvent event = f.audit.ofType(AuditEventType.SIGNED_IN_WITH_PASSKEY).get(0);
        assertThat(event.details()).containsEntry("name", "Phone").containsEntry("newBrowser", "true");
        assertThat(f.services.securityKeys().list(f.customer.id()).get(0).lastUsedAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void a_browser_that_never_signed_in_gets_the_customer_a_notice_and_a_known_one_does_not() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        String knownBrowser = f.services.passwordLogin().rememberDevice(f.customer.id());

        assertThat(signIn(phone, knownBrowser)).isInstanceOf(PasskeyOutcome.SignedIn.class);
        assertThat(subjects()).doesNotContain("A passkey signed in to your account on a new browser");

        assertThat(signIn(phone, "forged.token.of.someone")).isInstanceOf(PasskeyOutcome.SignedIn.class);
        assertThat(subjects()).containsOnlyOnce("A passkey signed in to your account on a new browser");
        OutboundMessage notice = f.outbox.all().get(f.outbox.all().size() - 1);
        assertThat(notice.body()).contains("\"Phone\"", "203.0.113.7");
    }

    @Test
    void a_key_that_did_not_verify_its_user_at_registration_is_added_for_after_the_password_only() {
        SoftwareAuthenticator noPin = phone.withoutUserVerification();
        RegistrationOutcome.Added added = add(noPin, KeyUse.SIGNS_IN_ALONE);

        assertThat(added.use()).isEqualTo(KeyUse.AFTER_PASSWORD);
        assertThat(added.passkeyRefused()).as("the screen says so").isTrue();
        assertThat(f.audit.ofType(AuditEventType.SECURITY_KEY_ADDED).get(0).details())
                .containsEntry("use", "AFTER_PASSWORD").containsEntry("asked", "SIGNS_IN_ALONE");
        assertThat(signIn(noPin)).isEqualTo(new PasskeyOutcome.AfterPasswordOnly());
        assertThat(failedAttempts()).as("its signature checked: counted like a wrong code").isEqualTo(1);
        assertThat(SecondFactorSteps.key(f.services, f.customer.id(), noPin.answer(f.services.securityKeyLogin()
                .options(SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow()), ORIGIN, false))
                .as("after the password it works").isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void the_same_passkey_without_user_verification_is_refused_alone_and_accepted_after_the_password() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        SoftwareAuthenticator unverified = phone.withoutUserVerification();

        assertThat(signIn(unverified)).isEqualTo(new PasskeyOutcome.UserNotVerified());
        assertThat(f.audit.ofType(AuditEventType.PASSKEY_SIGN_IN_REFUSED).get(0).details())
                .containsEntry("reason", "user not verified").containsEntry("failedAttempts", "1");
        assertThat(f.audit.ofType(AuditEventType.SIGNED_IN_WITH_PASSKEY)).isEmpty();

        SecondFactorOutcome afterPassword = SecondFactorSteps.key(f.services, f.customer.id(),
                unverified.answer(f.services.securityKeyLogin().options(
                        SecondFactorSteps.pending(f.services, f.customer.id())).orElseThrow()), ORIGIN, false);
        assertThat(afterPassword).isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void a_key_added_for_after_the_password_does_not_sign_in_alone() {
        RegistrationOutcome.Added added = add(phone, KeyUse.AFTER_PASSWORD);
        assertThat(added.use()).isEqualTo(KeyUse.AFTER_PASSWORD);
        assertThat(added.passkeyRefused()).isFalse();

        assertThat(signIn(phone)).isEqualTo(new PasskeyOutcome.AfterPasswordOnly());
        assertThat(f.audit.ofType(AuditEventType.PASSKEY_SIGN_IN_REFUSED).get(0).details())
                .containsEntry("reason", "key is for after the password");
    }

    @Test
    void a_cloned_passkey_is_refused_audited_counted_and_the_customer_told() {
        long id = add(phone, KeyUse.SIGNS_IN_ALONE).keyId();
        SoftwareAuthenticator clone = phone.copy();
        assertThat(signIn(phone)).isInstanceOf(PasskeyOutcome.SignedIn.class);

        assertThat(signIn(clone)).isEqualTo(new PasskeyOutcome.Cloned());

        assertThat(f.audit.ofType(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED).get(0).details())
                .containsEntry("storedCounter", "1").containsEntry("presentedCounter", "1");
        assertThat(subjects()).contains("A copy of your passkey may exist");
        assertThat(failedAttempts()).isEqualTo(1);
        assertThat(f.securityKeys.signCount(id)).as("unchanged").isEqualTo(1);
        assertThat(signIn(phone)).as("the original still works").isInstanceOf(PasskeyOutcome.SignedIn.class);
    }

    @Test
    void a_removed_passkey_and_one_gone_with_two_factor_authentication_are_told_unknown() {
        long id = add(phone, KeyUse.SIGNS_IN_ALONE).keyId();
        assertThat(f.services.securityKeys().remove(f.customer.id(), id, PASSWORD, ORIGIN))
                .isInstanceOf(SecurityKeyRemoval.Removed.class);
        assertThat(signIn(phone)).isEqualTo(new PasskeyOutcome.UnknownPasskey());

        SoftwareAuthenticator laptop = new SoftwareAuthenticator(ORIGIN_URL);
        add(laptop, KeyUse.SIGNS_IN_ALONE);
        assertThat(f.services.disableTwoFactor().disable(f.customer.id(), PASSWORD, ORIGIN))
                .isInstanceOf(DisableOutcome.Disabled.class);
        assertThat(signIn(laptop)).as("turning 2FA off removes passkeys too")
                .isEqualTo(new PasskeyOutcome.UnknownPasskey());
        assertThat(f.audit.ofType(AuditEventType.PASSKEY_SIGN_IN_REFUSED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).containsEntry("reason", "unknown passkey"));
    }

    @Test
    void support_removal_removes_passkeys() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        assertThat(f.services.supportRemoval().remove(f.agent.id(), f.customer.id(), TicketReference.of("#8"),
                f.customer.email(), "Lost everything", ORIGIN)).isEqualTo(new SupportRemovalOutcome.Removed());
        assertThat(signIn(phone)).isEqualTo(new PasskeyOutcome.UnknownPasskey());
    }

    @Test
    void an_answer_older_than_its_request_or_for_another_request_or_origin_is_refused() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        PasskeyRequest late = passkeys.request().orElseThrow();
        String answer = phone.answer(late);
        f.clock.advance(SecurityKeyRegistration.CHALLENGE_LIFETIME);
        assertThat(passkeys.signIn(late, answer, ORIGIN, null)).isEqualTo(new PasskeyOutcome.Expired());

        PasskeyRequest first = passkeys.request().orElseThrow();
        PasskeyRequest second = passkeys.request().orElseThrow();
        assertThat(passkeys.signIn(second, phone.answer(first), ORIGIN, null))
                .as("signed for another challenge").isEqualTo(new PasskeyOutcome.NotAccepted());
        assertThat(passkeys.signIn(first, phone.at("https://phish.example").answer(first), ORIGIN, null))
                .as("made on another site").isEqualTo(new PasskeyOutcome.NotAccepted());
        assertThat(passkeys.signIn(first, "{\"not\":\"an answer\"}", ORIGIN, null))
                .isEqualTo(new PasskeyOutcome.NotAccepted());
        assertThat(failedAttempts()).as("nothing proves these came from the key: not counted").isZero();
        assertThat(f.audit.ofType(AuditEventType.PASSKEY_SIGN_IN_REFUSED)).hasSize(3);
    }

    @Test
    void forged_answers_with_a_known_credential_id_cannot_lock_the_owner_out() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        SoftwareAuthenticator forger = phone.copy();
        for (int i = 0; i < 120; i++) {
            PasskeyRequest request = passkeys.request().orElseThrow();
            String answer = forger.answer(request).replaceFirst("\"signature\":\"[^\"]+\"", "\"signature\":\"AAAA\"");
            assertThat(passkeys.signIn(request, answer, ORIGIN, null)).isEqualTo(new PasskeyOutcome.NotAccepted());
        }
        assertThat(failedAttempts()).isZero();
        assertThat(signIn(phone)).isInstanceOf(PasskeyOutcome.SignedIn.class);
    }

    @Test
    void a_user_handle_of_another_account_is_refused() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        assertThat(signIn(phone.withUserHandle("c29tZW9uZSBlbHNl"))).isEqualTo(new PasskeyOutcome.NotAccepted());
        assertThat(f.audit.ofType(AuditEventType.PASSKEY_SIGN_IN_REFUSED).get(0).details())
                .containsEntry("reason", "user handle of another account");
    }

    @Test
    void the_waits_and_the_lock_of_wrong_codes_stop_passkeys_and_a_passkey_resets_the_count() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), "000000", ORIGIN))
                .isInstanceOf(SecondFactorOutcome.WrongCode.class);
        assertThat(signIn(phone)).isInstanceOf(PasskeyOutcome.SignedIn.class);
        assertThat(failedAttempts()).isZero();

        for (int i = 0; i < 5; i++) {
            SecondFactorSteps.typed(f.services, f.customer.id(), "000000", ORIGIN);
        }
        assertThat(signIn(phone)).as("waiting, not checked").isInstanceOf(PasskeyOutcome.TryLater.class);
        f.twoFactor.setThrottle(f.customer.id(), null, true);
        assertThat(signIn(phone)).isEqualTo(new PasskeyOutcome.Locked());
    }

    @Test
    void a_deactivated_customer_is_refused_like_a_bad_answer() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        f.accounts.setCustomerActive(f.customer.id(), false);

        assertThat(signIn(phone)).isEqualTo(new PasskeyOutcome.NotAccepted());
        assertThat(f.audit.ofType(AuditEventType.PASSKEY_SIGN_IN_REFUSED).get(0).details())
                .containsEntry("reason", "account cannot sign in now");
    }

    @Test
    void without_a_usable_relying_party_nothing_is_offered() {
        DomainFixture onAnAddress = new DomainFixture();
        DomainSettings settings = onAnAddress.settings.withCustomerUrl("http://192.0.2.10:8080/");
        DomainServices services = DomainServices.create(onAnAddress.ports, onAnAddress.clock, onAnAddress.keyRing,
                settings);
        assertThat(services.passkeySignIn().offered()).isFalse();
        assertThat(services.passkeySignIn().request()).isEmpty();
        assertThat(passkeys.offered()).isTrue();
    }

    @Test
    void nothing_secret_reaches_the_audit_log() {
        add(phone, KeyUse.SIGNS_IN_ALONE);
        PasskeyRequest request = passkeys.request().orElseThrow();
        passkeys.signIn(request, phone.answer(request), ORIGIN, null);
        assertThat(f.audit.everythingWritten()).doesNotContain(request.challenge());
        assertThat(request.toString()).doesNotContain(request.challenge());
    }
}
