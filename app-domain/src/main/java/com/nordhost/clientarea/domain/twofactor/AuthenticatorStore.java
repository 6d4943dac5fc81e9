package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import java.util.List;

/**
 * What every kind of authenticator offers the rest of the domain, whatever it stores: the account's authenticators of
 * its kind, and their removal when the second factor ends ({@link SecondFactorEnd}). Both run in the caller's
 * transaction. Audit and notice are the caller's: the end of the second factor is one event, not one per kind.
 */
public interface AuthenticatorStore {

    AuthenticatorKind kind();

    List<Authenticator> list(AccountId account);

    /** Removes every authenticator of this kind of the account; how many went. */
    int removeAll(AccountId account);
}
