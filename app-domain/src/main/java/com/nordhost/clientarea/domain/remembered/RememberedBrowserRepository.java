package com.nordhost.clientarea.domain.remembered;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the {@code remembered_browser} table. The browser's secret is stored only as its SHA-256; a forgotten
 * browser's row is deleted (the audit log keeps the event). Implemented in app-persistence; every method runs in
 * the caller's transaction.
 */
@Port
public interface RememberedBrowserRepository {

    /** What a login needs to decide on a presented token. */
    record Stored(long id, AccountId account, String secretHash, int sessionEpoch, Instant expiresAt) {
    }

    /** Stores a newly remembered browser; returns its id (the public half of the cookie). */
    long add(AccountId account, String secretHash, int sessionEpoch, String browser, String ip, Instant rememberedAt,
             Instant expiresAt);

    Optional<Stored> find(long id);

    /** A login was spared the code at {@code at}. */
    void markUsed(long id, Instant at);

    /** The account's browsers not yet expired at {@code now}, most recently remembered first. */
    List<RememberedBrowser> listFor(AccountId account, Instant now);

    /** Forgets one browser, only if it is the account's; whether a row went. */
    boolean delete(AccountId account, long id);

    /** Forgets every browser of the account; how many went. */
    int deleteAll(AccountId account);

    /** Removes rows expired before {@code now}, of every account (they can never sign in again). */
    int deleteExpired(Instant now);
}
