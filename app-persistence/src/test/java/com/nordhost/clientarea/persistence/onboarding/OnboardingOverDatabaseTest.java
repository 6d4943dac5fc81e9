package com.nordhost.clientarea.persistence.onboarding;

import static com.nordhost.clientarea.persistence.testing.OutboundMailRows.outboundMailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.onboarding.AcceptOutcome;
import com.nordhost.clientarea.domain.onboarding.InvitationStatus;
import com.nordhost.clientarea.domain.onboarding.LinkState;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.onboarding.ResendOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.persistence.testing.LocalTransactions;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Creating and inviting customers over the real repositories and schema (decision 0029). */
class OnboardingOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final Pattern TOKEN = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Ünïcødé 密码 🔑 long";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private DomainServices services;
    private Account agent;

    @BeforeAll
    void agent() {
        services = db.services(clock);
        agent = db.createStaff(Role.SUPPORT, uniqueEmail("agent"), "Sam Support", "agent-password-1");
    }

    private static NewCustomer details(String email) {
        return new NewCustomer("Bertil Berg", email, "+46 8 123 45 67", "Kungsgatan 2", "111 43", "Stockholm",
                "Sverige");
    }

    private String lastLink(String email) {
        List<java.util.Map<String, String>> mails = outboundMailTo(db, email);
        Matcher m = TOKEN.matcher(mails.get(mails.size() - 1).get("body"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private LoginOutcome logIn(String email, String password) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, email, password, ORIGIN, BrowserTokens.NONE);
    }

    @Test
    void a_created_customer_gets_a_fresh_number_and_signs_in_after_accepting_the_invitation() {
        String email = uniqueEmail("bertil");
        OnboardingOutcome.Created first = (OnboardingOutcome.Created) services.customerOnboarding().create(agent.id(),
                details(email.toUpperCase()), Language.SWEDISH, ORIGIN);
        OnboardingOutcome.Created second = (OnboardingOutcome.Created) services.customerOnboarding().create(
                agent.id(), details(uniqueEmail("cecilia")), Language.ENGLISH, ORIGIN);
        assertThat(first.customerNumber()).matches("C2\\d{6}");
        long a = Long.parseLong(first.customerNumber().substring(1));
        assertThat(Long.parseLong(second.customerNumber().substring(1))).isGreaterThan(a);
        assertThat(db.inTransaction(() -> db.accounts().findCustomerDetails(first.account())).orElseThrow()
                .customerNumber()).isEqualTo(first.customerNumber());
        assertThat(db.inTransaction(() -> db.accounts().findLanguage(first.account()))).contains(Language.SWEDISH);
        assertThat(outboundMailTo(db, email)).singleElement()
                .satisfies(m -> assertThat(m.get("subject")).startsWith("Välkommen"));

        assertThat(logIn(email, "")).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        String token = lastLink(email);
        assertThat(services.invitationAcceptance().check(token)).isEqualTo(LinkState.VALID);
        assertThat(services.invitationAcceptance().accept(token, PASSWORD, ORIGIN))
                .isEqualTo(new AcceptOutcome.Accepted());
        assertThat(logIn(email, PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(services.invitationAcceptance().accept(token, PASSWORD, ORIGIN))
                .isEqualTo(new AcceptOutcome.InvalidLink());
        List<AuditEventType> types = db.inTransaction(() -> db.auditLog().findBySubject(first.account(), 20))
                .stream().map(e -> e.type()).toList();
        assertThat(types).contains(AuditEventType.CUSTOMER_CREATED, AuditEventType.INVITATION_SENT,
                AuditEventType.INVITATION_ACCEPTED, AuditEventType.LOGIN_SUCCEEDED);
    }

    @Test
    void the_same_address_in_another_case_is_taken() {
        String email = uniqueEmail("dora");
        assertThat(services.customerOnboarding().create(agent.id(), details(email), Language.ENGLISH, ORIGIN))
                .isInstanceOf(OnboardingOutcome.Created.class);
        assertThat(services.customerOnboarding().create(agent.id(), details(email.toUpperCase()), Language.ENGLISH,
                ORIGIN)).isEqualTo(new OnboardingOutcome.EmailTaken());
    }

    @Test
    void resend_shows_its_time_and_spends_the_old_link_then_it_expires_after_seven_days() {
        String email = uniqueEmail("erik");
        OnboardingOutcome.Created created = (OnboardingOutcome.Created) services.customerOnboarding().create(
                agent.id(), details(email), Language.ENGLISH, ORIGIN);
        String first = lastLink(email);
        clock.advance(Duration.ofHours(2));
        assertThat(services.customerOnboarding().resendInvitation(agent.id(), created.account(), ORIGIN))
                .isEqualTo(ResendOutcome.SENT);
        String second = lastLink(email);
        assertThat(services.invitationAcceptance().check(first)).isEqualTo(LinkState.INVALID);
        InvitationStatus status = services.customerOnboarding().invitation(agent.id(), created.account())
                .orElseThrow();
        assertThat(status.sentAt()).isEqualTo(clock.instant());
        assertThat(status.accepted()).isFalse();
        clock.advance(Duration.ofDays(7));
        assertThat(services.invitationAcceptance().check(second)).isEqualTo(LinkState.EXPIRED);
        assertThat(services.customerOnboarding().invitation(agent.id(), created.account()).orElseThrow().expired())
                .isTrue();
    }

    /**
     * Two agents create the same address at the same moment: both pass the application's check (the reads wait
     * for each other), the database's unique constraint lets one insert through, and the other gets EmailTaken,
     * not an exception; its customer number is spent, never reused.
     */
    @Test
    void two_creations_of_one_address_at_once_make_one_customer() throws Exception {
        for (int round = 0; round < 3; round++) {
            SlowLookups slow = new SlowLookups(db.transactions());
            DomainServices node = DomainServices.create(db.ports().withAccounts(slow), clock, db.keyRing(),
                    TestDatabase.testSettings());
            String email = uniqueEmail("race");
            slow.barrier = new CyclicBarrier(2);
            List<OnboardingOutcome> outcomes = concurrently(2, i -> node.customerOnboarding().create(agent.id(),
                    details(i == 0 ? email : email.toUpperCase()), Language.ENGLISH, ORIGIN));
            slow.barrier = null;
            assertThat(outcomes).filteredOn(o -> o instanceof OnboardingOutcome.Created).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof OnboardingOutcome.EmailTaken).hasSize(1);
            assertThat(outboundMailTo(db, email)).hasSize(1);
            assertThat(db.inTransaction(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(email))))
                    .isPresent();
        }
    }

    private interface Work<T> {
        T run(int index);
    }

    private static <T> List<T> concurrently(int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> work.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Customer lookups by address wait until the other creation has looked too (at most 2 s). */
    private static final class SlowLookups extends JpaAccountRepository {
        private volatile CyclicBarrier barrier;

        SlowLookups(LocalTransactions transactions) {
            super(transactions);
        }

        @Override
        public Optional<Account> findByEmail(Realm realm, EmailAddress email) {
            Optional<Account> found = super.findByEmail(realm, email);
            CyclicBarrier b = barrier;
            if (b != null && realm == Realm.CUSTOMER) {
                try {
                    b.await(2, TimeUnit.SECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                    // the other creation is already past its check
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        }
    }
}
