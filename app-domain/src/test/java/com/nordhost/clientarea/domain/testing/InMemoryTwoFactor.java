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
    /** The apps belong to the row, as with the database's ON DELETE CASCADE. */
    private final InMemoryAuthenticatorApps apps;

    public InMemoryTwoFactor(InMemoryAuthenticatorApps apps) {
        this.apps = Objects.requireNonNull(apps);
    }

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
                null, null, 0, null, false));
    }

    @Override
    public synchronized boolean activate(AccountId accountId, String backupCodeHash, Instant now) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.PENDING || !now.isBefore(c.pendingExpiresAt())) {
            return false;
        }
        rows.put(accountId, new TwoFactorCredential(accountId, TwoFactorStatus.ACTIVE, null, c.parameters(),
                null, now, backupCodeHash, 0, null, false));
        return true;
    }

    @Override
    public synchronized boolean savePendingApp(AccountId accountId, EncryptedSecret secret, TotpParameters parameters,
                                               Instant expiresAt) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.ACTIVE) {
            return false;
        }
        rows.put(accountId, new TwoFactorCredential(accountId, c.status(), secret, parameters, expiresAt, c.enabledAt(),
                c.backupCodeHash(), c.failedAttempts(), c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized boolean clearPendingApp(AccountId accountId, EncryptedSecret expected, Instant now) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || !c.isAddingAppAt(now) || !c.secret().equals(expected)) {
            return false;
        }
        rows.put(accountId, new TwoFactorCredential(accountId, c.status(), null, c.parameters(), null, c.enabledAt(),
                c.backupCodeHash(), c.failedAttempts(), c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized boolean replaceBackupCodeHash(AccountId accountId, String expectedOldHash, String newHash) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.ACTIVE || !Objects.equals(c.backupCodeHash(), expectedOldHash)) {
            return false;
        }
        rows.put(accountId, copy(c, newHash, c.failedAttempts(), c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized int incrementFailures(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.status() != TwoFactorStatus.ACTIVE) {
            return 0;
        }
        int failures = c.failedAttempts() + 1;
        rows.put(accountId, copy(c, c.backupCodeHash(), failures, c.nextAttemptAt(), c.locked()));
        return failures;
    }

    @Override
    public synchronized void setThrottle(AccountId accountId, Instant nextAttemptAt, boolean locked) {
        TwoFactorCredential c = rows.get(accountId);
        if (c != null) {
            rows.put(accountId, copy(c, c.backupCodeHash(), c.failedAttempts(), nextAttemptAt,
                    locked));
        }
    }

    @Override
    public synchronized void resetFailures(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c != null) {
            rows.put(accountId, copy(c, c.backupCodeHash(), 0, null, c.locked()));
        }
    }

    @Override
    public synchronized boolean unlock(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || !c.locked()) {
            return false;
        }
        rows.put(accountId, copy(c, c.backupCodeHash(), 0, null, false));
        return true;
    }

    @Override
    public synchronized boolean clearBackupCode(AccountId accountId) {
        TwoFactorCredential c = rows.get(accountId);
        if (c == null || c.backupCodeHash() == null) {
            return false;
        }
        rows.put(accountId, copy(c, null, c.failedAttempts(), c.nextAttemptAt(), c.locked()));
        return true;
    }

    @Override
    public synchronized boolean delete(AccountId accountId) {
        apps.deleteAll(accountId);
        return rows.remove(accountId) != null;
    }

    private static TwoFactorCredential copy(TwoFactorCredential c, String backupHash, int failures, Instant next,
                                            boolean locked) {
        return new TwoFactorCredential(c.accountId(), c.status(), c.secret(), c.parameters(), c.pendingExpiresAt(),
                c.enabledAt(), backupHash, failures, next, locked);
    }
}
