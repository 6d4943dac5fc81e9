package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.PendingLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorProof;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in with a passkey alone, from the login page (decision 0045): {@link #request} gives the page a challenge
 * for the browser's {@code navigator.credentials.get} with no account named; {@link #signIn} takes the answer, finds
 * the key by its credential id and the account by the key, and hands the answer as a proof to the login's one
 * second step ({@link SecondFactorLogin}, so its rules hold: the account active, its second factor on, not locked, no
 * wait in force; the refusals count on the same throttle), where {@link PasskeyCheck} checks it. The caller completes
 * the sign-in as after any login. Customers only; nothing here without a usable relying party.
 */
public final class PasskeySignIn {

    private final AccountRepository accounts;
    private final SecurityKeyRepository keys;
    private final SecondFactorLogin secondFactorLogin;
    private final WebAuthnVerifier verifier;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public PasskeySignIn(AccountRepository accounts, SecurityKeyRepository keys, SecondFactorLogin secondFactorLogin,
                         RelyingParty relyingParty, AuditTrail audit, Transactions transactions, Clock clock,
                         SecureRandom random) {
        this.accounts = Objects.requireNonNull(accounts);
        this.keys = Objects.requireNonNull(keys);
        this.secondFactorLogin = Objects.requireNonNull(secondFactorLogin);
        // No relying party (the client area is on an IP address): the login page offers no passkey.
        this.verifier = relyingParty == null ? null : new WebAuthnVerifier(relyingParty);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /** Whether the login page offers a passkey at all: only with a usable relying party (not an IP address). */
    public boolean offered() {
        return verifier != null;
    }

    /**
     * A new request for the browser: a fresh challenge, valid {@link SecurityKeyRegistration#CHALLENGE_LIFETIME};
     * empty when passkeys are not offered. Nothing is stored: the page keeps the request and gives it back once.
     */
    public Optional<PasskeyRequest> request() {
        if (verifier == null) {
            return Optional.empty();
        }
        return Optional.of(new PasskeyRequest(RandomTokens.generate(random), verifier.relyingParty().id(),
                SecurityKeyRegistration.BROWSER_TIMEOUT, clock.instant()));
    }

    /**
     * The browser's answer to {@code request}.
     *
     * @param deviceToken the browser's device cookie (null: none): a browser that never signed in to the account
     *                    gets the customer a notice
     */
    public PasskeyOutcome signIn(PasskeyRequest request, String responseJson, RequestOrigin origin,
                                 String deviceToken) {
        if (verifier == null) {
            return new PasskeyOutcome.Unavailable();
        }
        Objects.requireNonNull(request, "The request is required.");
        if (!clock.instant().isBefore(request.issuedAt().plus(SecurityKeyRegistration.CHALLENGE_LIFETIME))) {
            return new PasskeyOutcome.Expired();
        }
        return transactions.inTransaction(() -> {
            Optional<String> credentialId = responseJson == null || responseJson.length() > 64_000 ? Optional.empty()
                    : verifier.credentialIdOf(responseJson);
            if (credentialId.isEmpty()) {
                audit.record(AuditEventType.PASSKEY_SIGN_IN_REFUSED, null, null, origin,
                        Map.of("reason", "malformed passkey answer"));
                return new PasskeyOutcome.NotAccepted();
            }
            Optional<SecurityKeyRepository.Stored> key = keys.findByCredentialId(credentialId.get());
            if (key.isEmpty()) {
                // Removed, or gone with the second factor: the authenticator still offers it.
                audit.record(AuditEventType.PASSKEY_SIGN_IN_REFUSED, null, null, origin,
                        Map.of("reason", "unknown passkey"));
                return new PasskeyOutcome.UnknownPasskey();
            }
            PendingLogin login = new PendingLogin(key.get().account(),
                    accounts.findSessionEpoch(key.get().account()).orElse(0));
            SecondFactorOutcome outcome = secondFactorLogin.check(login, new SecondFactorProof.PasskeyAssertion(
                    responseJson, request.challenge(), deviceToken), origin, false);
            return outcomeOf(outcome, key.get(), origin);
        });
    }

    private PasskeyOutcome outcomeOf(SecondFactorOutcome outcome, SecurityKeyRepository.Stored key,
                                     RequestOrigin origin) {
        if (outcome instanceof SecondFactorOutcome.Passed passed) {
            return new PasskeyOutcome.SignedIn(passed.account());
        }
        if (outcome instanceof SecondFactorOutcome.PasskeyRefused refused) {
            return switch (refused.reason()) {
                case AFTER_PASSWORD_ONLY -> new PasskeyOutcome.AfterPasswordOnly();
                case USER_NOT_VERIFIED -> new PasskeyOutcome.UserNotVerified();
                case CLONED -> new PasskeyOutcome.Cloned();
                case NOT_ACCEPTED -> new PasskeyOutcome.NotAccepted();
            };
        }
        if (outcome instanceof SecondFactorOutcome.TryLater later) {
            return new PasskeyOutcome.TryLater(later.until());
        }
        if (outcome instanceof SecondFactorOutcome.Locked) {
            return new PasskeyOutcome.Locked();
        }
        // Refused before the answer was looked at: a deactivated account, or no second factor on. Told like any
        // refused answer, so the page does not tell a deactivated account from a bad answer.
        accounts.findById(key.account()).ifPresent(account -> audit.record(AuditEventType.PASSKEY_SIGN_IN_REFUSED,
                account.id(), account.email().value(), origin,
                Map.of("reason", "account cannot sign in now", "keyId", Long.toString(key.id()))));
        return new PasskeyOutcome.NotAccepted();
    }
}
