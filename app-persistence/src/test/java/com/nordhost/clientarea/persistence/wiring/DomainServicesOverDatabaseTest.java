package com.nordhost.clientarea.persistence.wiring;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.recovery.RecoveryDecision;
import com.nordhost.clientarea.domain.testing.SecondFactorSteps;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.domain.twofactor.AddAppOutcome;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApp;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.RemoveAppOutcome;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.persistence.testing.LocalTransactions;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.persistence.twofactor.JpaTwoFactorRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The domain's use cases over the real repositories and database, as the WARs' tests get them. */
class DomainServicesOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final TotpGenerator TOTP = new TotpGenerator(TotpParameters.DEFAULT);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private DomainServices services;

    @BeforeEach
    void services() {
        services = db.services(clock);
    }

    private record Enrolled(Account account, TotpSecret secret, BackupCode backupCode) {
    }

    private Enrolled enrolledCustomer() {
        String email = uniqueEmail("flow");
        Account account = db.createCustomer(email, "Flow Customer", "password-123");
        PendingEnrollment pending = services.enrollment().start(account.id(), ORIGIN);
        EnrollmentOutcome outcome = services.enrollment().confirm(account.id(),
                TOTP.codeAt(pending.secret(), clock.instant()), ORIGIN);
        assertThat(outcome).isInstanceOf(EnrollmentOutcome.Activated.class);
        return new Enrolled(account, pending.secret(), ((EnrollmentOutcome.Activated) outcome).backupCode());
    }

    @Test
    void a_customer_enrols_and_then_needs_a_fresh_code_to_sign_in() {
        Enrolled e = enrolledCustomer();
        String email = e.account().email().value();

        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, email, "password-123", ORIGIN, BrowserTokens.NONE))
                .isEqualTo(SecondFactorSteps.required(services, e.account().id()));

        String sameCodeAsEnrolment = TOTP.codeAt(e.secret(), clock.instant());
        assertThat(SecondFactorSteps.typed(services, e.account().id(), sameCodeAsEnrolment, ORIGIN))
                .as("the code used to confirm enrolment is spent").isInstanceOf(SecondFactorOutcome.WrongCode.class);

        clock.advance(Duration.ofSeconds(30));
        String code = TOTP.codeAt(e.secret(), clock.instant());
        assertThat(SecondFactorSteps.typed(services, e.account().id(), code, ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(SecondFactorSteps.typed(services, e.account().id(), code, ORIGIN))
                .as("replay").isInstanceOf(SecondFactorOutcome.WrongCode.class);

        List<AuditEventType> types = db.inTransaction(() -> db.auditLog().findBySubject(e.account().id(), 50))
                .stream().map(AuditEvent::type).toList();
        assertThat(types).contains(AuditEventType.ENROLLMENT_STARTED, AuditEventType.ENROLLMENT_CONFIRMED,
                AuditEventType.SECOND_FACTOR_PASSED, AuditEventType.SECOND_FACTOR_FAILED);
    }

    @Test
    void the_secret_is_stored_encrypted() {
        Enrolled e = enrolledCustomer();
        List<AuthenticatorApp> apps = db.inTransaction(() -> db.ports().authenticatorApps().list(e.account().id()));
        assertThat(apps).hasSize(1);
        EncryptedSecret stored = apps.get(0).secret();
        assertThat(stored.keyId()).isEqualTo(db.keyRing().currentKeyId());
        assertThat(Collections.indexOfSubList(toList(stored.ciphertext()), toList(e.secret().bytes()))).isEqualTo(-1);
        // The wizard's secret moved to the app: the second-factor row keeps no copy.
        assertThat(db.inTransaction(() -> db.twoFactor().find(e.account().id())).orElseThrow().secret()).isNull();
    }

    @Test
    void a_second_app_signs_in_beside_the_first_until_it_is_removed() {
        Enrolled e = enrolledCustomer();
        AccountId id = e.account().id();
        PendingEnrollment tablet = services.authenticatorApps().startAdding(id, "password-123", ORIGIN).granted()
                .orElseThrow();
        assertThat(services.authenticatorApps().confirmAdding(id, "Tablet", TOTP.codeAt(tablet.secret(),
                clock.instant()), ORIGIN)).isInstanceOf(AddAppOutcome.Added.class);
        clock.advance(Duration.ofSeconds(30));

        assertThat(SecondFactorSteps.typed(services, id, TOTP.codeAt(tablet.secret(), clock.instant()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        assertThat(SecondFactorSteps.typed(services, id, TOTP.codeAt(e.secret(), clock.instant()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
        long tabletId = services.authenticatorApps().list(id).get(1).id();
        assertThat(services.authenticatorApps().remove(id, tabletId, "password-123", ORIGIN))
                .isEqualTo(new RemoveAppOutcome.Removed());
        clock.advance(Duration.ofSeconds(30));

        assertThat(SecondFactorSteps.typed(services, id, TOTP.codeAt(tablet.secret(), clock.instant()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.WrongCode.class);
        assertThat(SecondFactorSteps.typed(services, id, TOTP.codeAt(e.secret(), clock.instant()), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.Passed.class);
    }

    @Test
    void a_backup_code_works_once_and_is_replaced() {
        Enrolled e = enrolledCustomer();
        SecondFactorOutcome first = SecondFactorSteps.typed(services, e.account().id(), e.backupCode().value(),
                ORIGIN);
        assertThat(first).isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
        assertThat(SecondFactorSteps.typed(services, e.account().id(), e.backupCode().value(), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.WrongCode.class);
        BackupCode next = ((SecondFactorOutcome.PassedWithBackupCode) first).newBackupCode();
        assertThat(SecondFactorSteps.typed(services, e.account().id(), next.value(), ORIGIN))
                .isInstanceOf(SecondFactorOutcome.PassedWithBackupCode.class);
    }

    @Test
    void one_code_sent_twice_at_the_same_moment_signs_in_once() throws Exception {
        for (int round = 0; round < 10; round++) {
            Enrolled e = enrolledCustomer();
            clock.advance(Duration.ofSeconds(30));
            String code = TOTP.codeAt(e.secret(), clock.instant());
            List<SecondFactorOutcome> outcomes = concurrently(2, () -> SecondFactorSteps.typed(services,
                    e.account().id(), code, ORIGIN));
            assertThat(outcomes).filteredOn(o -> o instanceof SecondFactorOutcome.Passed).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof SecondFactorOutcome.WrongCode).hasSize(1);
        }
    }

    /**
     * Holds a read until the other request has read too (at most 2 s), so both see the same state unless
     * the row lock makes one wait; then the other waits for our lock and we go on alone.
     */
    private static void waitForTheOther(CyclicBarrier barrier) {
        if (barrier == null) {
            return;
        }
        try {
            barrier.await(2, TimeUnit.SECONDS);
        } catch (TimeoutException | BrokenBarrierException e) {
            // the other request waits for our row lock
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads of the credential hold on until the other attempt has read too (at most 2 s): without a row lock
     * both attempts see the same throttle state; with it the second one waits in the database instead.
     */
    private static final class SlowReads extends JpaTwoFactorRepository {
        private volatile CyclicBarrier barrier;

        SlowReads(LocalTransactions transactions) {
            super(transactions);
        }

        @Override
        public Optional<TwoFactorCredential> find(AccountId accountId) {
            Optional<TwoFactorCredential> found = super.find(accountId);
            waitForTheOther(barrier);
            return found;
        }
    }

    private List<SecondFactorOutcome> twoWrongCodesAtOnceAfter(int earlierFailures) throws Exception {
        Enrolled e = enrolledCustomer();
        db.inTransaction(() -> {
            for (int i = 0; i < earlierFailures; i++) {
                db.twoFactor().incrementFailures(e.account().id());
            }
            return null;
        });
        SlowReads slow = new SlowReads(db.transactions());
        DomainServices node = DomainServices.create(db.ports().withTwoFactor(slow), clock, db.keyRing(),
                TestDatabase.testSettings());
        String wrong = TOTP.codeAt(e.secret(), clock.instant().minus(Duration.ofHours(1)));
        slow.barrier = new CyclicBarrier(2);
        List<SecondFactorOutcome> outcomes = concurrently(2, () -> SecondFactorSteps.typed(node,
                e.account().id(), wrong, ORIGIN));
        slow.barrier = null;
        lastFailedAttempts = db.inTransaction(() -> db.twoFactor().find(e.account().id())).orElseThrow()
                .failedAttempts();
        return outcomes;
    }

    private int lastFailedAttempts;

    @Test
    void two_wrong_codes_at_once_after_four_failures_check_one_and_make_the_other_wait() throws Exception {
        List<SecondFactorOutcome> outcomes = twoWrongCodesAtOnceAfter(4);
        assertThat(outcomes).filteredOn(o -> o instanceof SecondFactorOutcome.WrongCode).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof SecondFactorOutcome.TryLater).hasSize(1);
        assertThat(lastFailedAttempts).as("the waiting attempt is neither checked nor counted").isEqualTo(5);
    }

    @Test
    void two_wrong_codes_at_once_at_99_failures_never_check_a_101st_code() throws Exception {
        List<SecondFactorOutcome> outcomes = twoWrongCodesAtOnceAfter(99);
        assertThat(outcomes).containsOnly(new SecondFactorOutcome.Locked());
        assertThat(lastFailedAttempts).as("at most 100 codes are checked before the lock").isEqualTo(100);
    }

    /** Reads of the password wait hold on until the other login has read too (at most 2 s), as above. */
    private static final class SlowRetryReads extends JpaAccountRepository {
        private volatile CyclicBarrier barrier;

        SlowRetryReads(LocalTransactions transactions) {
            super(transactions);
        }

        @Override
        public Optional<Instant> findPasswordRetryAt(AccountId id, PasswordCounter counter) {
            Optional<Instant> found = super.findPasswordRetryAt(id, counter);
            waitForTheOther(barrier);
            return found;
        }
    }

    @Test
    void two_wrong_passwords_at_once_after_four_failures_check_one_and_make_the_other_wait() throws Exception {
        String email = uniqueEmail("pw-burst");
        Account account = db.createCustomer(email, "Burst Customer", "password-123");
        db.inTransaction(() -> {
            for (int i = 0; i < 4; i++) {
                db.accounts().incrementPasswordFailures(account.id(), PasswordCounter.UNTRUSTED);
            }
            return null;
        });
        SlowRetryReads slow = new SlowRetryReads(db.transactions());
        DomainServices node = DomainServices.create(db.ports().withAccounts(slow), clock, db.keyRing(),
                TestDatabase.testSettings());
        slow.barrier = new CyclicBarrier(2);
        List<LoginOutcome> outcomes = concurrently(2, () -> node.passwordLogin()
                .logIn(Realm.CUSTOMER, email, "wrong-password-1", ORIGIN, BrowserTokens.NONE));
        slow.barrier = null;

        assertThat(outcomes).containsExactlyInAnyOrder(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS),
                new LoginOutcome.TryLater(clock.instant().plusSeconds(1)));
        assertThat(db.inTransaction(() -> db.accounts().incrementPasswordFailures(account.id(), PasswordCounter.UNTRUSTED)))
                .as("the waiting guess was neither checked nor counted").isEqualTo(6);
    }

    @Test
    void the_test_database_helpers_create_accounts_that_can_sign_in() {
        String email = uniqueEmail("agent");
        AccountId agent = db.createStaff(com.nordhost.clientarea.domain.account.Role.SUPPORT, email, "Agent",
                "agent-password-1").id();
        assertThat(services.passwordLogin().logIn(Realm.STAFF, email, "agent-password-1", ORIGIN, BrowserTokens.NONE))
                .as("an agent sets up a second factor first").isInstanceOf(LoginOutcome.SecondFactorSetUpRequired.class);
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, email, "agent-password-1", ORIGIN, BrowserTokens.NONE))
                .as("staff credentials do not open the client area")
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, uniqueEmail("nobody"), "whatever-123", ORIGIN, BrowserTokens.NONE))
                .as("an unknown address, audited without a subject")
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(agent.value()).isPositive();
    }

    @Test
    void wrong_passwords_on_two_nodes_at_once_are_all_counted_and_throttle_both() throws Exception {
        String email = uniqueEmail("pw-nodes");
        Account account = db.createCustomer(email, "Throttled Customer", "password-123");
        DomainServices otherNode = db.services(clock);
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        LoginOutcome bad = new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS);

        List<LoginOutcome> outcomes = concurrently(4, () -> (turn.getAndIncrement() % 2 == 0 ? services : otherNode)
                .passwordLogin().logIn(Realm.CUSTOMER, email, "wrong-password-1", ORIGIN, BrowserTokens.NONE));
        assertThat(outcomes).containsOnly(bad);
        assertThat(otherNode.passwordLogin().logIn(Realm.CUSTOMER, email, "wrong-password-2", ORIGIN, BrowserTokens.NONE)).isEqualTo(bad);

        // Five failures counted exactly: both nodes now wait 1 s, even for the right password.
        LoginOutcome waiting = new LoginOutcome.TryLater(clock.instant().plusSeconds(1));
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, email, "password-123", ORIGIN, BrowserTokens.NONE)).isEqualTo(waiting);
        assertThat(otherNode.passwordLogin().logIn(Realm.CUSTOMER, email, "password-123", ORIGIN, BrowserTokens.NONE)).isEqualTo(waiting);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(account.id(), 20)).stream()
                .filter(e -> e.type() == AuditEventType.LOGIN_FAILED)
                .map(e -> e.details().get("passwordFailures")))
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5");

        clock.advance(Duration.ofSeconds(1));
        assertThat(otherNode.passwordLogin().logIn(Realm.CUSTOMER, email, "password-123", ORIGIN, BrowserTokens.NONE))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(db.inTransaction(() -> db.accounts().findPasswordRetryAt(account.id(), PasswordCounter.UNTRUSTED))).isEmpty();
    }

    @Test
    void an_admin_resetting_an_agents_second_factor_ends_the_agents_sessions() {
        Account admin = db.createStaff(com.nordhost.clientarea.domain.account.Role.ADMIN, uniqueEmail("admin"),
                "Ada Admin", "admin-password-1");
        Account agent = db.createStaff(com.nordhost.clientarea.domain.account.Role.SUPPORT, uniqueEmail("agent-reset"),
                "Sam Support", "agent-password-1");
        PendingEnrollment pending = services.enrollment().start(agent.id(), ORIGIN);
        services.enrollment().confirm(agent.id(), TOTP.codeAt(pending.secret(), clock.instant()), ORIGIN);
        int agentsSession = services.sessionEpochs().atSignIn(agent.id());
        int adminsSession = services.sessionEpochs().atSignIn(admin.id());

        assertThat(services.agentAdministration().resetSecondFactor(admin.id(), agent.id(), ORIGIN))
                .isInstanceOf(com.nordhost.clientarea.domain.staff.AgentOutcome.SecondFactorReset.class);

        assertThat(services.sessionEpochs().isCurrent(agent.id(), agentsSession)).isFalse();
        assertThat(services.sessionEpochs().isCurrent(admin.id(), adminsSession)).isTrue();
        assertThat(services.agentAdministration().resetSecondFactor(admin.id(), agent.id(), ORIGIN))
                .as("nothing left to reset").isInstanceOf(com.nordhost.clientarea.domain.staff.AgentOutcome.NothingToDo.class);
    }

    private static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new java.util.ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    /** The code step with "don't ask for a code on this browser" ticked; the cookie's value. */
    private String rememberBrowser(Enrolled e) {
        clock.advance(Duration.ofSeconds(30));
        SecondFactorOutcome outcome = SecondFactorSteps.typed(services, e.account().id(),
                TOTP.codeAt(e.secret(), clock.instant()), ORIGIN, true);
        assertThat(outcome).isInstanceOf(SecondFactorOutcome.Passed.class);
        String token = ((SecondFactorOutcome.Passed) outcome).rememberedToken();
        assertThat(token).isNotNull();
        return token;
    }

    private LoginOutcome logInRemembered(Enrolled e, String password, String token) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, e.account().email().value(), password, ORIGIN, new BrowserTokens(null, token));
    }

    @Test
    void a_remembered_browser_signs_in_without_a_code_until_a_password_change_forgets_it() {
        Enrolled e = enrolledCustomer();
        String token = rememberBrowser(e);

        assertThat(logInRemembered(e, "password-123", token))
                .isInstanceOf(LoginOutcome.LoggedInWithRememberedBrowser.class);
        assertThat(logInRemembered(e, "password-123", null)).as("another browser")
                .isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(services.rememberedBrowsers().list(e.account().id())).singleElement()
                .satisfies(b -> assertThat(b.lastUsedAt()).isEqualTo(clock.instant()));

        assertThat(services.passwordChange().change(e.account().id(), "password-123", "a new password-456", ORIGIN))
                .isInstanceOf(com.nordhost.clientarea.domain.profile.PasswordChangeOutcome.Changed.class);
        assertThat(logInRemembered(e, "a new password-456", token))
                .isInstanceOf(LoginOutcome.SecondFactorRequired.class);
        assertThat(services.rememberedBrowsers().list(e.account().id())).isEmpty();
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(e.account().id(), 50)))
                .extracting(AuditEvent::type).contains(AuditEventType.BROWSER_REMEMBERED,
                        AuditEventType.SIGNED_IN_WITH_REMEMBERED_BROWSER, AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN);
    }

    @Test
    void a_verified_recovery_request_removes_the_second_factor_after_the_wait_at_the_next_login() {
        Enrolled e = enrolledCustomer();
        rememberBrowser(e);
        Account agent = db.createStaff(com.nordhost.clientarea.domain.account.Role.SUPPORT, uniqueEmail("agent"),
                "Sam Support", "agent-password-1");
        assertThat(services.recoveryRequestFlow().requestAfterPassword(e.account().id(), ORIGIN))
                .isEqualTo(new com.nordhost.clientarea.domain.recovery.RecoveryOutcome.Requested());
        List<java.util.Map<String, String>> mail = com.nordhost.clientarea.persistence.testing.OutboundMailRows
                .outboundMailTo(db, e.account().email().value(),
                        "Confirm your request to turn off two-factor authentication");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("recovery/confirm\\?token=([A-Za-z0-9_-]{43})")
                .matcher(mail.get(0).get("body"));
        assertThat(m.find()).isTrue();
        assertThat(services.recoveryRequestFlow().confirm(m.group(1), ORIGIN))
                .isEqualTo(com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome.DONE);
        long id = services.recoveryRequestQueue().pending(agent.id()).stream()
                .filter(r -> r.customerId().equals(e.account().id())).findFirst().orElseThrow().requestId();
        assertThat(services.recoveryRequestQueue().approve(agent.id(), id, "NH-1", ORIGIN))
                .isEqualTo(RecoveryDecision.APPROVED);

        clock.advance(Duration.ofHours(24));
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, e.account().email().value(), "password-123",
                ORIGIN, BrowserTokens.NONE)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(db.inTransaction(() -> db.twoFactor().find(e.account().id()))).isEmpty();
        List<AuditEvent> trail = db.inTransaction(() -> db.auditLog().findBySubject(e.account().id(), 20));
        assertThat(trail).extracting(AuditEvent::type)
                .contains(AuditEventType.RECOVERY_REQUEST_COMPLETED, AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT);
        assertThat(trail).filteredOn(event -> event.type() == AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT)
                .singleElement().satisfies(event -> assertThat(event.details())
                        .containsEntry("rememberedBrowsers", "1").containsEntry("apps", "1"));
        assertThat(services.rememberedBrowsers().list(e.account().id())).as("forgotten with the factor").isEmpty();
        assertThat(services.recoveryRequestFlow().sweep()).isZero();
    }
}
