package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import com.nordhost.clientarea.domain.login.DeviceTrust;
import com.nordhost.clientarea.domain.login.ProofCheck;
import com.nordhost.clientarea.domain.login.SecondFactorFailures;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome.PasskeyRefusal;
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
 * A passkey's answer as the whole login (decision 0045), customers only, run by {@code SecondFactorLogin} after its
 * checks for every kind (account active, second factor on, not locked, no wait). The key must be the account's, the
 * answer signed for the challenge the login page was given, its counter higher than the stored one; then the key
 * must be one that signs in alone and must have verified its user this time (possession plus PIN, fingerprint or face
 * is two factors). Refusals the key's signature proves (a copy, a key for after the password, no verification) count
 * like a wrong code; answers nothing proves are refused and audited without counting, so that someone who learnt a
 * credential id cannot lock its owner's second factor with forged answers.
 */
public final class PasskeyCheck implements ProofCheck {

    private final TwoFactorRepository twoFactor;
    private final SecurityKeyRepository keys;
    private final WebAuthnVerifier verifier;
    private final MessageSigner userHandles;
    private final DeviceTrust devices;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Clock clock;
    private final SecondFactorFailures failures;

    /**
     * @param userHandles the signer of the user handles {@link SecurityKeyRegistration} gave the keys
     * @param devices     tells a browser that signed in to the account before from a new one (the notice)
     */
    public PasskeyCheck(TwoFactorRepository twoFactor, SecurityKeyRepository keys, RelyingParty relyingParty,
                        MessageSigner userHandles, DeviceTrust devices, AuditTrail audit, SecurityNotices notices,
                        Clock clock, SecondFactorFailures failures) {
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.keys = Objects.requireNonNull(keys);
        // No relying party (the client area is on an IP address): no passkey is accepted.
        this.verifier = relyingParty == null ? null : new WebAuthnVerifier(relyingParty);
        this.userHandles = Objects.requireNonNull(userHandles);
        this.devices = Objects.requireNonNull(devices);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
        this.failures = Objects.requireNonNull(failures);
    }

    @Override
    public boolean accepts(SecondFactorProof proof) {
        return proof instanceof SecondFactorProof.PasskeyAssertion;
    }

    @Override
    public SecondFactorOutcome check(Account account, TwoFactorCredential credential, SecondFactorProof proof,
                                     RequestOrigin origin) {
        SecondFactorProof.PasskeyAssertion answer = (SecondFactorProof.PasskeyAssertion) proof;
        if (verifier == null || account.realm() != Realm.CUSTOMER) {
            return unproven(account, origin, "passkeys not offered to this account", null);
        }
        String json = answer.responseJson();
        Optional<AuthenticationData> data = json == null || json.length() > 64_000 || answer.challenge() == null
                ? Optional.empty() : verifier.parseAssertion(json);
        if (data.isEmpty() || data.get().getCollectedClientData() == null || data.get().getCredentialId() == null) {
            return unproven(account, origin, "malformed passkey answer", null);
        }
        Optional<SecurityKeyRepository.Stored> key = keys.findByCredentialId(
                WebAuthnVerifier.encode(data.get().getCredentialId())).filter(k -> k.account().equals(account.id()));
        if (key.isEmpty()) {
            return unproven(account, origin, "unknown key", null);
        }
        SecurityKeyRepository.Stored stored = key.get();
        byte[] userHandle = data.get().getUserHandle();
        // The handle the key was given at registration, under any key of the ring (it may have rotated since).
        if (userHandle != null && userHandle.length > 0
                && !userHandles.isGenuine("account " + account.id().value(), WebAuthnVerifier.encode(userHandle))) {
            return unproven(account, origin, "user handle of another account", stored);
        }
        WebAuthnVerifier.Check check = verifier.verifyAssertion(data.get(), WebAuthnVerifier.decode(answer.challenge()),
                stored.credentialData(), stored.signCount());
        long presented = data.get().getAuthenticatorData() == null ? 0 : data.get().getAuthenticatorData().getSignCount();
        if (check == WebAuthnVerifier.Check.COUNTER_NOT_INCREASED) {
            audit.record(AuditEventType.SECURITY_KEY_CLONE_SUSPECTED, account.id(), account.email().value(), origin,
                    Map.of("keyId", id(stored), "name", stored.name(), "storedCounter", Long.toString(stored.signCount()),
                            "presentedCounter", Long.toString(presented), "signIn", "passkey"));
            notices.send(account, SecurityNotice.PASSKEY_CLONE_SUSPECTED, origin, Map.of("keyName", stored.name()));
            return counted(account, origin, PasskeyRefusal.CLONED, "key counter did not increase", stored);
        }
        if (check != WebAuthnVerifier.Check.PASSED) {
            return unproven(account, origin, "passkey answer refused", stored);
        }
        // The signature checked: the flags below are the authenticator's own.
        if (stored.use() != KeyUse.SIGNS_IN_ALONE) {
            return counted(account, origin, PasskeyRefusal.AFTER_PASSWORD_ONLY, "key is for after the password",
                    stored);
        }
        if (!stored.use().signsInAloneWith(WebAuthnVerifier.userVerified(data.get()))) {
            return counted(account, origin, PasskeyRefusal.USER_NOT_VERIFIED, "user not verified", stored);
        }
        Instant now = clock.instant();
        if (!keys.recordUse(stored.id(), stored.signCount(), presented, now)) {
            // Another login with this key changed the counter in between: this one is not the first.
            return counted(account, origin, PasskeyRefusal.NOT_ACCEPTED, "key counter raced", stored);
        }
        twoFactor.resetFailures(account.id());
        boolean newBrowser = !devices.trusts(answer.deviceToken(), account.id());
        audit.record(AuditEventType.SIGNED_IN_WITH_PASSKEY, account.id(), account.email().value(), origin,
                Map.of("keyId", id(stored), "name", stored.name(), "newBrowser", Boolean.toString(newBrowser)));
        if (newBrowser) {
            notices.send(account, SecurityNotice.PASSKEY_SIGN_IN_NEW_BROWSER, origin, Map.of("keyName", stored.name()));
        }
        return new SecondFactorOutcome.Passed(account);
    }

    /** Refused and counted like a wrong code (the same waits, the same lock). */
    private SecondFactorOutcome counted(Account account, RequestOrigin origin, PasskeyRefusal why, String reason,
                                        SecurityKeyRepository.Stored key) {
        SecondFactorOutcome failed = failures.record(account, origin, AuditEventType.PASSKEY_SIGN_IN_REFUSED,
                Map.of("reason", reason, "keyId", id(key)));
        return failed instanceof SecondFactorOutcome.Locked ? failed : new SecondFactorOutcome.PasskeyRefused(why);
    }

    /** Refused and audited, not counted: nothing shows the answer came from the account's key. */
    private SecondFactorOutcome unproven(Account account, RequestOrigin origin, String reason,
                                         SecurityKeyRepository.Stored key) {
        audit.record(AuditEventType.PASSKEY_SIGN_IN_REFUSED, account.id(), account.email().value(), origin,
                key == null ? Map.of("reason", reason) : Map.of("reason", reason, "keyId", id(key)));
        return new SecondFactorOutcome.PasskeyRefused(PasskeyRefusal.NOT_ACCEPTED);
    }

    private static String id(SecurityKeyRepository.Stored key) {
        return Long.toString(key.id());
    }
}
