package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.CodeProblem;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrollmentTest {

    private final DomainFixture f = new DomainFixture();
    private final Enrollment enrollment = f.services.enrollment();

    @Test
    void a_pending_enrollment_does_not_affect_login() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        assertThat(pending.keyUri()).startsWith("otpauth://totp/Nordhost%20Kundzon:anna%2Bhosting%40example.com?secret="
                + pending.secret().base32() + "&issuer=Nordhost%20Kundzon&algorithm=SHA1&digits=6&period=30");
        assertThat(pending.expiresAt()).isEqualTo(DomainFixture.START.plus(Duration.ofMinutes(30)));
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isFalse();
        assertThat(f.audit.types()).contains(AuditEventType.ENROLLMENT_STARTED);
    }

    @Test
    void confirming_with_a_valid_code_turns_it_on_and_gives_the_backup_code_once() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        EnrollmentOutcome outcome = enrollment.confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN);

        assertThat(outcome).isInstanceOf(EnrollmentOutcome.Activated.class);
        assertThat(((EnrollmentOutcome.Activated) outcome).backupCode().display()).hasSize(19);
        TwoFactorSummary summary = f.services.twoFactorOverview().of(f.customer.id());
        assertThat(summary.status()).isEqualTo(TwoFactorStatus.ACTIVE);
        assertThat(summary.enabledAt()).isEqualTo(DomainFixture.START);
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        // Confirming again gives nothing: the backup code was shown once.
        assertThat(enrollment.confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isEqualTo(new EnrollmentOutcome.NotPending());
        assertThat(f.audit.types()).contains(AuditEventType.ENROLLMENT_CONFIRMED);
    }

    @Test
    void turning_it_on_ends_every_other_session_of_the_account() {
        int before = f.accounts.findSessionEpoch(f.customer.id()).orElseThrow();
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        EnrollmentOutcome outcome = enrollment.confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN);

        int after = ((EnrollmentOutcome.Activated) outcome).sessionEpoch();
        assertThat(after).isGreaterThan(before);
        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), before)).as("another browser's session")
                .isFalse();
        assertThat(f.services.sessionEpochs().isCurrent(f.customer.id(), after)).as("the session that turned it on")
                .isTrue();
    }

    @Test
    void the_confirming_code_cannot_also_be_used_to_log_in() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);
        String code = f.codeNow(pending.secret());
        enrollment.confirm(f.customer.id(), code, ORIGIN);

        assertThat(SecondFactorSteps.typed(f.services, f.customer.id(), code, ORIGIN))
                .isEqualTo(new SecondFactorOutcome.WrongCode());
    }

    @Test
    void a_code_from_a_phone_four_minutes_behind_is_refused_with_how_far_the_clock_is_off() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        EnrollmentOutcome outcome = enrollment.confirm(f.customer.id(), f.codeStepsAway(pending.secret(), -8), ORIGIN);

        assertThat(outcome).isEqualTo(new EnrollmentOutcome.WrongCode(
                Optional.of(new PhoneClockOffset(-8, Duration.ofSeconds(30)))));
        assertThat(((EnrollmentOutcome.WrongCode) outcome).clockOffset().orElseThrow().aboutMinutes()).isEqualTo(4);
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.PENDING);
    }

    @Test
    void wrong_and_malformed_codes_do_not_turn_it_on() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);
        String right = f.codeNow(pending.secret());
        String wrong = right.equals("000000") ? "000001" : "000000";

        assertThat(enrollment.confirm(f.customer.id(), wrong, ORIGIN)).isEqualTo(new EnrollmentOutcome.WrongCode());
        assertThat(enrollment.confirm(f.customer.id(), "12345", ORIGIN))
                .isEqualTo(new EnrollmentOutcome.MalformedCode(CodeProblem.WRONG_LENGTH));
        assertThat(enrollment.confirm(f.customer.id(), "abc", ORIGIN))
                .isEqualTo(new EnrollmentOutcome.MalformedCode(CodeProblem.NOT_DIGITS));
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.PENDING);
        // A typed "123 456" form works.
        String spaced = right.substring(0, 3) + " " + right.substring(3);
        assertThat(enrollment.confirm(f.customer.id(), spaced, ORIGIN)).isInstanceOf(EnrollmentOutcome.Activated.class);
    }

    @Test
    void a_pending_enrollment_expires_after_thirty_minutes() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        f.clock.advance(Duration.ofMinutes(30));

        assertThat(enrollment.confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isEqualTo(new EnrollmentOutcome.Expired());
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.OFF);
    }

    @Test
    void a_customer_who_takes_twenty_nine_minutes_still_gets_in() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        f.clock.advance(Duration.ofMinutes(30).minusSeconds(1));

        assertThat(enrollment.confirm(f.customer.id(), f.codeNow(pending.secret()), ORIGIN))
                .isInstanceOf(EnrollmentOutcome.Activated.class);
    }

    @Test
    void starting_again_replaces_the_pending_secret() {
        PendingEnrollment first = enrollment.start(f.customer.id(), ORIGIN);
        PendingEnrollment second = enrollment.start(f.customer.id(), ORIGIN);
        assertThat(second.secret()).isNotEqualTo(first.secret());

        assertThat(enrollment.confirm(f.customer.id(), f.codeNow(first.secret()), ORIGIN))
                .isEqualTo(new EnrollmentOutcome.WrongCode());
        assertThat(enrollment.confirm(f.customer.id(), f.codeNow(second.secret()), ORIGIN))
                .isInstanceOf(EnrollmentOutcome.Activated.class);
    }

    @Test
    void nothing_to_confirm_without_a_start() {
        assertThat(enrollment.confirm(f.customer.id(), "123456", ORIGIN)).isEqualTo(new EnrollmentOutcome.NotPending());
    }

    @Test
    void cannot_start_while_it_is_on() {
        f.enrollCustomer();

        assertThatThrownBy(() -> enrollment.start(f.customer.id(), ORIGIN)).isInstanceOf(IllegalStateException.class);
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).status()).isEqualTo(TwoFactorStatus.ACTIVE);
    }

    @Test
    void the_secret_is_stored_encrypted_under_the_key_id() {
        PendingEnrollment pending = enrollment.start(f.customer.id(), ORIGIN);

        TwoFactorCredential stored = f.twoFactor.find(f.customer.id()).orElseThrow();

        assertThat(stored.secret().keyId()).isEqualTo("k1");
        assertThat(new String(stored.secret().ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(pending.secret().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(f.audit.everythingWritten()).doesNotContain(pending.secret().base32());
    }
}
