package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpAlgorithm;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.nordhost.clientarea.domain.twofactor.TwoFactorStatus;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TwoFactorRepository} over {@code two_factor_credential}.
 *
 * <p>Every change after the insert is a single conditional UPDATE or DELETE whose row count is the
 * answer. The database's row lock serializes concurrent statements on one row and each re-checks
 * its WHERE clause against the committed row, so the rules hold across threads, sessions and
 * nodes: a backup code is consumed once, a pending app is confirmed once, no failure is lost. Each app's replay
 * guard is {@link JpaAuthenticatorApps}'.
 *
 * <p>Reads are scalar projections: they never put a managed entity into the persistence context,
 * so a bulk statement can never leave a stale copy behind in the same transaction.
 */
public class JpaTwoFactorRepository implements TwoFactorRepository {

    private static final String PENDING = TwoFactorCredentialEntity.PENDING;
    private static final String ACTIVE = TwoFactorCredentialEntity.ACTIVE;

    private final EntityManagers entityManagers;

    public JpaTwoFactorRepository(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public Optional<TwoFactorCredential> find(AccountId accountId) {
        long id = requireId(accountId);
        List<Object[]> rows = em().createQuery("SELECT c.status, c.secretKeyId, c.secretCiphertext, c.algorithm,"
                        + " c.digits, c.periodSeconds, c.pendingExpiresAt, c.enabledAt,"
                        + " c.backupCodeHash, c.failedAttempts, c.nextAttemptAt, c.locked"
                        + " FROM TwoFactorCredentialEntity c WHERE c.accountId = :id", Object[].class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(r -> new TwoFactorCredential(
                accountId,
                TwoFactorStatus.valueOf((String) r[0]),
                r[1] == null ? null : new EncryptedSecret((String) r[1], (byte[]) r[2]),
                new TotpParameters(TotpAlgorithm.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue()),
                Timestamps.toInstant((OffsetDateTime) r[6]),
                Timestamps.toInstant((OffsetDateTime) r[7]),
                (String) r[8],
                ((Number) r[9]).intValue(),
                Timestamps.toInstant((OffsetDateTime) r[10]),
                Boolean.TRUE.equals(r[11])));
    }

    /**
     * Locks the row with a native {@code SELECT ... FOR UPDATE} (same syntax on H2 and PostgreSQL), then
     * reads it with {@link #find}: under READ COMMITTED that later statement sees what a transaction we
     * waited for committed. A missing row locks nothing and reads empty.
     */
    @Override
    public Optional<TwoFactorCredential> findForUpdate(AccountId accountId) {
        long id = requireId(accountId);
        em().createNativeQuery("SELECT account_id FROM two_factor_credential WHERE account_id = ? FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        return find(accountId);
    }

    /**
     * Deletes an earlier PENDING row, then inserts the new one unless an ACTIVE row remains. Two
     * enrolments started for one account at the same moment cannot both insert: the second fails on
     * the primary key and its transaction rolls back.
     */
    @Override
    public void savePending(AccountId accountId, EncryptedSecret secret, TotpParameters parameters,
            Instant expiresAt) {
        long id = requireId(accountId);
        Objects.requireNonNull(secret, "Secret is required.");
        Objects.requireNonNull(parameters, "TOTP parameters are required.");
        Objects.requireNonNull(expiresAt, "Expiry is required.");
        EntityManager em = em();
        em.createQuery("DELETE FROM TwoFactorCredentialEntity c WHERE c.accountId = :id AND c.status = :pending")
                .setParameter("id", id)
                .setParameter("pending", PENDING)
                .executeUpdate();
        long remaining = em.createQuery("SELECT COUNT(c) FROM TwoFactorCredentialEntity c WHERE c.accountId = :id",
                        Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (remaining > 0) {
            return; // an ACTIVE credential stays as it is
        }
        em.createNativeQuery("INSERT INTO two_factor_credential (account_id, status, secret_key_id, secret_ciphertext,"
                        + " algorithm, digits, period_seconds, pending_expires_at, failed_attempts, locked)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE)")
                .setParameter(1, id)
                .setParameter(2, PENDING)
                .setParameter(3, secret.keyId())
                .setParameter(4, secret.ciphertext())
                .setParameter(5, parameters.algorithm().name())
                .setParameter(6, parameters.digits())
                .setParameter(7, parameters.periodSeconds())
                .setParameter(8, Timestamps.toColumn(expiresAt))
                .executeUpdate();
    }

    @Override
    public boolean activate(AccountId accountId, String backupCodeHash, Instant now) {
        long id = requireId(accountId);
        Objects.requireNonNull(backupCodeHash, "Backup code hash is required.");
        Objects.requireNonNull(now, "The time is required.");
        return em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.status = :active,"
                        + " c.secretKeyId = NULL, c.secretCiphertext = NULL, c.backupCodeHash = :hash, c.enabledAt = :now,"
                        + " c.pendingExpiresAt = NULL, c.failedAttempts = 0, c.nextAttemptAt = NULL, c.locked = FALSE"
                        + " WHERE c.accountId = :id AND c.status = :pending AND c.pendingExpiresAt > :now")
                .setParameter("active", ACTIVE)
                .setParameter("hash", backupCodeHash)
                .setParameter("now", Timestamps.toColumn(now))
                .setParameter("id", id)
                .setParameter("pending", PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean savePendingApp(AccountId accountId, EncryptedSecret secret, TotpParameters parameters,
            Instant expiresAt) {
        long id = requireId(accountId);
        Objects.requireNonNull(secret, "Secret is required.");
        Objects.requireNonNull(parameters, "TOTP parameters are required.");
        Objects.requireNonNull(expiresAt, "Expiry is required.");
        return em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.secretKeyId = :keyId,"
                        + " c.secretCiphertext = :ciphertext, c.algorithm = :algorithm, c.digits = :digits,"
                        + " c.periodSeconds = :period, c.pendingExpiresAt = :expires"
                        + " WHERE c.accountId = :id AND c.status = :active")
                .setParameter("keyId", secret.keyId())
                .setParameter("ciphertext", secret.ciphertext())
                .setParameter("algorithm", parameters.algorithm().name())
                .setParameter("digits", parameters.digits())
                .setParameter("period", parameters.periodSeconds())
                .setParameter("expires", Timestamps.toColumn(expiresAt))
                .setParameter("id", id)
                .setParameter("active", ACTIVE)
                .executeUpdate() == 1;
    }

    /** Conditional on the key id and ciphertext: a secret replaced by a later "add" in another tab is not taken. */
    @Override
    public boolean clearPendingApp(AccountId accountId, EncryptedSecret expected, Instant now) {
        long id = requireId(accountId);
        Objects.requireNonNull(expected, "The expected secret is required.");
        return em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.secretKeyId = NULL,"
                        + " c.secretCiphertext = NULL, c.pendingExpiresAt = NULL"
                        + " WHERE c.accountId = :id AND c.status = :active AND c.secretKeyId = :keyId"
                        + " AND c.secretCiphertext = :ciphertext AND c.pendingExpiresAt > :now")
                .setParameter("id", id)
                .setParameter("active", ACTIVE)
                .setParameter("keyId", expected.keyId())
                .setParameter("ciphertext", expected.ciphertext())
                .setParameter("now", Timestamps.toColumn(now))
                .executeUpdate() == 1;
    }

    @Override
    public boolean replaceBackupCodeHash(AccountId accountId, String expectedOldHash, String newHash) {
        long id = requireId(accountId);
        Objects.requireNonNull(expectedOldHash, "The expected old hash is required.");
        Objects.requireNonNull(newHash, "The new hash is required.");
        return em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.backupCodeHash = :newHash"
                        + " WHERE c.accountId = :id AND c.status = :active AND c.backupCodeHash = :oldHash")
                .setParameter("newHash", newHash)
                .setParameter("id", id)
                .setParameter("active", ACTIVE)
                .setParameter("oldHash", expectedOldHash)
                .executeUpdate() == 1;
    }

    /**
     * {@code failed_attempts = failed_attempts + 1} in the database, then reads the count back. The
     * UPDATE holds the row lock until the transaction ends, so the value read is this attempt's count.
     *
     * @return the new count, or 0 when the account has no ACTIVE credential
     */
    @Override
    public int incrementFailures(AccountId accountId) {
        long id = requireId(accountId);
        EntityManager em = em();
        int changed = em.createQuery("UPDATE TwoFactorCredentialEntity c SET c.failedAttempts = c.failedAttempts + 1"
                        + " WHERE c.accountId = :id AND c.status = :active")
                .setParameter("id", id)
                .setParameter("active", ACTIVE)
                .executeUpdate();
        if (changed == 0) {
            return 0;
        }
        return em.createQuery("SELECT c.failedAttempts FROM TwoFactorCredentialEntity c WHERE c.accountId = :id",
                        Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    @Override
    public void setThrottle(AccountId accountId, Instant nextAttemptAt, boolean locked) {
        long id = requireId(accountId);
        em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.nextAttemptAt = :next, c.locked = :locked"
                        + " WHERE c.accountId = :id")
                .setParameter("next", Timestamps.toColumn(nextAttemptAt))
                .setParameter("locked", locked)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void resetFailures(AccountId accountId) {
        long id = requireId(accountId);
        em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.failedAttempts = 0, c.nextAttemptAt = NULL"
                        + " WHERE c.accountId = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public boolean unlock(AccountId accountId) {
        long id = requireId(accountId);
        return em().createQuery("UPDATE TwoFactorCredentialEntity c SET c.locked = FALSE, c.failedAttempts = 0,"
                        + " c.nextAttemptAt = NULL WHERE c.accountId = :id AND c.locked = TRUE")
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Override
    public boolean clearBackupCode(AccountId accountId) {
        return em().createNativeQuery("UPDATE two_factor_credential SET backup_code_hash = NULL"
                        + " WHERE account_id = ?1 AND backup_code_hash IS NOT NULL")
                .setParameter(1, requireId(accountId))
                .executeUpdate() == 1;
    }

    /**
     * The account's authenticator apps go with the row (ON DELETE CASCADE, migration V11), as a safety net:
     * {@code SecondFactorEnd} removes them first.
     */
    @Override
    public boolean delete(AccountId accountId) {
        long id = requireId(accountId);
        return em().createQuery("DELETE FROM TwoFactorCredentialEntity c WHERE c.accountId = :id")
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    private static long requireId(AccountId accountId) {
        return Objects.requireNonNull(accountId, "Account id is required.").value();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
