package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.shared.Port;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.time.Instant;
import java.util.List;

/**
 * Port: the authenticator apps of each account with two-factor authentication on. An app belongs to the account's
 * {@link TwoFactorCredential}: removing that row (turning 2FA off, support removal) removes its apps with it.
 * Changes that must hold across nodes are conditional updates whose row count is the answer.
 */
@Port
public interface AuthenticatorAppRepository {

    /** The account's apps, oldest first. */
    List<AuthenticatorApp> list(AccountId accountId);

    /**
     * Stores a confirmed app. {@code acceptedStep} is the step of the code that confirmed it, so that code cannot
     * also sign in. Returns the new app's id.
     */
    long add(AccountId accountId, String name, EncryptedSecret secret, TotpParameters parameters, long acceptedStep,
             Instant now);

    /**
     * The replay guard, per app: {@code UPDATE ... SET last_accepted_step = :step, last_used_at = :now WHERE id = :app
     * AND (last_accepted_step IS NULL OR last_accepted_step < :step)}. True iff the row changed, so one code signs in
     * once, even when two nodes get it at the same moment.
     */
    boolean acceptStep(long appId, long step, Instant now);

    /**
     * Key rotation: the secret re-encrypted under the current key, conditional on the stored one still being
     * {@code expectedOld}. True iff the row changed.
     */
    boolean replaceSecret(long appId, EncryptedSecret expectedOld, EncryptedSecret replacement);

    /** Removes one app of this account. True iff it was there (a second removal gets false). */
    boolean delete(AccountId accountId, long appId);

    /** Removes every app of the account; how many went. */
    int deleteAll(AccountId accountId);
}
