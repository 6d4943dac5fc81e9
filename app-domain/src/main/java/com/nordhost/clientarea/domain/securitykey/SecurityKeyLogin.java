package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.login.PendingLogin;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The challenge for the login's second step with a security key or passkey (decision 0024), before the browser's
 * {@code navigator.credentials.get}: kept server-side as its hash, single use, short-lived. The answer is a
 * {@link com.nordhost.clientarea.domain.login.SecondFactorProof.KeyAssertion} for {@code SecondFactorLogin}, checked by
 * {@link SecurityKeyCheck} with the throttle shared with codes and backup codes.
 */
public final class SecurityKeyLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final SecurityKeyRepository keys;
    private final WebAuthnChallenges challenges;
    private final RelyingParty relyingParty;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public SecurityKeyLogin(AccountRepository accounts, TwoFactorRepository twoFactor, SecurityKeyRepository keys,
                            WebAuthnChallenges challenges, RelyingParty relyingParty, Transactions transactions,
                            Clock clock, SecureRandom random) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.keys = Objects.requireNonNull(keys);
        this.challenges = Objects.requireNonNull(challenges);
        // No relying party (the client area is on an IP address): no key is offered.
        this.relyingParty = relyingParty;
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /** Whether the login's second step offers a key to the account (one registered, keys possible here). */
    public boolean hasKey(AccountId accountId) {
        return relyingParty != null && transactions.inTransaction(() -> !keys.credentialIds(accountId).isEmpty());
    }

    /**
     * The options for the browser, with a fresh challenge; empty when the account has no key (or is no active
     * customer with 2FA on): the second step then asks for the code alone.
     */
    public Optional<AssertionOptions> options(PendingLogin pending) {
        AccountId accountId = pending.accountId();
        return transactions.inTransaction(() -> {
            boolean customer = accounts.findById(accountId)
                    .filter(a -> a.active() && a.realm() == Realm.CUSTOMER).isPresent();
            boolean twoFactorOn = twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false);
            List<String> ids = customer && twoFactorOn && relyingParty != null ? keys.credentialIds(accountId) : List.of();
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            String challenge = RandomTokens.generate(random);
            Instant now = clock.instant();
            challenges.issue(accountId, WebAuthnChallenges.Purpose.LOGIN, RandomTokens.sha256Hex(challenge), now,
                    now.plus(SecurityKeyRegistration.CHALLENGE_LIFETIME));
            return Optional.of(new AssertionOptions(challenge, relyingParty.id(), ids,
                    SecurityKeyRegistration.BROWSER_TIMEOUT));
        });
    }
}
