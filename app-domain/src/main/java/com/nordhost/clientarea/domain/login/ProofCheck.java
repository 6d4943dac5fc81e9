package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;

/**
 * Checks one kind of {@link SecondFactorProof} for {@link SecondFactorLogin}, which has already found the account
 * active, its second factor on, not locked and not throttled, and the login not outdated. A refusal goes through
 * {@link SecondFactorFailures}, so every kind counts towards the same throttle and lock. Runs in the login's
 * transaction, with the second-factor row locked.
 */
public interface ProofCheck {

    boolean accepts(SecondFactorProof proof);

    SecondFactorOutcome check(Account account, TwoFactorCredential credential, SecondFactorProof proof,
                              RequestOrigin origin);
}
