package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.login.ProofCheck;
import com.nordhost.clientarea.domain.login.SecondFactorFailures;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorProof;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.webauthn4j.data.AuthenticationData;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A security key's or passkey's answer at the login's second step (decision 0024), customers only: the key must be
 * the account's, the challenge the one issued by {@link SecurityKeyLogin#options} and unused, the signature right
 * and the signature counter higher than the stored one. A key whose counter did not go up is treated as cloned:
 * refused, counted, audited and the customer is told.
 */
public final class SecurityKeyCheck implements ProofCheck {

    private final TwoFactorRepository twoFactor;
    private final SecurityKeyRepository keys;
    private final WebAuthnChallenges challenges;
    private final WebAuthnVerifier verifier;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Clock clock;
    private final SecondFactorFailures failures;

    public SecurityKeyCheck(TwoFactorRepository twoFactor, SecurityKeyRepository keys, WebAuthnChallenges challenges,
                            RelyingParty relyingParty, AuditTrail audit, SecurityNotices notices, Clock clock,
                            SecondFactorFailures failures) {
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.keys = Objects.requireNonNull(keys);
        this.challenges = Objects.requireNonNull(challenges);
        // No relying party (the client area is on an IP address): no key is accepted.
        this.verifier = relyingParty == null ? null : new WebAuthnVerifier(relyingParty);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
        this.failures = Objects.requireNonNull(failures);
    }

    @Override
    public boolean accepts(SecondFactorProof proof) {
        return proof instanceof SecondFactorProof.KeyAssertion;
    }

    @Override
    public SecondFactorOutcome check(Account account, TwoFactorCredential credential, SecondFactorProof proof,
                                     RequestOrigin origin) {
        if (verifier == null || account.realm() != Realm.CUSTOMER) {
            return new SecondFactorOutcome.WrongCode();
        }
        String responseJson = ((SecondFactorProof.KeyAssertion) proof).responseJson();
        Instant now = clock.instant();
        Optional<AuthenticationData> data = responseJson == null || responseJson.length() > 64_000
                ? Optional.empty() : verifier.parseAssertion(responseJson);
        if (data.isEmpty() || data.get().getCollectedClientData() == null || data.get().getCredentialId() == null) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED, Map.of("reason", "malformed key answer"));
        }
        Optional<SecurityKeyRepository.Stored> key = keys.findByCredentialId(
                WebAuthnVerifier.encode(data.get().getCredentialId())).filter(k -> k.account().equals(account.id()));
        if (key.isEmpty()) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED, Map.of("reason", "unknown key"));
        }
        byte[] challenge = data.get().getCollectedClientData().getChallenge().getValue();
        if (!challenges.consume(account.id(), WebAuthnChallenges.Purpose.LOGIN,
                RandomTokens.sha256Hex(WebAuthnVerifier.encode(challenge)), now)) {
            return fail(account, origin, AuditEventType.SECURITY_KEY_REFUSED,
                    Map.of("reason", "key challenge unknown, used or expired", "keyId", id(key.get())));
        }
        SecurityKeyRepository.Stored stored = key.get();
        WebAuthnVerifier.Check check = verifier.verifyAssertion(data.get(), challenge, stored.credentialData(),
                stored.signCount());
        long presented = data.get().getAuthenticatorData() == null ? 0 : data.get().getAuthenticatorData().getSignCount();
        if (check == WebAuthnVerifier.Check.COUNTER_NOT_INCREASED) {
            audit.record(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED, account.id(), account.email().value(), origin,
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
        twoFactor.resetFailures(account.id());
        audit.record(AuditEventType.SECURITY_KEY_USED, account.id(), account.email().value(), origin,
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
