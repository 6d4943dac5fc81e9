package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the second factor of each account, one row per account. The conditional updates are the rules
 * that must hold across sessions and nodes, so they live in the database, not in memory.
 */
public interface TwoFactorRepository {

    Optional<TwoFactorCredential> find(AccountId accountId);

    /**
     * {@link #find}, after locking the row until the current transaction ends ({@code SELECT ... FOR UPDATE}).
     * A second-factor attempt reads the throttle (locked, next attempt) with it, so concurrent attempts on one
     * account, on any node, are decided one after the other against the state the previous one left: no
     * attempt is checked after the lock was set or while the wait holds, however many arrive at once.
     */
    Optional<TwoFactorCredential> findForUpdate(AccountId accountId);

    /**
     * Stores a PENDING credential, replacing an earlier PENDING row; never touches an ACTIVE one
     * (then nothing changes). Failure counters of a new row start at zero.
     */
    void savePending(AccountId accountId, EncryptedSecret secret, TotpParameters parameters, Instant expiresAt);

    /**
     * Conditional update: only a PENDING row whose expiry is after {@code now} becomes ACTIVE, with
     * last_accepted_step = acceptedStep, the backup code hash, enabled_at = now, counters reset.
     * Returns whether it did.
     */
    boolean activate(AccountId accountId, long acceptedStep, String backupCodeHash, Instant now);

    /**
     * The replay guard (RFC 6238 section 5.2): {@code UPDATE ... SET last_accepted_step = :step
     * WHERE account_id = :id AND status = 'ACTIVE' AND (last_accepted_step IS NULL OR last_accepted_step < :step)}.
     * True iff exactly one row changed.
     */
    boolean acceptStep(AccountId accountId, long step);

    /** Conditional on the old hash, so one backup code is consumed exactly once. True iff a row changed. */
    boolean replaceBackupCodeHash(AccountId accountId, String expectedOldHash, String newHash);

    /** Atomic {@code failed_attempts = failed_attempts + 1} on the ACTIVE row; returns the new count. */
    int incrementFailures(AccountId accountId);

    /** Sets when the next attempt may come and whether the second factor is locked. */
    void setThrottle(AccountId accountId, Instant nextAttemptAt, boolean locked);

    /** After a success: failed_attempts = 0, next_attempt_at = null (does not unlock). */
    void resetFailures(AccountId accountId);

    /** Support unlock: locked = false, failed_attempts = 0, next_attempt_at = null. True iff it was locked. */
    boolean unlock(AccountId accountId);

    /**
     * Key rotation: stores the secret re-encrypted under the current key, conditional on the stored one still
     * being {@code expectedOld} (same key id and ciphertext). True iff a row changed. The default does nothing,
     * so old secrets simply keep decrypting with their old key until an implementation supports it.
     */
    default boolean replaceSecret(AccountId accountId, EncryptedSecret expectedOld, EncryptedSecret replacement) {
        return false;
    }

    /** Removes the row (any status). True iff a row was removed, so a second agent gets false. */
    boolean delete(AccountId accountId);
}
