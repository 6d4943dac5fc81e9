package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.webauthn4j.data.RegistrationData;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adding a security key or passkey under Security settings (decision 0024), in two steps around the browser's
 * {@code navigator.credentials.create}: {@link #start} issues a challenge (kept server-side as its hash, valid
 * {@link #CHALLENGE_LIFETIME}, for this account and this ceremony only); {@link #finish} takes the browser's answer
 * and the name, spends the challenge, verifies the answer and stores the key. Only for customers with two-factor
 * authentication on: a key is another second factor, not a way around the first one.
 */
public final class SecurityKeyRegistration {

    /** How long a started ceremony can be finished. */
    public static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(3);
    /** How long the browser waits for the customer to touch the key. */
    public static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(2);
    /** More keys than a customer plausibly owns is someone filling the table. */
    public static final int MAX_KEYS = 10;

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final SecurityKeyRepository keys;
    private final WebAuthnChallenges challenges;
    private final WebAuthnVerifier verifier;
    private final MessageSigner userHandles;
    private final PasswordConfirmation confirmation;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final String rpName;

    public SecurityKeyRegistration(AccountRepository accounts, TwoFactorRepository twoFactor,
                                   SecurityKeyRepository keys, WebAuthnChallenges challenges,
                                   RelyingParty relyingParty,
                                   String rpName, MessageSigner userHandles, PasswordConfirmation confirmation,
                                   AuditTrail audit,
                                   SecurityNotices notices, Transactions transactions, Clock clock,
                                   SecureRandom random) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.keys = Objects.requireNonNull(keys);
        this.challenges = Objects.requireNonNull(challenges);
        // No relying party (the client area is on an IP address): no key is offered or accepted.
        this.verifier = relyingParty == null ? null : new WebAuthnVerifier(relyingParty);
        this.rpName = Objects.requireNonNull(rpName);
        this.userHandles = Objects.requireNonNull(userHandles);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /**
     * The options for the browser, after the password (a taken session cannot add the intruder's key); not allowed when
     * the account may not add a key now (see {@link #mayAdd}), before the password is asked.
     */
    public AfterPassword<RegistrationOptions> start(AccountId accountId, String password, RequestOrigin origin) {
        return start(accountId, KeyUse.AFTER_PASSWORD, password, origin);
    }

    /**
     * As {@link #start(AccountId, String, RequestOrigin)}, for the use the customer chose (decision 0045): a passkey
     * asks the browser for a discoverable credential.
     */
    public AfterPassword<RegistrationOptions> start(AccountId accountId, KeyUse asked, String password,
                                                    RequestOrigin origin) {
        Objects.requireNonNull(asked, "The key's use is required.");
        return transactions.inTransaction(() -> {
            Optional<Account> account = allowed(accountId);
            if (account.isEmpty()) {
                return new AfterPassword.NotAllowed<>();
            }
            PasswordConfirmation.Result confirmed = confirmation.confirm(account.get(), password,
                    AuditEventType.SECURITY_KEY_ADD_REFUSED, origin);
            if (!(confirmed instanceof PasswordConfirmation.Confirmed)) {
                return AfterPassword.refused(confirmed);
            }
            String challenge = RandomTokens.generate(random);
            Instant now = clock.instant();
            challenges.issue(accountId, WebAuthnChallenges.Purpose.REGISTRATION, RandomTokens.sha256Hex(challenge),
                    now, now.plus(CHALLENGE_LIFETIME));
            Account a = account.get();
            return new AfterPassword.Granted<>(new RegistrationOptions(challenge, verifier.relyingParty().id(), rpName,
                    userHandles.sign("account " + a.id().value()), a.email().value(), a.fullName(),
                    keys.credentialIds(accountId), BROWSER_TIMEOUT, asked == KeyUse.SIGNS_IN_ALONE));
        });
    }

    /** Whether the account may add a key: an active customer with 2FA on and fewer than {@link #MAX_KEYS}. */
    public boolean mayAdd(AccountId accountId) {
        return transactions.inTransaction(() -> allowed(accountId).isPresent());
    }

    /**
     * Finishes the ceremony {@link #start} began, with the browser's answer ({@code PublicKeyCredential.toJSON()})
     * and the name the customer typed. The name is checked first (nothing is spent for a bad one).
     */
    public RegistrationOutcome finish(AccountId accountId, String name, String responseJson, RequestOrigin origin) {
        return finish(accountId, name, KeyUse.AFTER_PASSWORD, responseJson, origin);
    }

    /**
     * As {@link #finish(AccountId, String, String, RequestOrigin)}, for the use the customer chose: the key signs in
     * alone only when that was asked and the answer reported user verification ({@link KeyUse#granted}).
     */
    public RegistrationOutcome finish(AccountId accountId, String name, KeyUse asked, String responseJson,
                                      RequestOrigin origin) {
        Objects.requireNonNull(asked, "The key's use is required.");
        SecurityKeyName keyName;
        try {
            keyName = SecurityKeyName.of(name);
        } catch (InvalidInputException bad) {
            return new RegistrationOutcome.BadName(bad.messageKey());
        }
        return transactions.inTransaction(() -> {
            Optional<Account> account = allowed(accountId);
            if (account.isEmpty()) {
                return new RegistrationOutcome.NotAllowed();
            }
            String actor = account.get().email().value();
            Optional<RegistrationData> data = responseJson == null || responseJson.length() > 64_000
                    ? Optional.empty() : verifier.parseRegistration(responseJson);
            if (data.isEmpty() || data.get().getCollectedClientData() == null) {
                return refused(accountId, actor, origin, "malformed answer");
            }
            byte[] challenge = data.get().getCollectedClientData().getChallenge().getValue();
            if (!challenges.consume(accountId, WebAuthnChallenges.Purpose.REGISTRATION,
                    RandomTokens.sha256Hex(WebAuthnVerifier.encode(challenge)), clock.instant())) {
                return refused(accountId, actor, origin, "challenge unknown, used or expired");
            }
            if (!verifier.verifyRegistration(data.get(), challenge)) {
                return refused(accountId, actor, origin, "answer did not verify");
            }
            String credentialId = WebAuthnVerifier.encode(data.get().getAttestationObject().getAuthenticatorData()
                    .getAttestedCredentialData().getCredentialId());
            if (keys.findByCredentialId(credentialId).isPresent()) {
                audit.record(AuditEventType.SECURITY_KEY_ADD_REFUSED, accountId, actor, origin,
                        Map.of("reason", "already registered"));
                return new RegistrationOutcome.AlreadyRegistered();
            }
            long signCount = data.get().getAttestationObject().getAuthenticatorData().getSignCount();
            KeyUse use = KeyUse.granted(asked, WebAuthnVerifier.userVerified(data.get()));
            long id = keys.add(accountId, credentialId, verifier.credentialDataOf(data.get()), signCount,
                    keyName.value(), clock.instant(), use);
            audit.record(AuditEventType.SECURITY_KEY_ADDED, accountId, actor, origin,
                    Map.of("keyId", Long.toString(id), "name", keyName.value(), "use", use.name(),
                            "asked", asked.name()));
            notices.send(account.get(), SecurityNotice.SECURITY_KEY_ADDED, origin, Map.of("keyName", keyName.value()));
            return new RegistrationOutcome.Added(id, keyName.value(), use, asked);
        });
    }

    private RegistrationOutcome refused(AccountId accountId, String actor, RequestOrigin origin, String reason) {
        audit.record(AuditEventType.SECURITY_KEY_ADD_REFUSED, accountId, actor, origin, Map.of("reason", reason));
        return new RegistrationOutcome.Refused();
    }

    private Optional<Account> allowed(AccountId accountId) {
        Optional<Account> account = accounts.findById(accountId)
                .filter(a -> a.active() && a.realm() == Realm.CUSTOMER);
        boolean twoFactorOn = twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false);
        if (verifier == null || account.isEmpty() || !twoFactorOn
                || keys.credentialIds(accountId).size() >= MAX_KEYS) {
            return Optional.empty();
        }
        return account;
    }
}
