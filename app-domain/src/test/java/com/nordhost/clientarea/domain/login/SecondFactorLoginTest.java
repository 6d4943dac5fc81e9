package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.support.UnlockOutcome;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import com.nordhost.clientarea.domain.totp.CodeProblem;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorLoginTest {

    private final DomainFixture f = new DomainFixture();
    private final DomainFixture.Enrolled enrolled = f.enrollCustomer();
    private final SecondFactorLogin login = f.services.secondFactorLogin();

    private SecondFactorOutcome verify(String input) {
        return SecondFactorSteps.typed(f.services, f.customer.id(), input, ORIGIN);
    }

    private String wrongCode() {
        String right = f.codeNow(enrolled.secret());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(right) && !nearby(code)) {
                return code;
            }
        }
    }

    /** A code of a step within the drift hint's reach, which would be answered with a hint rather than plainly. */
    private boolean nearby(String code) {
        for (int steps = -TotpVerifier.DRIFT_HINT_STEPS; steps <= TotpVerifier.DRIFT_HINT_STEPS; steps++) {
            if (code.equals(f.codeStepsAway(enrolled.secret(), steps))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_current_code_passes_in_every_typed_form() {
        String code = f.codeNow(enrolled.secret());
        assertThat(verify(code.substring(0, 3) + "-" + code.substring(3))).isEqualTo(new SecondFactorOutcome.Passed(f.customer));
        assertThat(f.audit.types()).contains(AuditEventType.SECOND_FACTOR_PASSED);
    }

    @Test
    void a_code_works_only_once() {
        String code = f.codeNow(enrolled.secret());
        assertThat(verify(code)).isInstanceOf(SecondFactorOutcome.Passed.class);

        assertThat(verify(code)).isEqualTo(new SecondFactorOutcome.WrongCode());
        // Still within the window one step later, and still refused.
        f.nextStep();
        assertThat(verify(code)).isEqualTo(new SecondFactorOutcome.WrongCode());
    }

    @Test
    void a_code_of_a_step_before_the_last_accepted_one_is_refused() {
        String previous = f.codeStepsAway(enrolled.secret(), -1);
        assertThat(verify(f.codeNow(enrolled.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);

        assertThat(verify(previous)).isEqualTo(new SecondFactorOutcome.WrongCode());
    }

    @Test
    void one_step_either_side_passes_two_steps_do_not() {
        // Move past the step that confirmed the enrollment, which is spent.
        f.nextStep();
        assertThat(verify(f.codeStepsAway(enrolled.secret(), 2))).isInstanceOf(SecondFactorOutcome.WrongCode.class);
        assertThat(verify(f.codeStepsAway(enrolled.secret(), -1))).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(verify(f.codeStepsAway(enrolled.secret(), 1))).isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void a_code_two_to_ten_steps_off_is_refused_with_the_phones_clock_offset_and_beyond_that_plainly() {
        for (int steps : new int[] {2, -2, 10, -10}) {
            f.clock.advance(Duration.ofMinutes(15));
            assertThat(verify(f.codeStepsAway(enrolled.secret(), steps)))
                    .isEqualTo(new SecondFactorOutcome.WrongCode(Optional.of(offset(steps))));
        }
        for (int steps : new int[] {11, -11}) {
            f.clock.advance(Duration.ofMinutes(15));
            assertThat(verify(f.codeStepsAway(enrolled.secret(), steps))).isEqualTo(new SecondFactorOutcome.WrongCode());
        }
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts())
                .as("each hinted code counts as a wrong code").isEqualTo(6);
        assertThat(offset(-10).aboutMinutes()).isEqualTo(5);
        assertThat(offset(-10).phoneIsAhead()).isFalse();
    }

    @Test
    void a_spent_code_gets_no_clock_hint_and_a_hint_does_not_outlast_the_throttle() {
        String now = f.codeNow(enrolled.secret());
        f.nextStep();
        assertThat(verify(f.codeNow(enrolled.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(verify(now)).as("replayed").isEqualTo(new SecondFactorOutcome.WrongCode());
        for (int i = 0; i < 3; i++) {
            verify(wrongCode());
        }
        assertThat(verify(f.codeStepsAway(enrolled.secret(), 3))).as("fifth failure").isInstanceOf(SecondFactorOutcome.WrongCode.class);
        assertThat(verify(f.codeStepsAway(enrolled.secret(), 3)))
                .as("waiting after five failures: nothing checked, no hint").isInstanceOf(SecondFactorOutcome.TryLater.class);
    }

    private static PhoneClockOffset offset(int steps) {
        return new PhoneClockOffset(steps, Duration.ofSeconds(30));
    }

    @Test
    void two_requests_with_the_same_code_at_once_let_exactly_one_through() throws Exception {
        String code = f.codeNow(enrolled.secret());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SecondFactorOutcome>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return verify(code);
            }));
        }
        start.countDown();
        int passed = 0;
        for (Future<SecondFactorOutcome> result : results) {
            if (result.get() instanceof SecondFactorOutcome.Passed) {
                passed++;
            }
        }
        pool.shutdown();
        assertThat(passed).isEqualTo(1);
    }

    @Test
    void malformed_input_is_refused_with_a_reason_and_counts_as_a_failure() {
        assertThat(verify("12 34")).isEqualTo(new SecondFactorOutcome.MalformedCode(CodeProblem.WRONG_LENGTH));
        assertThat(verify("12a456")).isEqualTo(new SecondFactorOutcome.MalformedCode(CodeProblem.NOT_DIGITS));
        assertThat(verify("")).isEqualTo(new SecondFactorOutcome.MalformedCode(CodeProblem.EMPTY));
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isEqualTo(3);
    }

    @Test
    void after_five_failures_the_next_attempt_waits_thirty_seconds_doubling_to_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(verify(wrongCode())).isEqualTo(new SecondFactorOutcome.WrongCode());
        }
        // Four failures: no wait yet.
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().nextAttemptAt()).isNull();
        assertThat(verify(wrongCode())).isEqualTo(new SecondFactorOutcome.WrongCode());

        List<Duration> waits = new ArrayList<>();
        for (int failure = 6; failure <= 12; failure++) {
            Instant now = f.clock.instant();
            SecondFactorOutcome outcome = verify(f.codeNow(enrolled.secret()));
            assertThat(outcome).isInstanceOf(SecondFactorOutcome.TryLater.class);
            Instant until = ((SecondFactorOutcome.TryLater) outcome).until();
            waits.add(Duration.between(now, until));
            f.clock.set(until.minusSeconds(1));
            assertThat(verify(wrongCode())).isInstanceOf(SecondFactorOutcome.TryLater.class);
            f.clock.set(until);
            assertThat(verify(wrongCode())).isEqualTo(new SecondFactorOutcome.WrongCode());
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240), Duration.ofSeconds(480), Duration.ofMinutes(15), Duration.ofMinutes(15));
        // Attempts while waiting were not counted: 5 + 7.
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isEqualTo(12);
    }

    @Test
    void a_success_resets_the_count() {
        for (int i = 0; i < 4; i++) {
            verify(wrongCode());
        }
        assertThat(verify(f.codeNow(enrolled.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);
        f.nextStep();
        for (int i = 0; i < 4; i++) {
            assertThat(verify(wrongCode())).isEqualTo(new SecondFactorOutcome.WrongCode());
        }
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().nextAttemptAt()).isNull();
    }

    @Test
    void the_hundredth_consecutive_failure_locks_until_support_unlocks() {
        for (int failure = 1; failure <= 99; failure++) {
            assertThat(verify(wrongCode())).as("failure %d", failure).isEqualTo(new SecondFactorOutcome.WrongCode());
            f.clock.advance(Duration.ofMinutes(15));
        }
        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().locked()).isFalse();

        assertThat(verify(wrongCode())).isEqualTo(new SecondFactorOutcome.Locked());
        f.clock.advance(Duration.ofDays(7));
        assertThat(verify(f.codeNow(enrolled.secret()))).isEqualTo(new SecondFactorOutcome.Locked());
        assertThat(verify(enrolled.backupCode().display())).isEqualTo(new SecondFactorOutcome.Locked());
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.SECOND_FACTOR_LOCKED));
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", "wrong password", ORIGIN, BrowserTokens.NONE))
                .as("only the right password learns of the lock")
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(f.audit.types()).containsOnlyOnce(AuditEventType.SECOND_FACTOR_LOCKED);

        assertThat(f.services.secondFactorUnlock().unlock(f.agent.id(), f.customer.id(), TicketReference.of("#4711"),
                "Customer called from the registered phone number", ORIGIN)).isEqualTo(new UnlockOutcome.Unlocked());

        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "anna+hosting@example.com", PASSWORD, ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(f.services, f.customer.id()));
        assertThat(verify(f.codeNow(enrolled.secret()))).isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(f.audit.ofType(AuditEventType.SECOND_FACTOR_UNLOCKED).get(0).details())
                .containsEntry("ticket", "#4711").containsEntry("agent", "sam@nordhost.se");
    }

    @Test
    void the_backup_code_works_exactly_once_and_is_replaced_by_a_new_one() {
        SecondFactorOutcome first = verify(enrolled.backupCode().display().toLowerCase());

        assertThat(first).isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
        BackupCode replacement = ((SecondFactorOutcome.PassedWithBackupCode) first).newBackupCode();
        assertThat(replacement).isNotEqualTo(enrolled.backupCode());
        assertThat(f.services.twoFactorOverview().of(f.customer.id()).enabled()).isTrue();

        assertThat(verify(enrolled.backupCode().display())).isEqualTo(new SecondFactorOutcome.WrongCode());
        assertThat(verify(replacement.display())).isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
        assertThat(f.audit.types()).contains(AuditEventType.BACKUP_CODE_USED, AuditEventType.BACKUP_CODE_FAILED);
    }

    @Test
    void wrong_backup_codes_count_as_failures() {
        verify("ABCD-EFGH-JKMN-PQRS");
        verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ");

        assertThat(f.twoFactor.find(f.customer.id()).orElseThrow().failedAttempts()).isEqualTo(2);
        assertThat(f.audit.ofType(AuditEventType.BACKUP_CODE_FAILED)).hasSize(2);
    }

    @Test
    void no_code_or_backup_code_ever_reaches_the_audit_trail() {
        String code = f.codeNow(enrolled.secret());
        verify(wrongCode());
        verify(code);
        f.nextStep();
        verify(enrolled.backupCode().display());

        String written = f.audit.everythingWritten();
        assertThat(written).doesNotContain(code, enrolled.backupCode().value(), enrolled.backupCode().display(),
                enrolled.secret().base32(), PASSWORD);
        assertThat(f.audit.ofType(AuditEventType.SECOND_FACTOR_PASSED).get(0).sourceIp()).isEqualTo("203.0.113.7");
    }
}
