package com.nordhost.clientarea.domain.webauthn;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.SecondFactorFailures;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserTokens;
import com.nordhost.clientarea.domain.securitykey.RelyingParty;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRepository;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.webauthn4j.data.AuthenticationData;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The login's second step with a security key or passkey (decision 0024), in two steps around the browser's
 * {@code navigator.credentials.get}: {@link #start} issues a challenge for the account (kept server-side as its
 * hash, single use, short-lived), {@link #finish} checks the answer. Call both only after the right password, with
 * the account the password step named.
 *
 * <p>It shares the account's second-factor throttle with codes and backup codes (the row of
 * {@link TwoFactorRepository}, locked for the attempt): a refused answer counts as a wrong code, the waits and the
 * lock after 100 are the same, and a wait or a lock stops key logins too. A key whose signature counter did not go
 * up is treated as cloned: refused, counted, audited and the customer is told.
 */
public final class SecurityKeyLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final SecurityKeyRepository keys;
    private final WebAuthnChallenges challenges;
    private final WebAuthnVerifier verifier;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final RememberedBrowserTokens rememberedBrowsers;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final SecondFactorFailures failures;

    public SecurityKeyLogin(AccountRepository accounts, TwoFactorRepository twoFactor, SecurityKeyRepository keys,
                            WebAuthnChallenges challenges, RelyingParty relyingParty, AuditTrail audit,
                            SecurityNotices notices, RememberedBrowserTokens rememberedBrowsers,
                            Transactions transactions, Clock clock, SecureRandom random) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.keys = Objects.requireNonNull(keys);
        this.challenges = Objects.requireNonNull(challenges);
        // No relying party (the client area is on an IP address): no key is offered or accepted.
        this.verifier = relyingParty == null ? null : new WebAuthnVerifier(relyingParty);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.rememberedBrowsers = Objects.requireNonNull(rememberedBrowsers);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.failures = new SecondFactorFailures(twoFactor, audit, notices, clock);
    }

    /** Whether the login's second step offers a key to the account (one registered, keys possible here). */
    public boolean hasKey(AccountId accountId) {
        return verifier != null && transactions.inTransaction(() -> !keys.credentialIds(accountId).isEmpty());
    }

    /**
     * The options for the browser, with a fresh challenge; empty when the account has no key (or is no active
     * customer with 2FA on): the second step then asks for the code alone.
     */
    public Optional<AssertionOptions> start(AccountId accountId) {
        return transactions.inTransaction(() -> {
            boolean customer = accounts.findById(accountId)
                    .filter(a -> a.active() && a.realm() == Realm.CUSTOMER).isPresent();
            boolean twoFactorOn = twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false);
            List<String> ids = customer && twoFactorOn && verifier != null ? keys.credentialIds(accountId) : List.of();
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            String challenge = RandomTokens.generate(random);
            Instant now = clock.instant();
            challenges.issue(accountId, WebAuthnChallenges.Purpose.LOGIN, RandomTokens.sha256Hex(challenge), now,
                    now.plus(SecurityKeyRegistration.CHALLENGE_LIFETIME));
            return Optional.of(new AssertionOptions(challenge, verifier.relyingParty().id(), ids,
                    SecurityKeyRegistration.BROWSER_TIMEOUT));
        });
    }

    /**
     * Checks the browser's answer ({@code PublicKeyCredential.toJSON()}); {@code Passed} signs in. With
     * {@code rememberBrowser} a passed key remembers the browser as a passed code does (decision 0020).
     */
    public SecondFactorOutcome finish(AccountId accountId, String responseJson, RequestOrigin origin,
                                      boolean rememberBrowser) {
        return transactions.inTransaction(() -> {
            SecondFactorOutcome outcome = attempt(accountId, responseJson, origin);
            if (rememberBrowser && outcome instanceof SecondFactorOutcome.Passed passed) {
                return new SecondFactorOutcome.Passed(passed.account(),
                        rememberedBrowsers.remember(passed.account(), origin).orElse(null));
            }
            return outcome;
        });
    }

    private SecondFactorOutcome attempt(AccountId accountId, String responseJson, RequestOrigin origin) {
        Optional<Account> found = accounts.findById(accountId)
                .filter(a -> a.active() && a.realm() == Realm.CUSTOMER);
        // Row-locked, as a code attempt: concurrent attempts on any node are decided one after the other.
        Optional<TwoFactorCredential> credential = twoFactor.findForUpdate(accountId)
                .filter(TwoFactorCredential::isActive);
        if (found.isEmpty() || credential.isEmpty() || verifier == null) {
            return new SecondFactorOutcome.WrongCode();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (credential.get().locked()) {
            return new SecondFactorOutcome.Locked();
        }
        if (credential.get().nextAttemptAt() != null && now.isBefore(credential.get().nextAttemptAt())) {
            return new SecondFactorOutcome.TryLater(credential.get().nextAttemptAt());
        }
        Optional<AuthenticationData> data = responseJson == null || responseJson.length() > 64_000
                ? Optional.empty() : verifier.parseAssertion(responseJson);
        if (data.isEmpty() || data.get().getCollectedClientData() == null || data.get().getCredentialId() == null) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED, Map.of("reason", "malformed key answer"));
        }
        Optional<SecurityKeyRepository.Stored> key = keys.findByCredentialId(
                WebAuthnVerifier.encode(data.get().getCredentialId())).filter(k -> k.account().equals(accountId));
        if (key.isEmpty()) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED, Map.of("reason", "unknown key"));
        }
        byte[] challenge = data.get().getCollectedClientData().getChallenge().getValue();
        if (!challenges.consume(accountId, WebAuthnChallenges.Purpose.LOGIN,
                RandomTokens.sha256Hex(WebAuthnVerifier.encode(challenge)), now)) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED,
                    Map.of("reason", "key challenge unknown, used or expired", "keyId", id(key.get())));
        }
        SecurityKeyRepository.Stored stored = key.get();
        WebAuthnVerifier.Check check = verifier.verifyAssertion(data.get(), challenge, stored.credentialData(),
                stored.signCount());
        long presented = data.get().getAuthenticatorData() == null ? 0 : data.get().getAuthenticatorData().getSignCount();
        if (check == WebAuthnVerifier.Check.COUNTER_NOT_INCREASED) {
            audit.record(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED, accountId, account.email().value(), origin,
                    Map.of("keyId", id(stored), "name", stored.name(), "storedCounter", Long.toString(stored.signCount()),
                            "presentedCounter", Long.toString(presented)));
            notices.send(account, SecurityNotice.SECURITY_KEY_CLONE_SUSPECTED, origin, Map.of("keyName", stored.name()));
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED,
                    Map.of("reason", "key counter did not increase", "keyId", id(stored)));
        }
        if (check != WebAuthnVerifier.Check.PASSED) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED,
                    Map.of("reason", "key answer refused", "keyId", id(stored)));
        }
        if (!keys.recordUse(stored.id(), stored.signCount(), presented, now)) {
            // Another login with this key changed the counter in between: this one is not the first.
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED,
                    Map.of("reason", "key counter raced", "keyId", id(stored)));
        }
        twoFactor.resetFailures(accountId);
        audit.record(AuditEventType.SECURITY_KEY_USED, accountId, account.email().value(), origin,
                Map.of("keyId", id(stored), "name", stored.name()));
        return new SecondFactorOutcome.Passed(account);
    }

    /** Counted as a wrong code: the same throttle, the same lock. */
    private SecondFactorOutcome fail(Account account, RequestOrigin origin, AuditEventType type,
                                     Map<String, String> details) {
        return failures.record(account, origin, type, details);
    }

    private static String id(SecurityKeyRepository.Stored key) {
        return Long.toString(key.id());
    }
}
