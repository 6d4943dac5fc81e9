package com.nordhost.clientarea.persistence.account;

import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JpaAccountRepositoryTest extends DatabaseTest {

    private static final Instant CREATED = Instant.parse("2026-02-03T04:05:06.789012Z");

    private JpaAccountRepository repo() {
        return db.accounts();
    }

    private Account create(Role role, String email) {
        return tx(() -> repo().create(role, EmailAddress.of(email), "Åsa Öberg", "$argon2id$hash", CREATED));
    }

    @Test
    void a_created_account_reads_back_by_id_and_by_realm_and_address() {
        String email = uniqueEmail("anna");
        Account created = create(Role.CUSTOMER, email);

        assertThat(created.id().value()).isPositive();
        assertThat(created.role()).isEqualTo(Role.CUSTOMER);
        assertThat(created.email()).isEqualTo(EmailAddress.of(email));
        assertThat(created.fullName()).isEqualTo("Åsa Öberg");
        assertThat(created.passwordHash()).isEqualTo("$argon2id$hash");
        assertThat(created.active()).isTrue();
        assertThat(created.createdAt()).isEqualTo(CREATED);

        assertThat(tx(() -> repo().findById(created.id()))).contains(created);
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of(email)))).contains(created);
    }

    @Test
    void the_address_is_found_in_its_normalized_form() {
        String email = uniqueEmail("mixed");
        Account created = create(Role.CUSTOMER, email);
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of("  " + email.toUpperCase() + " "))))
                .contains(created);
    }

    @Test
    void a_customer_address_does_not_open_the_staff_realm() {
        String email = uniqueEmail("customer-only");
        create(Role.CUSTOMER, email);
        assertThat(tx(() -> repo().findByEmail(Realm.STAFF, EmailAddress.of(email)))).isEmpty();
    }

    @Test
    void the_same_address_may_exist_once_per_realm() {
        String email = uniqueEmail("both");
        Account customer = create(Role.CUSTOMER, email);
        Account agent = create(Role.SUPPORT, email);

        assertThat(agent.id()).isNotEqualTo(customer.id());
        assertThat(tx(() -> repo().findByEmail(Realm.STAFF, EmailAddress.of(email)))).contains(agent);
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of(email)))).contains(customer);
    }

    @Test
    void a_second_account_with_the_address_in_one_realm_is_refused_by_the_database() {
        String email = uniqueEmail("twice");
        create(Role.SUPPORT, email);
        long before = tx(() -> repo().count());

        assertThatThrownBy(() -> create(Role.ADMIN, email)).isInstanceOf(EmailAddressTakenException.class)
                .hasCauseInstanceOf(PersistenceException.class);
        assertThat(tx(() -> repo().count())).isEqualTo(before);
    }

    @Test
    void accounts_are_read_by_ids_and_addresses_together_in_any_realm() {
        String shared = uniqueEmail("shared");
        Account customer = create(Role.CUSTOMER, shared);
        Account agent = create(Role.SUPPORT, shared);
        Account byId = create(Role.CUSTOMER, uniqueEmail("byid"));
        create(Role.CUSTOMER, uniqueEmail("other"));

        assertThat(tx(() -> repo().findByIdsOrEmails(List.of(byId.id(), new AccountId(987_654_321L)),
                List.of(shared, "anonymous")))).containsExactlyInAnyOrder(customer, agent, byId);
        assertThat(tx(() -> repo().findByIdsOrEmails(List.of(byId.id()), List.of()))).containsExactly(byId);
        assertThat(tx(() -> repo().findByIdsOrEmails(List.of(), List.of(shared))))
                .containsExactlyInAnyOrder(customer, agent);
        assertThat(tx(() -> repo().findByIdsOrEmails(List.of(), List.of()))).isEmpty();
    }

    @Test
    void unknown_accounts_are_not_found() {
        assertThat(tx(() -> repo().findById(new AccountId(987_654_321L)))).isEmpty();
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of(uniqueEmail("nobody"))))).isEmpty();
    }

    @Test
    void the_password_hash_can_be_replaced() {
        Account created = create(Role.CUSTOMER, uniqueEmail("pw"));
        Account seen = tx(() -> {
            repo().findById(created.id());
            repo().updatePasswordHash(created.id(), "$argon2id$new");
            return repo().findById(created.id()).orElseThrow();
        });
        assertThat(seen.passwordHash()).as("read in the same transaction").isEqualTo("$argon2id$new");
        assertThat(tx(() -> repo().findById(created.id())).orElseThrow().passwordHash()).isEqualTo("$argon2id$new");
    }

    @Test
    void replacing_the_hash_of_an_unknown_account_fails() {
        assertThatThrownBy(() -> tx(() -> {
            repo().updatePasswordHash(new AccountId(987_654_322L), "$argon2id$x");
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customer_details_are_stored_and_replaced() {
        Account created = create(Role.CUSTOMER, uniqueEmail("details"));
        assertThat(tx(() -> repo().findCustomerDetails(created.id()))).isEmpty();

        String number = "N" + created.id().value();
        tx(() -> {
            repo().saveCustomerDetails(created.id(), new CustomerDetails(number, "Åsa Öberg", created.email(),
                    "+46 70 123 45 67", "Drottninggatan 5", "111 51", "Stockholm", "Sweden"));
            return null;
        });
        assertThat(tx(() -> repo().findCustomerDetails(created.id()))).contains(new CustomerDetails(number,
                "Åsa Öberg", created.email(), "+46 70 123 45 67", "Drottninggatan 5", "111 51", "Stockholm", "Sweden"));

        tx(() -> {
            repo().saveCustomerDetails(created.id(), new CustomerDetails(number, "Åsa Lind", created.email(),
                    null, "Kungsgatan 2", "411 19", "Göteborg", "Sweden"));
            return null;
        });
        CustomerDetails replaced = tx(() -> repo().findCustomerDetails(created.id())).orElseThrow();
        assertThat(replaced.fullName()).isEqualTo("Åsa Lind");
        assertThat(replaced.phone()).isNull();
        assertThat(replaced.city()).isEqualTo("Göteborg");
        assertThat(tx(() -> repo().findById(created.id())).orElseThrow().fullName())
                .as("the name lives on the account").isEqualTo("Åsa Lind");
    }

    @Test
    void the_email_address_can_be_changed_and_is_then_the_only_way_to_find_the_account() {
        String old = uniqueEmail("before");
        Account created = create(Role.CUSTOMER, old);
        String number = "N" + created.id().value();
        tx(() -> {
            repo().saveCustomerDetails(created.id(), new CustomerDetails(number, "Åsa Öberg", created.email(),
                    null, null, null, null, null));
            return null;
        });
        String fresh = uniqueEmail("after");

        tx(() -> {
            repo().changeEmail(created.id(), EmailAddress.of("  " + fresh.toUpperCase() + " "));
            return null;
        });

        assertThat(tx(() -> repo().findById(created.id())).orElseThrow().email().value()).isEqualTo(fresh);
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of(fresh)))).isPresent();
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of(old)))).isEmpty();
        assertThat(tx(() -> repo().findCustomerDetails(created.id())).orElseThrow().email())
                .isEqualTo(EmailAddress.of(fresh));
        List<?> columns = tx(() -> db.transactions().current()
                .createNativeQuery("SELECT email, email_normalized FROM account WHERE id = ?")
                .setParameter(1, created.id().value()).getResultList());
        Object[] row = (Object[]) columns.get(0);
        assertThat(row).containsExactly(fresh, fresh);
    }

    @Test
    void an_address_taken_in_the_realm_is_refused_and_nothing_changes() {
        String mine = uniqueEmail("mine");
        String theirs = uniqueEmail("theirs");
        Account me = create(Role.CUSTOMER, mine);
        create(Role.CUSTOMER, theirs);
        create(Role.SUPPORT, uniqueEmail("staff-only"));

        assertThatThrownBy(() -> tx(() -> {
            repo().changeEmail(me.id(), EmailAddress.of(theirs));
            return null;
        })).isInstanceOf(EmailAddressTakenException.class);
        assertThat(tx(() -> repo().findById(me.id())).orElseThrow().email().value()).isEqualTo(mine);

        // Changing to the address one already has is no conflict.
        tx(() -> {
            repo().changeEmail(me.id(), EmailAddress.of(mine));
            return null;
        });
    }

    @Test
    void a_staff_address_may_become_a_customer_address() {
        String staff = uniqueEmail("shared");
        create(Role.SUPPORT, staff);
        Account customer = create(Role.CUSTOMER, uniqueEmail("customer"));
        tx(() -> {
            repo().changeEmail(customer.id(), EmailAddress.of(staff));
            return null;
        });
        assertThat(tx(() -> repo().findByEmail(Realm.CUSTOMER, EmailAddress.of(staff)))).isPresent();
    }

    @Test
    void the_unique_constraint_is_recognised_as_a_taken_address() {
        String email = uniqueEmail("constraint");
        create(Role.CUSTOMER, email);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> create(Role.CUSTOMER, email));
        assertThat(thrown).isInstanceOf(EmailAddressTakenException.class);
        assertThat(JpaAccountRepository.isUniqueViolation(thrown.getCause())).isTrue();
        assertThat(JpaAccountRepository.isUniqueViolation(new PersistenceException("other"))).isFalse();
    }

    @Test
    void customer_numbers_come_from_a_sequence_and_never_repeat() {
        long first = tx(() -> repo().nextCustomerNumber());
        long second = tx(() -> repo().nextCustomerNumber());
        assertThat(first).isGreaterThanOrEqualTo(2_000_001L);
        assertThat(second).isGreaterThan(first);
        try {
            db.transactions().<Long>inTransaction(() -> {
                repo().nextCustomerNumber();
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the number taken in the rolled-back transaction stays spent
        }
        assertThat(tx(() -> repo().nextCustomerNumber())).as("the rolled-back number is skipped").isGreaterThan(second + 1);
    }

    @Test
    void a_customer_number_belongs_to_one_customer() {
        Account first = create(Role.CUSTOMER, uniqueEmail("first"));
        Account second = create(Role.CUSTOMER, uniqueEmail("second"));
        String number = "U" + first.id().value();
        tx(() -> {
            repo().saveCustomerDetails(first.id(), new CustomerDetails(number, null, null, null, null, null, null,
                    null));
            return null;
        });

        assertThatThrownBy(() -> tx(() -> {
            repo().saveCustomerDetails(second.id(), new CustomerDetails(number, null, null, null, null, null, null,
                    null));
            return null;
        })).isInstanceOf(PersistenceException.class);
        assertThat(tx(() -> repo().findCustomerDetails(second.id()))).isEmpty();
    }

    @Test
    void count_counts_every_account() {
        long before = tx(() -> repo().count());
        create(Role.CUSTOMER, uniqueEmail("count"));
        create(Role.ADMIN, uniqueEmail("count"));
        assertThat(tx(() -> repo().count())).isEqualTo(before + 2);
    }

    // Wrong-password throttling (migration V4).

    @Test
    void password_failures_count_up_and_reset() {
        AccountId id = create(Role.CUSTOMER, uniqueEmail("pw-count")).id();
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.UNTRUSTED))).isEmpty();

        assertThat(tx(() -> repo().incrementPasswordFailures(id, PasswordCounter.UNTRUSTED))).isEqualTo(1);
        assertThat(tx(() -> repo().incrementPasswordFailures(id, PasswordCounter.UNTRUSTED))).isEqualTo(2);
        Instant retryAt = Instant.parse("2026-03-02T09:00:01.123456Z");
        tx(() -> {
            repo().setPasswordRetryAt(id, PasswordCounter.UNTRUSTED, retryAt);
            return null;
        });
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.UNTRUSTED))).contains(retryAt);

        tx(() -> {
            repo().resetPasswordFailures(id, PasswordCounter.UNTRUSTED);
            return null;
        });
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.UNTRUSTED))).isEmpty();
        assertThat(tx(() -> repo().incrementPasswordFailures(id, PasswordCounter.UNTRUSTED))).as("counts from zero again").isEqualTo(1);
    }

    @Test
    void the_retry_time_only_moves_later() {
        AccountId id = create(Role.CUSTOMER, uniqueEmail("pw-later")).id();
        Instant later = Instant.parse("2026-03-02T09:05:00Z");
        tx(() -> {
            repo().setPasswordRetryAt(id, PasswordCounter.UNTRUSTED, later);
            repo().setPasswordRetryAt(id, PasswordCounter.UNTRUSTED, later.minusSeconds(60));
            return null;
        });
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.UNTRUSTED))).contains(later);
    }

    @Test
    void password_failures_of_an_unknown_account_count_nothing() {
        AccountId nobody = new AccountId(987_654_321L);
        assertThat(tx(() -> repo().incrementPasswordFailures(nobody, PasswordCounter.UNTRUSTED))).isZero();
        assertThat(tx(() -> repo().findPasswordRetryAt(nobody, PasswordCounter.UNTRUSTED))).isEmpty();
    }

    @Test
    void counting_password_failures_leaves_the_account_alone() {
        Account created = create(Role.CUSTOMER, uniqueEmail("pw-untouched"));
        tx(() -> repo().incrementPasswordFailures(created.id(), PasswordCounter.UNTRUSTED));
        assertThat(tx(() -> repo().findById(created.id()))).contains(created);
    }

    @Test
    void concurrent_password_failures_are_all_counted() throws Exception {
        AccountId id = create(Role.CUSTOMER, uniqueEmail("pw-race")).id();
        int threads = 8;
        List<Object> results = race(threads, () -> repo().incrementPasswordFailures(id, PasswordCounter.UNTRUSTED));

        assertThat(results).as("each failure sees its own count")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads).boxed().toList());
        assertThat(tx(() -> repo().incrementPasswordFailures(id, PasswordCounter.UNTRUSTED))).isEqualTo(threads + 1);
    }

    // Trusted-browser counter and session epoch (migration V6).

    @Test
    void the_trusted_counter_is_kept_apart_from_the_untrusted_one() {
        AccountId id = create(Role.CUSTOMER, uniqueEmail("pw-trusted")).id();
        Instant retryAt = Instant.parse("2026-03-02T09:05:00Z");
        tx(() -> {
            for (int i = 0; i < 7; i++) {
                repo().incrementPasswordFailures(id, PasswordCounter.UNTRUSTED);
            }
            repo().setPasswordRetryAt(id, PasswordCounter.UNTRUSTED, retryAt);
            return null;
        });
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.TRUSTED))).isEmpty();
        assertThat(tx(() -> repo().incrementPasswordFailures(id, PasswordCounter.TRUSTED))).isEqualTo(1);
        tx(() -> {
            repo().setPasswordRetryAt(id, PasswordCounter.TRUSTED, retryAt.plusSeconds(5));
            repo().resetPasswordFailures(id, PasswordCounter.UNTRUSTED);
            return null;
        });
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.TRUSTED))).contains(retryAt.plusSeconds(5));
        assertThat(tx(() -> repo().findPasswordRetryAt(id, PasswordCounter.UNTRUSTED))).isEmpty();
        assertThat(tx(() -> repo().incrementPasswordFailures(id, PasswordCounter.TRUSTED))).isEqualTo(2);
    }

    @Test
    void the_session_epoch_starts_at_zero_and_only_moves_up() {
        AccountId id = create(Role.CUSTOMER, uniqueEmail("epoch")).id();
        assertThat(tx(() -> repo().findSessionEpoch(id))).hasValue(0);
        assertThat(tx(() -> repo().advanceSessionEpoch(id))).isEqualTo(1);
        assertThat(tx(() -> repo().advanceSessionEpoch(id))).isEqualTo(2);
        assertThat(tx(() -> repo().findSessionEpoch(id))).hasValue(2);
        AccountId nobody = new AccountId(987_654_321L);
        assertThat(tx(() -> repo().findSessionEpoch(nobody))).isEmpty();
        assertThat(tx(() -> repo().advanceSessionEpoch(nobody))).isZero();
    }

    @Test
    void a_customer_is_deactivated_and_reactivated_once_each_and_staff_never() {
        Account customer = create(Role.CUSTOMER, uniqueEmail("inactive"));
        AccountId id = customer.id();

        assertThat(tx(() -> repo().setCustomerActive(id, true))).as("already active").isFalse();
        assertThat(tx(() -> repo().setCustomerActive(id, false))).isTrue();
        assertThat(tx(() -> repo().findById(id)).orElseThrow().active()).isFalse();
        assertThat(tx(() -> repo().setCustomerActive(id, false))).as("a second agent changes nothing").isFalse();
        assertThat(tx(() -> repo().setCustomerActive(id, true))).isTrue();
        Account back = tx(() -> repo().findById(id)).orElseThrow();
        assertThat(back.active()).isTrue();
        assertThat(back.passwordHash()).isEqualTo(customer.passwordHash());
        assertThat(back.email()).isEqualTo(customer.email());

        Account agent = create(Role.SUPPORT, uniqueEmail("agent-stays"));
        assertThat(tx(() -> repo().setCustomerActive(agent.id(), false))).isFalse();
        assertThat(tx(() -> repo().findById(agent.id())).orElseThrow().active()).isTrue();
        assertThat(tx(() -> repo().setCustomerActive(new AccountId(987_654_321L), false))).isFalse();
    }

    @Test
    void deactivating_in_the_same_transaction_is_seen_by_the_next_read() {
        AccountId id = create(Role.CUSTOMER, uniqueEmail("same-tx")).id();
        tx(() -> repo().findById(id));
        assertThat(tx(() -> {
            repo().findById(id);
            repo().setCustomerActive(id, false);
            return repo().findById(id).orElseThrow().active();
        })).isFalse();
    }
}
