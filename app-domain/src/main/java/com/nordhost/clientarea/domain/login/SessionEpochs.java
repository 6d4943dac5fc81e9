package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.OptionalInt;

/**
 * Whether a signed-in session is still valid for its account. Each account has a session epoch, advanced by
 * the changes that must end the account's other sessions (a new password, 2FA turned off by the customer or
 * removed by support, an agent's 2FA reset by an admin, a customer deactivated), in the same transaction as the change. A session
 * remembers the epoch it signed in with ({@link #atSignIn}); the web layer asks {@link #isCurrent} at every
 * request and ends the session when the epoch moved on, on whichever node it lives.
 */
public final class SessionEpochs {

    private final AccountRepository accounts;
    private final Transactions transactions;

    public SessionEpochs(AccountRepository accounts, Transactions transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** The epoch a session that signs in now remembers. */
    public int atSignIn(AccountId account) {
        OptionalInt epoch = transactions.inTransaction(() -> accounts.findSessionEpoch(account));
        return epoch.orElseThrow(() -> new IllegalArgumentException("No account " + account));
    }

    /** Whether a session that signed in at {@code epoch} may go on: false once the epoch moved (or no account). */
    public boolean isCurrent(AccountId account, int epoch) {
        OptionalInt current = transactions.inTransaction(() -> accounts.findSessionEpoch(account));
        return current.isPresent() && current.getAsInt() == epoch;
    }
}
