package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the second factor of each account, one row per account; its authenticator apps are
 * {@link AuthenticatorAppRepository}'s. The conditional updates are the rules that must hold across sessions and
 * nodes, so they live in the database, not in memory.
 */
@Port
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
     * Conditional update: only a PENDING row whose expiry is after {@code now} becomes ACTIVE, with the backup code
     * hash, enabled_at = now, counters reset, and the pending secret cleared (it becomes the first
     * {@link AuthenticatorApp}, stored by the caller in the same transaction). Returns whether it did.
     */
    boolean activate(AccountId accountId, String backupCodeHash, Instant now);

    /**
     * Holds the secret of an app being added to an ACTIVE account until its first code confirms it, replacing an
     * earlier one that was never confirmed. False (nothing stored) when the account has no ACTIVE row.
     */
    boolean savePendingApp(AccountId accountId, EncryptedSecret secret, TotpParameters parameters, Instant expiresAt);

    /**
     * Clears the pending secret of an ACTIVE row, conditional on it still being {@code expected} and unexpired: of two
     * confirmations of one pending app (two tabs, two nodes) exactly one gets true and stores the app.
     */
    boolean clearPendingApp(AccountId accountId, EncryptedSecret expected, Instant now);

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

    /** Forgets the backup code of the account (the second factor is ending); whether there was one. */
    boolean clearBackupCode(AccountId accountId);

    /**
     * Removes the row (any status) and with it the account's authenticator apps. True iff a row was removed, so a
     * second agent gets false.
     */
    boolean delete(AccountId accountId);
}
