package com.nordhost.clientarea.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpAlgorithm;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuthenticatorAppRepository} must do, run against the in-memory fake the domain's tests use and
 * against the JPA repository on H2 and PostgreSQL, so the fake cannot drift from the real thing.
 */
public interface AuthenticatorAppRepositoryContract {

    Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    EncryptedSecret PHONE = new EncryptedSecret("k1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    EncryptedSecret TABLET = new EncryptedSecret("k1", new byte[] {9, 8, 7, 6, 5});

    AuthenticatorAppRepository apps();

    TwoFactorRepository twoFactor();

    /** A new account with no second-factor row yet. */
    AccountId newCustomer();

    <T> T inTransaction(Supplier<T> work);

    /** A new account with 2FA on: the apps' rows hang off its two-factor row. */
    default AccountId activeCustomer() {
        AccountId id = newCustomer();
        inTransaction(() -> {
            twoFactor().savePending(id, PHONE, TotpParameters.DEFAULT, NOW.plusSeconds(600));
            return twoFactor().activate(id, "backup-hash", NOW);
        });
        return id;
    }

    private List<AuthenticatorApp> listed(AccountId id) {
        return inTransaction(() -> apps().list(id));
    }

    @Test
    default void apps_are_listed_oldest_first_with_everything_they_were_stored_with() {
        AccountId id = activeCustomer();
        TotpParameters sha256 = new TotpParameters(TotpAlgorithm.SHA256, 8, 60);
        long phone = inTransaction(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 100, NOW));
        long tablet = inTransaction(() -> apps().add(id, "Tablet – Åsa's", TABLET, sha256, 200, NOW.plusSeconds(60)));

        List<AuthenticatorApp> listed = listed(id);

        assertThat(listed).extracting(AuthenticatorApp::id).containsExactly(phone, tablet);
        AuthenticatorApp second = listed.get(1);
        assertThat(second.name()).isEqualTo("Tablet – Åsa's");
        assertThat(second.secret()).isEqualTo(TABLET);
        assertThat(second.parameters()).isEqualTo(sha256);
        assertThat(second.lastAcceptedStep()).isEqualTo(200L);
        assertThat(second.addedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(second.lastUsedAt()).isNull();
        assertThat(listed.get(0).name()).isNull();
        assertThat(listed(newCustomer())).isEmpty();
    }

    @Test
    default void each_app_accepts_a_step_only_when_later_than_its_own_last_one() {
        AccountId id = activeCustomer();
        long phone = inTransaction(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 100, NOW));
        long tablet = inTransaction(() -> apps().add(id, "Tablet", TABLET, TotpParameters.DEFAULT, 100, NOW));
        Instant later = NOW.plusSeconds(90);

        assertThat(inTransaction(() -> apps().acceptStep(phone, 100, later))).as("the confirming step").isFalse();
        assertThat(inTransaction(() -> apps().acceptStep(phone, 101, later))).isTrue();
        assertThat(inTransaction(() -> apps().acceptStep(phone, 101, later))).as("a replay").isFalse();
        assertThat(inTransaction(() -> apps().acceptStep(phone, 99, later))).as("an earlier step").isFalse();
        assertThat(inTransaction(() -> apps().acceptStep(tablet, 101, later))).as("the other app's own guard")
                .isTrue();
        assertThat(listed(id)).extracting(AuthenticatorApp::lastAcceptedStep).containsExactly(101L, 101L);
        assertThat(listed(id)).extracting(AuthenticatorApp::lastUsedAt).containsOnly(later);
    }

    @Test
    default void a_secret_is_re_encrypted_only_from_the_expected_old_one() {
        AccountId id = activeCustomer();
        long phone = inTransaction(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1, NOW));
        EncryptedSecret rotated = new EncryptedSecret("k9", new byte[] {42, 42, 42});

        assertThat(inTransaction(() -> apps().replaceSecret(phone, TABLET, rotated))).as("not the stored one")
                .isFalse();
        assertThat(inTransaction(() -> apps().replaceSecret(phone, new EncryptedSecret("k2", PHONE.ciphertext()),
                rotated))).as("same ciphertext, other key id").isFalse();
        assertThat(inTransaction(() -> apps().replaceSecret(phone, PHONE, rotated))).isTrue();
        assertThat(inTransaction(() -> apps().replaceSecret(phone, PHONE, TABLET))).as("already replaced").isFalse();
        assertThat(listed(id).get(0).secret()).isEqualTo(rotated);
    }

    @Test
    default void an_app_is_removed_once_and_only_by_its_own_account() {
        AccountId id = activeCustomer();
        AccountId other = activeCustomer();
        long tablet = inTransaction(() -> apps().add(id, "Tablet", TABLET, TotpParameters.DEFAULT, 1, NOW));

        assertThat(inTransaction(() -> apps().delete(other, tablet))).isFalse();
        assertThat(inTransaction(() -> apps().delete(id, tablet))).isTrue();
        assertThat(inTransaction(() -> apps().delete(id, tablet))).isFalse();
        assertThat(listed(id)).isEmpty();
    }

    @Test
    default void removing_all_apps_counts_them_and_touches_no_other_account() {
        AccountId id = activeCustomer();
        AccountId other = activeCustomer();
        inTransaction(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1, NOW));
        inTransaction(() -> apps().add(id, "Tablet", TABLET, TotpParameters.DEFAULT, 1, NOW));
        inTransaction(() -> apps().add(other, null, PHONE, TotpParameters.DEFAULT, 1, NOW));

        assertThat(inTransaction(() -> apps().deleteAll(id))).isEqualTo(2);
        assertThat(inTransaction(() -> apps().deleteAll(id))).isZero();

        assertThat(listed(id)).isEmpty();
        assertThat(listed(other)).hasSize(1);
    }

    @Test
    default void the_second_factors_row_takes_its_apps_with_it() {
        AccountId id = activeCustomer();
        AccountId other = activeCustomer();
        inTransaction(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1, NOW));
        inTransaction(() -> apps().add(other, null, PHONE, TotpParameters.DEFAULT, 1, NOW));

        assertThat(inTransaction(() -> twoFactor().delete(id))).isTrue();

        assertThat(listed(id)).isEmpty();
        assertThat(listed(other)).hasSize(1);
    }

    @Test
    default void the_backup_code_is_forgotten_once() {
        AccountId id = activeCustomer();

        assertThat(inTransaction(() -> twoFactor().clearBackupCode(id))).isTrue();
        assertThat(inTransaction(() -> twoFactor().clearBackupCode(id))).isFalse();
        assertThat(inTransaction(() -> twoFactor().find(id)).orElseThrow().backupCodeHash()).isNull();
        assertThat(inTransaction(() -> twoFactor().find(id)).orElseThrow().isActive()).isTrue();
    }
}
