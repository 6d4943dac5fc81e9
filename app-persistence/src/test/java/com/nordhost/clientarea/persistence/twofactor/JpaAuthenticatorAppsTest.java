package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpAlgorithm;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApp;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JpaAuthenticatorAppsTest extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final EncryptedSecret PHONE = new EncryptedSecret("k1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    private static final EncryptedSecret TABLET = new EncryptedSecret("k1", new byte[] {9, 8, 7, 6, 5});

    private JpaAuthenticatorApps apps() {
        return new JpaAuthenticatorApps(db.transactions());
    }

    /** An account with 2FA on: the apps' rows hang off its two-factor row. */
    private AccountId activeCustomer() {
        AccountId id = db.createCustomer(uniqueEmail("apps"), "Several Apps", "password-123").id();
        tx(() -> {
            db.twoFactor().savePending(id, PHONE, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return db.twoFactor().activate(id, "backup-hash", NOW);
        });
        return id;
    }

    private List<AuthenticatorApp> list(AccountId id) {
        return tx(() -> apps().list(id));
    }

    @Test
    void apps_are_listed_oldest_first_with_everything_they_were_stored_with() {
        AccountId id = activeCustomer();
        TotpParameters sha256 = new TotpParameters(TotpAlgorithm.SHA256, 8, 60);
        long phone = tx(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 100, NOW));
        long tablet = tx(() -> apps().add(id, "Tablet – Åsa's", TABLET, sha256, 200, NOW.plusSeconds(60)));

        List<AuthenticatorApp> listed = list(id);

        assertThat(listed).extracting(AuthenticatorApp::id).containsExactly(phone, tablet);
        AuthenticatorApp second = listed.get(1);
        assertThat(second.name()).isEqualTo("Tablet – Åsa's");
        assertThat(second.secret()).isEqualTo(TABLET);
        assertThat(second.parameters()).isEqualTo(sha256);
        assertThat(second.lastAcceptedStep()).isEqualTo(200L);
        assertThat(second.addedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(second.lastUsedAt()).isNull();
        assertThat(listed.get(0).name()).isNull();
        assertThat(list(db.createCustomer(uniqueEmail("none"), "No Apps", "password-123").id())).isEmpty();
    }

    @Test
    void each_app_accepts_a_step_only_when_later_than_its_own_last_one() {
        AccountId id = activeCustomer();
        long phone = tx(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 100, NOW));
        long tablet = tx(() -> apps().add(id, "Tablet", TABLET, TotpParameters.DEFAULT, 100, NOW));
        Instant later = NOW.plusSeconds(90);

        assertThat(tx(() -> apps().acceptStep(phone, 100, later))).as("the confirming step").isFalse();
        assertThat(tx(() -> apps().acceptStep(phone, 101, later))).isTrue();
        assertThat(tx(() -> apps().acceptStep(phone, 101, later))).as("a replay").isFalse();
        assertThat(tx(() -> apps().acceptStep(phone, 99, later))).as("an earlier step").isFalse();
        assertThat(tx(() -> apps().acceptStep(tablet, 101, later))).as("the other app's own guard").isTrue();
        assertThat(list(id)).extracting(AuthenticatorApp::lastAcceptedStep).containsExactly(101L, 101L);
        assertThat(list(id)).extracting(AuthenticatorApp::lastUsedAt).containsOnly(later);
    }

    @Test
    void a_secret_is_re_encrypted_only_from_the_expected_old_one() {
        AccountId id = activeCustomer();
        long phone = tx(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1, NOW));
        EncryptedSecret rotated = new EncryptedSecret("k9", new byte[] {42, 42, 42});

        assertThat(tx(() -> apps().replaceSecret(phone, TABLET, rotated))).as("not the stored one").isFalse();
        assertThat(tx(() -> apps().replaceSecret(phone, new EncryptedSecret("k2", PHONE.ciphertext()), rotated)))
                .as("same ciphertext, other key id").isFalse();
        assertThat(tx(() -> apps().replaceSecret(phone, PHONE, rotated))).isTrue();
        assertThat(tx(() -> apps().replaceSecret(phone, PHONE, TABLET))).as("already replaced").isFalse();
        assertThat(list(id).get(0).secret()).isEqualTo(rotated);
    }

    @Test
    void an_app_is_removed_once_and_only_by_its_own_account() {
        AccountId id = activeCustomer();
        AccountId other = activeCustomer();
        long tablet = tx(() -> apps().add(id, "Tablet", TABLET, TotpParameters.DEFAULT, 1, NOW));

        assertThat(tx(() -> apps().delete(other, tablet))).isFalse();
        assertThat(tx(() -> apps().delete(id, tablet))).isTrue();
        assertThat(tx(() -> apps().delete(id, tablet))).isFalse();
        assertThat(list(id)).isEmpty();
    }

    @Test
    void turning_two_factor_off_removes_every_app_of_that_account_only() {
        AccountId id = activeCustomer();
        AccountId other = activeCustomer();
        tx(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1, NOW));
        tx(() -> apps().add(id, "Tablet", TABLET, TotpParameters.DEFAULT, 1, NOW));
        tx(() -> apps().add(other, null, PHONE, TotpParameters.DEFAULT, 1, NOW));

        assertThat(tx(() -> db.twoFactor().delete(id))).isTrue();

        assertThat(list(id)).isEmpty();
        assertThat(list(other)).hasSize(1);
    }

    @Test
    void the_same_code_presented_to_two_nodes_at_once_is_accepted_exactly_once() throws Exception {
        AccountId id = activeCustomer();
        long phone = tx(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1000, NOW));
        for (int round = 0; round < 50; round++) {
            long step = 1001 + round;
            List<Object> results = race(2, () -> apps().acceptStep(phone, step, NOW));
            assertThat(results).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
        assertThat(list(id).get(0).lastAcceptedStep()).isEqualTo(1050L);
    }
}
