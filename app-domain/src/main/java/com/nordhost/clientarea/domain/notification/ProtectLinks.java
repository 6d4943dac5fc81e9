package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.Port;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the "This wasn't me" links every security notice carries ({@code protect_link}, decision 0042), in their own
 * table so that nothing that spends an account's mailed links (an address change, a deactivation) can spend these:
 * an intruder who changes the address must not void the links the change's notice just mailed to the owner. Only the
 * token's SHA-256 is stored, and the SHA-256 of the address the mail went to (to tell the page that the address has
 * changed since), never the address. Implemented in app-persistence; every method runs in the caller's transaction.
 */
@Port
public interface ProtectLinks {

    /** A link as stored. {@code usedAt} is null while unused. */
    record Link(AccountId accountId, String sentToHash, Instant expiresAt, Instant usedAt) {
    }

    /** Stores a new link; the account's links expired before {@code createdAt} are deleted on the way. */
    void record(AccountId account, String tokenHash, String sentToHash, Instant createdAt, Instant expiresAt);

    Optional<Link> find(String tokenHash);

    /** Spends the link, only while unused and not expired at {@code now}: of two presses exactly one wins. */
    boolean use(String tokenHash, Instant now);

    /** Deletes every link of the account, used or not (the account is erased); how many went. */
    int deleteAll(AccountId account);
}
