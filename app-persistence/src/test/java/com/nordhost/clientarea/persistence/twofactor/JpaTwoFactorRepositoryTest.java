package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpAlgorithm;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorStatus;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JpaTwoFactorRepositoryTest extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final EncryptedSecret SECRET = new EncryptedSecret("k1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    private static final EncryptedSecret OTHER_SECRET = new EncryptedSecret("k2", new byte[] {9, 8, 7});

    private JpaTwoFactorRepository repo() {
        return db.twoFactor();
    }

    private AccountId newCustomer() {
        return db.createCustomer(uniqueEmail("tf"), "Two Factor", "password-123").id();
    }

    private AccountId activeCustomer(String backupHash) {
        AccountId id = newCustomer();
        tx(() -> {
            repo().savePending(id, SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return repo().activate(id, backupHash, NOW);
        });
        return id;
    }

    private TwoFactorCredential load(AccountId id) {
        return tx(() -> repo().find(id)).orElseThrow();
    }

    @Test
    void an_account_without_a_row_has_no_credential() {
        AccountId id = newCustomer();
        assertThat(tx(() -> repo().find(id))).isEmpty();
    }

    @Test
    void a_pending_credential_is_stored_with_its_secret_parameters_and_expiry() {
        AccountId id = newCustomer();
        TotpParameters params = new TotpParameters(TotpAlgorithm.SHA256, 8, 60);
        tx(() -> {
            repo().savePending(id, SECRET, params, NOW.plusSeconds(600));
            return null;
        });

        TwoFactorCredential c = load(id);
        assertThat(c.status()).isEqualTo(TwoFactorStatus.PENDING);
        assertThat(c.secret()).isEqualTo(SECRET);
        assertThat(c.parameters()).isEqualTo(params);
        assertThat(c.pendingExpiresAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(c.enabledAt()).isNull();
        assertThat(c.backupCodeHash()).isNull();
        assertThat(c.failedAttempts()).isZero();
        assertThat(c.nextAttemptAt()).isNull();
        assertThat(c.locked()).isFalse();
    }

    @Test
    void starting_again_replaces_the_pending_secret() {
        AccountId id = newCustomer();
        tx(() -> {
            repo().savePending(id, SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return null;
        });
        tx(() -> {
            repo().savePending(id, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(1200));
            return null;
        });

        TwoFactorCredential c = load(id);
        assertThat(c.secret()).isEqualTo(OTHER_SECRET);
        assertThat(c.pendingExpiresAt()).isEqualTo(NOW.plusSeconds(1200));
    }

    @Test
    void saving_a_pending_secret_never_touches_an_active_credential() {
        AccountId id = activeCustomer("backup-hash");
        tx(() -> {
            repo().savePending(id, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return null;
        });

        TwoFactorCredential c = load(id);
        assertThat(c.status()).isEqualTo(TwoFactorStatus.ACTIVE);
        assertThat(c.secret()).isNull();
        assertThat(c.backupCodeHash()).isEqualTo("backup-hash");
    }

    @Test
    void activation_turns_a_live_pending_row_active_once() {
        AccountId id = newCustomer();
        tx(() -> {
            repo().savePending(id, SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return null;
        });

        assertThat(tx(() -> repo().activate(id, "hash-1", NOW))).isTrue();
        assertThat(tx(() -> repo().activate(id, "hash-2", NOW))).isFalse();

        TwoFactorCredential c = load(id);
        assertThat(c.status()).isEqualTo(TwoFactorStatus.ACTIVE);
        assertThat(c.secret()).as("the secret moved to the first app").isNull();
        assertThat(c.backupCodeHash()).isEqualTo("hash-1");
        assertThat(c.enabledAt()).isEqualTo(NOW);
        assertThat(c.pendingExpiresAt()).isNull();
        assertThat(c.failedAttempts()).isZero();
        assertThat(c.locked()).isFalse();
    }

    @Test
    void an_expired_pending_row_cannot_be_activated() {
        AccountId id = newCustomer();
        tx(() -> {
            repo().savePending(id, SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return null;
        });

        assertThat(tx(() -> repo().activate(id, "hash", NOW.plusSeconds(600)))).isFalse();
        assertThat(tx(() -> repo().activate(id, "hash", NOW.plusSeconds(601)))).isFalse();
        assertThat(load(id).status()).isEqualTo(TwoFactorStatus.PENDING);
        assertThat(tx(() -> repo().activate(id, "hash", NOW.plusSeconds(599)))).isTrue();
    }

    @Test
    void activation_without_a_pending_row_does_nothing() {
        AccountId id = newCustomer();
        assertThat(tx(() -> repo().activate(id, "hash", NOW))).isFalse();
        assertThat(tx(() -> repo().find(id))).isEmpty();
    }

    @Test
    void a_backup_code_hash_is_replaced_only_from_the_expected_old_hash() {
        AccountId id = activeCustomer("old-hash");

        assertThat(tx(() -> repo().replaceBackupCodeHash(id, "wrong-hash", "new-hash"))).isFalse();
        assertThat(tx(() -> repo().replaceBackupCodeHash(id, "old-hash", "new-hash"))).isTrue();
        assertThat(tx(() -> repo().replaceBackupCodeHash(id, "old-hash", "newer-hash")))
                .as("the old code was consumed").isFalse();
        assertThat(load(id).backupCodeHash()).isEqualTo("new-hash");
    }

    @Test
    void failures_are_counted_by_the_database_and_reset_after_a_success() {
        AccountId id = activeCustomer("hash");

        assertThat(tx(() -> repo().incrementFailures(id))).isEqualTo(1);
        assertThat(tx(() -> repo().incrementFailures(id))).isEqualTo(2);
        assertThat(tx(() -> repo().incrementFailures(id))).isEqualTo(3);
        tx(() -> {
            repo().setThrottle(id, NOW.plusSeconds(30), false);
            return null;
        });
        TwoFactorCredential throttled = load(id);
        assertThat(throttled.failedAttempts()).isEqualTo(3);
        assertThat(throttled.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(throttled.locked()).isFalse();

        tx(() -> {
            repo().resetFailures(id);
            return null;
        });
        TwoFactorCredential reset = load(id);
        assertThat(reset.failedAttempts()).isZero();
        assertThat(reset.nextAttemptAt()).isNull();
    }

    @Test
    void resetting_failures_does_not_unlock() {
        AccountId id = activeCustomer("hash");
        tx(() -> {
            repo().setThrottle(id, null, true);
            repo().resetFailures(id);
            return null;
        });
        assertThat(load(id).locked()).isTrue();
    }

    @Test
    void failures_are_not_counted_without_an_active_credential() {
        AccountId id = newCustomer();
        assertThat(tx(() -> repo().incrementFailures(id))).isZero();
    }

    @Test
    void a_change_is_visible_to_a_read_in_the_same_transaction() {
        AccountId id = activeCustomer("hash");
        Optional<TwoFactorCredential> seen = tx(() -> {
            repo().find(id);
            repo().incrementFailures(id);
            repo().savePendingApp(id, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return repo().find(id);
        });
        assertThat(seen.orElseThrow().failedAttempts()).isEqualTo(1);
        assertThat(seen.orElseThrow().secret()).isEqualTo(OTHER_SECRET);
    }

    @Test
    void unlock_clears_a_lock_and_reports_whether_there_was_one() {
        AccountId id = activeCustomer("hash");
        tx(() -> {
            repo().incrementFailures(id);
            repo().setThrottle(id, NOW.plusSeconds(900), true);
            return null;
        });

        assertThat(tx(() -> repo().unlock(id))).isTrue();
        TwoFactorCredential c = load(id);
        assertThat(c.locked()).isFalse();
        assertThat(c.failedAttempts()).isZero();
        assertThat(c.nextAttemptAt()).isNull();
        assertThat(tx(() -> repo().unlock(id))).as("not locked any more").isFalse();
    }

    @Test
    void delete_removes_the_row_once() {
        AccountId id = activeCustomer("hash");
        assertThat(tx(() -> repo().delete(id))).isTrue();
        assertThat(tx(() -> repo().delete(id))).isFalse();
        assertThat(tx(() -> repo().find(id))).isEmpty();
    }

    @Test
    void after_delete_a_new_enrolment_can_start_in_the_same_transaction() {
        AccountId id = activeCustomer("hash");
        tx(() -> {
            repo().delete(id);
            repo().savePending(id, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return null;
        });
        assertThat(load(id).status()).isEqualTo(TwoFactorStatus.PENDING);
    }

    @Test
    void a_rolled_back_transaction_leaves_no_trace() {
        AccountId id = activeCustomer("hash");
        try {
            tx(() -> {
                repo().savePendingApp(id, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600));
                repo().incrementFailures(id);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        TwoFactorCredential c = load(id);
        assertThat(c.secret()).isNull();
        assertThat(c.failedAttempts()).isZero();
    }

    @Test
    void an_app_being_added_is_held_on_an_active_row_only_and_taken_once() {
        AccountId active = activeCustomer("hash");
        AccountId off = newCustomer();

        assertThat(tx(() -> repo().savePendingApp(off, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600))))
                .isFalse();
        assertThat(tx(() -> repo().find(off))).isEmpty();
        assertThat(tx(() -> repo().savePendingApp(active, OTHER_SECRET, TotpParameters.DEFAULT,
                NOW.plusSeconds(600)))).isTrue();
        TwoFactorCredential adding = load(active);
        assertThat(adding.isAddingAppAt(NOW)).isTrue();
        assertThat(adding.secret()).isEqualTo(OTHER_SECRET);
        assertThat(adding.status()).isEqualTo(TwoFactorStatus.ACTIVE);

        assertThat(tx(() -> repo().clearPendingApp(active, SECRET, NOW))).as("not the pending secret").isFalse();
        assertThat(tx(() -> repo().clearPendingApp(active, OTHER_SECRET, NOW.plusSeconds(600)))).as("expired")
                .isFalse();
        assertThat(tx(() -> repo().clearPendingApp(active, OTHER_SECRET, NOW))).isTrue();
        assertThat(tx(() -> repo().clearPendingApp(active, OTHER_SECRET, NOW))).as("taken already").isFalse();
        assertThat(load(active).secret()).isNull();
        assertThat(load(active).backupCodeHash()).isEqualTo("hash");
    }

    // --- the rules under concurrency: separate threads, EntityManagers and transactions ---

    @Test
    void an_app_being_added_is_confirmed_once_from_two_tabs_at_once() throws Exception {
        for (int round = 0; round < 20; round++) {
            AccountId id = activeCustomer("hash");
            tx(() -> repo().savePendingApp(id, OTHER_SECRET, TotpParameters.DEFAULT, NOW.plusSeconds(600)));
            List<Object> results = race(2, () -> repo().clearPendingApp(id, OTHER_SECRET, NOW));
            assertThat(results).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void concurrent_failures_are_all_counted() throws Exception {
        AccountId id = activeCustomer("hash");
        int threads = 8;
        List<Object> results = race(threads, () -> repo().incrementFailures(id));

        assertThat(load(id).failedAttempts()).isEqualTo(threads);
        assertThat(results).as("each attempt sees its own count")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads).boxed().toList());
    }

    @Test
    void a_backup_code_used_twice_at_once_is_consumed_exactly_once() throws Exception {
        for (int round = 0; round < 20; round++) {
            AccountId id = activeCustomer("old-hash");
            int attempt = round;
            List<Object> results = race(2, () -> repo().replaceBackupCodeHash(id, "old-hash",
                    "new-hash-" + attempt + "-" + Thread.currentThread().getId()));
            assertThat(results).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void two_agents_removing_at_once_see_one_success() throws Exception {
        for (int round = 0; round < 20; round++) {
            AccountId id = activeCustomer("hash");
            List<Object> results = race(2, () -> repo().delete(id));
            assertThat(results).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void two_agents_unlocking_at_once_see_one_success() throws Exception {
        AccountId id = activeCustomer("hash");
        tx(() -> {
            repo().setThrottle(id, null, true);
            return null;
        });
        List<Object> results = race(2, () -> repo().unlock(id));
        assertThat(results).containsExactlyInAnyOrder(true, false);
    }
}
