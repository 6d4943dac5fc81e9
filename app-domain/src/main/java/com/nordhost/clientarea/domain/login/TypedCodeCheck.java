package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.backupcode.BackupCodeGenerator;
import com.nordhost.clientarea.domain.backupcode.BackupCodeHasher;
import com.nordhost.clientarea.domain.crypto.SecretCipher;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.totp.OneTimeCodeInput;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApp;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepository;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A typed code: from any of the account's authenticator apps (each with its own replay guard), or the backup code. */
public final class TypedCodeCheck implements ProofCheck {

    private final TwoFactorRepository twoFactor;
    private final AuthenticatorAppRepository apps;
    private final SecretCipher cipher;
    private final TotpVerifier verifier;
    private final BackupCodeGenerator backupCodes;
    private final BackupCodeHasher backupCodeHasher;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Clock clock;
    private final SecondFactorFailures failures;

    public TypedCodeCheck(TwoFactorRepository twoFactor, AuthenticatorAppRepository apps, SecretCipher cipher,
                          TotpVerifier verifier, BackupCodeGenerator backupCodes, BackupCodeHasher backupCodeHasher,
                          AuditTrail audit, SecurityNotices notices, Clock clock, SecondFactorFailures failures) {
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.apps = Objects.requireNonNull(apps);
        this.cipher = Objects.requireNonNull(cipher);
        this.verifier = Objects.requireNonNull(verifier);
        this.backupCodes = Objects.requireNonNull(backupCodes);
        this.backupCodeHasher = Objects.requireNonNull(backupCodeHasher);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
        this.failures = Objects.requireNonNull(failures);
    }

    @Override
    public boolean accepts(SecondFactorProof proof) {
        return proof instanceof SecondFactorProof.TypedCode;
    }

    @Override
    public SecondFactorOutcome check(Account account, TwoFactorCredential credential, SecondFactorProof proof,
                                     RequestOrigin origin) {
        String input = ((SecondFactorProof.TypedCode) proof).typed();
        OneTimeCodeInput parsed = OneTimeCodeInput.parse(input, credential.parameters().digits());
        if (parsed instanceof OneTimeCodeInput.Valid code) {
            return checkCode(account, code.digits(), origin);
        }
        var backupCode = BackupCode.parse(input);
        if (backupCode.isPresent()) {
            return checkBackupCode(account, credential, backupCode.get(), origin);
        }
        SecondFactorOutcome failed = fail(account, origin, AuditEventType.SECOND_FACTOR_FAILED, "malformed");
        return failed instanceof SecondFactorOutcome.Locked ? failed
                : new SecondFactorOutcome.MalformedCode(((OneTimeCodeInput.Invalid) parsed).problem());
    }

    private SecondFactorOutcome checkCode(Account account, String digits, RequestOrigin origin) {
        boolean replayed = false;
        Optional<PhoneClockOffset> clockOffset = Optional.empty();
        for (AuthenticatorApp app : apps.list(account.id())) {
            TotpSecret secret = cipher.decrypt(account.id(), app.secret());
            OptionalLong step = verifier.matchingStep(secret, app.parameters(), digits);
            if (step.isEmpty()) {
                if (clockOffset.isEmpty()) {
                    clockOffset = verifier.clockOffset(secret, app.parameters(), digits);
                }
                continue;
            }
            // The database refuses a step at or before the app's last accepted one: a code works once, even on two
            // nodes.
            if (!apps.acceptStep(app.id(), step.getAsLong(), clock.instant())) {
                replayed = true;
                continue;
            }
            twoFactor.resetFailures(account.id());
            if (cipher.needsReencryption(app.secret())) {
                // Key rotation reaches each secret at its next use; the old key can go once none is left.
                apps.replaceSecret(app.id(), app.secret(), cipher.encrypt(account.id(), secret));
            }
            audit.record(AuditEventType.SECOND_FACTOR_PASSED, account.id(), account.email().value(), origin,
                    Map.of("app", Long.toString(app.id())));
            return new SecondFactorOutcome.Passed(account);
        }
        if (replayed) {
            return fail(account, origin, AuditEventType.SECOND_FACTOR_FAILED, "replay");
        }
        if (clockOffset.isPresent()) {
            // Refused and counted like any wrong code; the person only learns why, so they can fix the phone.
            SecondFactorOutcome failed = fail(account, origin, AuditEventType.SECOND_FACTOR_FAILED,
                    "phone clock off by " + clockOffset.get().steps() + " steps");
            return failed instanceof SecondFactorOutcome.WrongCode ? new SecondFactorOutcome.WrongCode(clockOffset)
                    : failed;
        }
        return fail(account, origin, AuditEventType.SECOND_FACTOR_FAILED, "wrong code");
    }

    private SecondFactorOutcome checkBackupCode(Account account, TwoFactorCredential credential, BackupCode code,
                                                RequestOrigin origin) {
        if (backupCodeHasher.matches(code, credential.backupCodeHash())) {
            BackupCode replacement = backupCodes.generate();
            // Conditional on the old hash: two logins with the same backup code let exactly one through.
            if (twoFactor.replaceBackupCodeHash(account.id(), credential.backupCodeHash(),
                    backupCodeHasher.hash(replacement))) {
                twoFactor.resetFailures(account.id());
                audit.record(AuditEventType.BACKUP_CODE_USED, account.id(), account.email().value(), origin,
                        Map.of("newBackupCode", "issued"));
                notices.send(account, SecurityNotice.BACKUP_CODE_USED, origin);
                return new SecondFactorOutcome.PassedWithBackupCode(account, replacement);
            }
        }
        return fail(account, origin, AuditEventType.BACKUP_CODE_FAILED, "wrong backup code");
    }

    private SecondFactorOutcome fail(Account account, RequestOrigin origin, AuditEventType type, String why) {
        return failures.record(account, origin, type, Map.of("reason", why));
    }
}
