package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.nordhost.clientarea.domain.twofactor.TwoFactorStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Test double of the two-factor table with the same conditional-update semantics as the SQL
 * (each method is atomic, like one UPDATE statement).
 */
public final class InMemoryTwoFactor implements TwoFactorRepository {

    private final Map<AccountId, TwoFactorCredential> rows = new HashMap<>();

    private int reads;

    /** How many times a row was read ({@link #find} or {@link #findForUpdate}): queries on hot paths. */
    public synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized Optional<TwoFactorCredential> find(AccountId accountId) {
        reads++;
        return Optional.ofNullable(rows.get(accountId));
    }

    /** One process, no row locks: the same as {@link #find} (the database test covers the locking). */
    @Override
    public synchronized Optional<TwoFactorCredential> findForUpdate(AccountId accountId) {
        return find(accountId);
    }

    @Override
    public synchronized void savePending(AccountId accountId, EncryptedSecret secret, TotpParameters parameters,
                                         Instant expiresAt) {
        TwoFactorCredential existing = rows.get(accountId);
        if (existing != null && existing.status() == TwoFactorStatus.ACTIVE) {
            return;
        }
        rows.put(accountId, new TwoFactorCredential(accountId, TwoFactorStatus.PENDING, secret, parameters, expiresAt,
                null, null, null, 0, null, false));
    }

    @Override
    public synchronized boolean activate(AccountId accountId, long acceptedStep, String backupCodeHash, Instant now) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.PENDING || !now.isBefore(c.pendingExpiresAt())) {
            return false;
        }
        rows.put(accountId, new TwoFactorCredential(accountId, TwoFactorStatus.ACTIVE, c.secret(), c.parameters(),
                null, now, acceptedStep, backupCodeHash, 0, null, false));
        return true;
    }

    @Override
    public synchronized boolean acceptStep(AccountId accountId, long step) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.ACTIVE
                || (c.lastAcceptedStep() != null && c.lastAcceptedStep() >= step)) {
            return false;
        }
        rows.put(accountId, copy(c, step, c.backupCodeHash(), c.failedAttempts(), c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized boolean replaceBackupCodeHash(AccountId accountId, String expectedOldHash, String newHash) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.ACTIVE || !Objects.equals(c.backupCodeHash(), expectedOldHash)) {
            return false;
        }
        rows.put(accountId, copy(c, c.lastAcceptedStep(), newHash, c.failedAttempts(), c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized int incrementFailures(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.ACTIVE) {
            return 0;
        }
        int failures = c.failedAttempts() + 1;
        rows.put(accountId, copy(c, c.lastAcceptedStep(), c.backupCodeHash(), failures, c.nextAttemptAt(), c.locked()));
        return failures;
    }

    @Override
    public synchronized void setThrottle(AccountId accountId, Instant nextAttemptAt, boolean locked) {
        TwoFactorCredential c = rows.get(accountId);
        if (c != null) {
            rows.put(accountId, copy(c, c.lastAcceptedStep(), c.backupCodeHash(), c.failedAttempts(), nextAttemptAt,
                    locked));
        }
    }

    @Override
    public synchronized void resetFailures(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c != null) {
            rows.put(accountId, copy(c, c.lastAcceptedStep(), c.backupCodeHash(), 0, null, c.locked()));
        }
    }

    @Override
    public synchronized boolean unlock(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || !c.locked()) {
            return false;
        }
        rows.put(accountId, copy(c, c.lastAcceptedStep(), c.backupCodeHash(), 0, null, false));
        return true;
    }

    @Override
    public synchronized boolean replaceSecret(AccountId accountId, EncryptedSecret expectedOld,
                                             EncryptedSecret replacement) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || !c.secret().equals(expectedOld)) {
            return false;
        }
        rows.put(accountId, new TwoFactorCredential(accountId, c.status(), replacement, c.parameters(),
                c.pendingExpiresAt(), c.enabledAt(), c.lastAcceptedStep(), c.backupCodeHash(), c.failedAttempts(),
                c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized boolean delete(AccountId accountId) {
        return rows.remove(accountId) != null;
    }

    private static TwoFactorCredential copy(TwoFactorCredential c, Long step, String backupHash, int failures,
                                            Instant next, boolean locked) {
        return new TwoFactorCredential(c.accountId(), c.status(), c.secret(), c.parameters(), c.pendingExpiresAt(),
                c.enabledAt(), step, backupHash, failures, next, locked);
    }
}
