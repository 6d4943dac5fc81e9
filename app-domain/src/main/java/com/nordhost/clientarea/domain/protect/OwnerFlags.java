package com.nordhost.clientarea.domain.protect;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.Port;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the accounts whose owner pressed "This wasn't me" and that support has not looked at yet ({@code owner_flag},
 * one row per flagged account; closing deletes it, the audit trail keeps the history). Implemented in
 * app-persistence; every method runs in the caller's transaction.
 */
@Port
public interface OwnerFlags {

    /**
     * Flags the account at {@code now}; when it is flagged already, the flag stays open and counts one more press.
     * The caller has locked the account row first (two presses at once then queue up instead of colliding).
     */
    void raise(AccountId account, Instant now);

    Optional<OwnerFlag> find(AccountId account);

    /** Closes the account's flag; false when there was none (closed by another agent meanwhile). */
    boolean close(AccountId account);

    /** The open flags with their customers, oldest flag first (the queue support works through), at most {@code limit}. */
    List<FlaggedCustomer> listOpen(int limit);
}
