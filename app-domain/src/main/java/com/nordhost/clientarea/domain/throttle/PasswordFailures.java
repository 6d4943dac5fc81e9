package com.nordhost.clientarea.domain.throttle;


import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies {@link PasswordThrottle} to every place that checks a password (login, disabling 2FA, a new backup
 * code, changing the password or the e-mail address), in the database.
 *
 * <p>Each account has two counters ({@link PasswordCounter}): one for browsers holding a device token for the
 * account (login.DeviceTrust) and for signed-in sessions, one for everybody else. A stranger's wrong passwords
 * escalate the untrusted counter only, so they never make the owner's trusted browser wait (OWASP
 * "device cookies"); wrong passwords from trusted browsers have their own escalating wait. A right password
 * ends only the count of the counter it was typed under, so the owner logging in from a trusted browser does
 * not reset a stranger's escalation.
 *
 * <p>Addresses without an account get the same treatment from counters in the database
 * ({@link UnknownAddressCounters}, shared by every node), keyed by an HMAC of realm and normalised address, so
 * that "wait before trying again" after five wrong passwords does not tell which e-mail addresses have an
 * account. They are forgotten {@link #UNKNOWN_ADDRESS_MEMORY} after their last failure, which bounds the table
 * to the addresses tried in the last day.
 */
public final class PasswordFailures {

    public static final Duration UNKNOWN_ADDRESS_MEMORY = Duration.ofDays(1);

    private final AccountRepository accounts;
    private final UnknownAddressCounters unknownAddresses;
    private final MessageSigner addressHash;
    private final Clock clock;

    public PasswordFailures(AccountRepository accounts, UnknownAddressCounters unknownAddresses,
                            MessageSigner addressHash, Clock clock) {
        this.accounts = accounts;
        this.unknownAddresses = unknownAddresses;
        this.addressHash = addressHash;
        this.clock = clock;
    }

    /** {@link #waitUntil(AccountId, PasswordCounter)} for a signed-in session (the trusted counter). */
    public Optional<Instant> waitUntil(AccountId id) {
        return waitUntil(id, PasswordCounter.TRUSTED);
    }

    /** {@link #failed(AccountId, PasswordCounter)} for a signed-in session (the trusted counter). */
    public int failed(AccountId id) {
        return failed(id, PasswordCounter.TRUSTED);
    }

    /** {@link #succeeded(AccountId, PasswordCounter)} for a signed-in session (the trusted counter). */
    public void succeeded(AccountId id) {
        succeeded(id, PasswordCounter.TRUSTED);
    }

    /** The time before which no password of the account is checked on this counter, if still in the future. */
    public Optional<Instant> waitUntil(AccountId id, PasswordCounter counter) {
        Instant now = clock.instant();
        return accounts.findPasswordRetryAt(id, counter).filter(now::isBefore);
    }

    /** A wrong password: counts it and sets the wait; returns the new count. */
    public int failed(AccountId id, PasswordCounter counter) {
        int failures = accounts.incrementPasswordFailures(id, counter);
        Instant next = PasswordThrottle.nextAttemptAfter(failures, clock.instant());
        if (next != null) {
            accounts.setPasswordRetryAt(id, counter, next);
        }
        return failures;
    }

    /** A right password ends the count of this counter. */
    public void succeeded(AccountId id, PasswordCounter counter) {
        accounts.resetPasswordFailures(id, counter);
    }

    /** {@link #waitUntil} for an address that has no account ({@code key}: realm and normalised address). */
    public Optional<Instant> unknownAddressWaitUntil(String key) {
        Instant now = clock.instant();
        return unknownAddresses.findRetryAtForUpdate(hash(key)).filter(now::isBefore);
    }

    /** {@link #failed} for an address that has no account; forgets addresses idle for a day on a first failure. */
    public int unknownAddressFailed(String key) {
        Instant now = clock.instant();
        String hash = hash(key);
        int failures = unknownAddresses.increment(hash, now);
        if (failures == 1) {
            unknownAddresses.purgeIdleSince(now.minus(UNKNOWN_ADDRESS_MEMORY));
        }
        Instant next = PasswordThrottle.nextAttemptAfter(failures, now);
        if (next != null) {
            unknownAddresses.setRetryAt(hash, next);
        }
        return failures;
    }

    private String hash(String key) {
        return addressHash.sign(key);
    }
}
