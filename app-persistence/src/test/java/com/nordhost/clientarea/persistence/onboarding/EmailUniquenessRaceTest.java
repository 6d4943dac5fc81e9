package com.nordhost.clientarea.persistence.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.lifecycle.ErasureOutcome;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.persistence.testing.LocalTransactions;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail addresses are unique without regard to case, also when several agents or API calls create the same address
 * at the same moment, or an address change races a creation (issue 19; decisions 0029, 0036). Each attempt runs on
 * its own thread in its own transaction; the threads start together at a {@link CyclicBarrier}. The database's
 * unique constraint on the normalized address decides; the losers get the clear answer ({@code EmailTaken}), never
 * an exception. Runs on H2 here and on PostgreSQL in {@link PostgresEmailUniquenessRaceTest}.
 */
class EmailUniquenessRaceTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "JUnit");
    private static final int CREATIONS = 6;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private DomainServices services;
    private Account agent;

    @BeforeAll
    void agent() {
        services = db.services(clock);
        agent = db.createStaff(Role.ADMIN, uniqueEmail("agent"), "Ada Admin", "agent-password-1");
    }

    private static NewCustomer person(String email) {
        return new NewCustomer("Rasmus Race", email, "", "", "", "", "");
    }

    /** The same address as several agents might type it. */
    private static String variant(String email, int i) {
        return switch (i % 3) {
            case 0 -> email;
            case 1 -> email.toUpperCase(Locale.ROOT);
            default -> Character.toUpperCase(email.charAt(0)) + email.substring(1);
        };
    }

    private long customersWith(String email) {
        return tx(() -> ((Number) db.transactions().current().createNativeQuery(
                        "SELECT COUNT(*) FROM account WHERE realm = 'CUSTOMER' AND email_normalized = ?1")
                .setParameter(1, email.toLowerCase(Locale.ROOT)).getSingleResult()).longValue());
    }

    @Test
    void creations_of_one_address_in_different_cases_started_together_make_one_customer() throws Exception {
        for (int round = 0; round < 3; round++) {
            String email = uniqueEmail("together");

            List<Object> outcomes = together(CREATIONS, i -> services.customerOnboarding().create(agent.id(),
                    person(variant(email, i)), Language.ENGLISH, ORIGIN));

            assertThat(outcomes).filteredOn(OnboardingOutcome.Created.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.equals(new OnboardingOutcome.EmailTaken()))
                    .hasSize(CREATIONS - 1);
            assertThat(customersWith(email)).isEqualTo(1);
        }
    }

    /**
     * The worst case, forced: every creation has passed the application's check (the address looked free to all)
     * before any of them inserts, so only the unique constraint is left to refuse the others.
     */
    @Test
    void creations_that_all_passed_the_check_make_one_customer_and_the_others_hear_the_address_is_taken()
            throws Exception {
        String email = uniqueEmail("forced");
        LookupsWaitForEachOther slow = new LookupsWaitForEachOther(db.transactions(), CREATIONS);
        DomainServices node = DomainServices.create(db.ports().withAccounts(slow), clock, db.keyRing(),
                TestDatabase.testSettings());

        List<Object> outcomes = together(CREATIONS, i -> node.customerOnboarding().create(agent.id(),
                person(variant(email, i)), Language.ENGLISH, ORIGIN));

        assertThat(slow.passedTogether()).as("every creation passed the check before any inserted").isTrue();
        assertThat(outcomes).filteredOn(OnboardingOutcome.Created.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals(new OnboardingOutcome.EmailTaken())).hasSize(CREATIONS - 1);
        assertThat(customersWith(email)).isEqualTo(1);
    }

    /** A customer changing to an address while an agent creates a customer with it: one of them gets it. */
    @Test
    void an_address_change_racing_a_creation_of_the_same_address_lets_exactly_one_through() throws Exception {
        for (int round = 0; round < 3; round++) {
            Account bo = db.createCustomer(uniqueEmail("bo"), "Bo Berg", "bo-password-1");
            String number = tx(() -> db.accounts().findCustomerDetails(bo.id())).orElseThrow().customerNumber();
            String wanted = uniqueEmail("wanted");
            LookupsWaitForEachOther slow = new LookupsWaitForEachOther(db.transactions(), 2);
            DomainServices node = DomainServices.create(db.ports().withAccounts(slow), clock, db.keyRing(),
                    TestDatabase.testSettings());

            List<Object> outcomes = together(2, i -> i == 0
                    ? node.customerDetailsChange().change(bo.id(), new CustomerDetails(number, "Bo Berg",
                            EmailAddress.of(wanted), "", "", "", "", ""), "bo-password-1", ORIGIN)
                    : node.customerOnboarding().create(agent.id(), person(wanted.toUpperCase(Locale.ROOT)),
                            Language.ENGLISH, ORIGIN));

            boolean changeWon = outcomes.get(0) instanceof CustomerDetailsOutcome.Saved
                    && outcomes.get(1).equals(new OnboardingOutcome.EmailTaken());
            boolean creationWon = outcomes.get(0).equals(new CustomerDetailsOutcome.EmailTaken())
                    && outcomes.get(1) instanceof OnboardingOutcome.Created;
            assertThat(changeWon || creationWon).as("round %d: %s", round, outcomes).isTrue();
            assertThat(slow.passedTogether()).isTrue();
            assertThat(customersWith(wanted)).isEqualTo(1);
        }
    }

    /** Erased customers leave their address free: two creations of it at once after the erasure make one customer. */
    @Test
    void an_erased_customers_address_can_be_taken_again_once() throws Exception {
        String email = uniqueEmail("erased");
        Account old = db.createCustomer(email, "Old Owner", "old-password-1");
        String number = tx(() -> db.accounts().findCustomerDetails(old.id())).orElseThrow().customerNumber();
        assertThat(services.customerErasure().erase(agent.id(), old.id(), TicketReference.of("GDPR-1"), number,
                ORIGIN)).isInstanceOf(ErasureOutcome.Erased.class);

        List<Object> outcomes = together(2, i -> services.customerOnboarding().create(agent.id(),
                person(variant(email, i)), Language.ENGLISH, ORIGIN));

        assertThat(outcomes).filteredOn(OnboardingOutcome.Created.class::isInstance).hasSize(1);
        assertThat(customersWith(email)).isEqualTo(1);
        assertThat(tx(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(email))).orElseThrow().id())
                .isNotEqualTo(old.id());
    }

    /**
     * Runs {@code work(i)} on {@code threads} threads that start together at a barrier; each use case opens its own
     * transaction. Returns each outcome, or the exception a thread ended with (which the assertions then refuse).
     */
    private static List<Object> together(int threads, IntFunction<Object> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return work.apply(index);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each thread's first customer lookup by address waits until all have looked (at most 10 s). */
    private static final class LookupsWaitForEachOther extends JpaAccountRepository {
        private final CyclicBarrier barrier;
        private final ThreadLocal<Boolean> looked = ThreadLocal.withInitial(() -> false);
        private volatile boolean broken;

        LookupsWaitForEachOther(LocalTransactions transactions, int parties) {
            super(transactions);
            this.barrier = new CyclicBarrier(parties);
        }

        boolean passedTogether() {
            return !broken;
        }

        @Override
        public Optional<Account> findByEmail(Realm realm, EmailAddress email) {
            Optional<Account> found = super.findByEmail(realm, email);
            if (realm == Realm.CUSTOMER && !looked.get()) {
                looked.set(true);
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                    broken = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        }
    }
}
