package com.nordhost.clientarea.domain.throttle;

import com.nordhost.clientarea.domain.shared.Port;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: wrong-password counters for e-mail addresses without an account, keyed by a keyed hash of the realm and
 * the normalised address (the table never holds an address), shared by every node. Implemented in
 * app-persistence over {@code unknown_address_throttle}.
 */
@Port
public interface UnknownAddressCounters {

    /** The wait of this key, if any; locks its row (if there is one) until the transaction ends. */
    Optional<Instant> findRetryAtForUpdate(String key);

    /** Adds one failure (creating the row at 1) and notes {@code now} as the last failure; returns the count. */
    int increment(String key, Instant now);

    /** Moves the key's wait later (never earlier). */
    void setRetryAt(String key, Instant retryAt);

    /** Forgets every key whose last failure is before {@code cutoff}; returns how many. */
    int purgeIdleSince(Instant cutoff);
}
