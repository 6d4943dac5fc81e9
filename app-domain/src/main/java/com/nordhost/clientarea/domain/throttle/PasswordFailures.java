package com.nordhost.clientarea.domain.throttle;


import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link PasswordThrottle} to every place that checks a password (login, disabling 2FA, a new backup
 * code, changing the password or the e-mail address): one counter per account, in the database.
 *
 * <p>Addresses without an account get the same treatment from a decoy counter kept in memory, so that
 * "wait before trying again" after five wrong passwords does not tell which e-mail addresses have an
 * account. The decoy is per node and bounded (least recently used addresses are forgotten first): an
 * attacker who spreads the guesses over several nodes, or floods the decoy with other addresses, can still
 * tell the two apart with effort. A table for it would close that; it is not needed for the throttling
 * itself, which protects accounts that exist.
 */
public final class PasswordFailures {

    static final int DECOY_ADDRESSES = 10_000;

    private final AccountRepository accounts;
    private final Clock clock;
    private final Map<String, Decoy> decoys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decoy> eldest) {
            return size() > DECOY_ADDRESSES;
        }
    };

    public PasswordFailures(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The time before which no password of the account is checked, if that is still in the future. */
    public Optional<Instant> waitUntil(AccountId id) {
        Instant now = clock.instant();
        return accounts.findPasswordRetryAt(id).filter(now::isBefore);
    }

    /** A wrong password: counts it and sets the wait; returns the new count. */
    public int failed(AccountId id) {
        int failures = accounts.incrementPasswordFailures(id);
        Instant next = PasswordThrottle.nextAttemptAfter(failures, clock.instant());
        if (next != null) {
            accounts.setPasswordRetryAt(id, next);
        }
        return failures;
    }

    /** A right password ends the count. */
    public void succeeded(AccountId id) {
        accounts.resetPasswordFailures(id);
    }

    /** {@link #waitUntil} for an address that has no account. */
    public synchronized Optional<Instant> decoyWaitUntil(String address) {
        Decoy decoy = decoys.get(address);
        Instant now = clock.instant();
        return decoy == null || decoy.retryAt == null || !now.isBefore(decoy.retryAt)
                ? Optional.empty() : Optional.of(decoy.retryAt);
    }

    /** {@link #failed} for an address that has no account. */
    public synchronized int decoyFailed(String address) {
        Decoy decoy = decoys.computeIfAbsent(address, a -> new Decoy());
        decoy.failures++;
        Instant next = PasswordThrottle.nextAttemptAfter(decoy.failures, clock.instant());
        if (next != null && (decoy.retryAt == null || next.isAfter(decoy.retryAt))) {
            decoy.retryAt = next;
        }
        return decoy.failures;
    }

    private static final class Decoy {
        private int failures;
        private Instant retryAt;
    }
}
