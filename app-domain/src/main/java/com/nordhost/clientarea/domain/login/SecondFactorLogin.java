package com.nordhost.clientarea.domain.login;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.backupcode.BackupCodeGenerator;
import com.nordhost.clientarea.domain.backupcode.BackupCodeHasher;
import com.nordhost.clientarea.domain.crypto.SecretCipher;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.totp.OneTimeCodeInput;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApp;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepository;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second step of a login: a code from any of the account's authenticator apps, or the backup code. Failures are
 * counted in the database (across sessions and nodes), with those of security keys, by {@link SecondFactorFailures}.
 */
public final class SecondFactorLogin {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final AuthenticatorAppRepository apps;
    private final SecretCipher cipher;
    private final TotpVerifier verifier;
    private final BackupCodeGenerator backupCodes;
    private final BackupCodeHasher backupCodeHasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecurityNotices notices;
    private final RememberedBrowserTokens rememberedBrowsers;
    private final SecondFactorFailures failures;

    public SecondFactorLogin(AccountRepository accounts, TwoFactorRepository twoFactor,
                             AuthenticatorAppRepository apps, SecretCipher cipher,
                             TotpVerifier verifier, BackupCodeGenerator backupCodes,
                             BackupCodeHasher backupCodeHasher, AuditTrail audit, Transactions transactions,
                             Clock clock, SecurityNotices notices, RememberedBrowserTokens rememberedBrowsers) {
        this.notices = notices;
        this.rememberedBrowsers = java.util.Objects.requireNonNull(rememberedBrowsers);
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.apps = apps;
        this.cipher = cipher;
        this.verifier = verifier;
        this.backupCodes = backupCodes;
        this.backupCodeHasher = backupCodeHasher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.failures = new SecondFactorFailures(twoFactor, audit, notices, clock);
    }

    public SecondFactorOutcome verify(AccountId accountId, String input, RequestOrigin origin) {
        return verify(accountId, input, origin, false);
    }

    /**
     * @param rememberBrowser the customer ticked "don't ask for a code on this browser": a passed code or backup code
     *                        then carries the browser's token, issued in the same transaction (none for agents or
     *                        while the setting is 0)
     */
    public SecondFactorOutcome verify(AccountId accountId, String input, RequestOrigin origin,
                                      boolean rememberBrowser) {
        return transactions.inTransaction(() -> {
            SecondFactorOutcome outcome = attempt(accountId, input, origin);
            if (!rememberBrowser) {
                return outcome;
            }
            if (outcome instanceof SecondFactorOutcome.Passed passed) {
                return new SecondFactorOutcome.Passed(passed.account(),
                        rememberedBrowsers.remember(passed.account(), origin).orElse(null));
            }
            if (outcome instanceof SecondFactorOutcome.PassedWithBackupCode withBackupCode) {
                return new SecondFactorOutcome.PassedWithBackupCode(withBackupCode.account(),
                        withBackupCode.newBackupCode(),
                        rememberedBrowsers.remember(withBackupCode.account(), origin).orElse(null));
            }
            return outcome;
        });
    }

    private SecondFactorOutcome attempt(AccountId accountId, String input, RequestOrigin origin) {
        Optional<Account> account = accounts.findById(accountId).filter(Account::active);
        // Row-locked: the throttle checks below read the state the previous attempt committed, not a stale copy.
        Optional<TwoFactorCredential> found = twoFactor.findForUpdate(accountId).filter(TwoFactorCredential::isActive);
        if (account.isEmpty() || found.isEmpty()) {
            return new SecondFactorOutcome.WrongCode();
        }
        TwoFactorCredential credential = found.get();
        Instant now = clock.instant();
        if (credential.locked()) {
            return new SecondFactorOutcome.Locked();
        }
        if (credential.nextAttemptAt() != null && now.isBefore(credential.nextAttemptAt())) {
            // Not checked and not counted: a guess made while waiting learns nothing.
            return new SecondFactorOutcome.TryLater(credential.nextAttemptAt());
        }
        OneTimeCodeInput parsed = OneTimeCodeInput.parse(input, credential.parameters().digits());
        if (parsed instanceof OneTimeCodeInput.Valid code) {
            return checkCode(account.get(), code.digits(), origin);
        }
        Optional<BackupCode> backupCode = BackupCode.parse(input);
        if (backupCode.isPresent()) {
            return checkBackupCode(account.get(), credential, backupCode.get(), origin);
        }
        SecondFactorOutcome failed = fail(account.get(), origin, AuditEventType.SECOND_FACTOR_FAILED, "malformed");
        return failed instanceof SecondFactorOutcome.Locked ? failed
                : new SecondFactorOutcome.MalformedCode(((OneTimeCodeInput.Invalid) parsed).problem());
    }

    /** A code from any of the account's apps; each app has its own replay guard. */
    private SecondFactorOutcome checkCode(Account account, String digits, RequestOrigin origin) {
        boolean replayed = false;
        for (AuthenticatorApp app : apps.list(account.id())) {
            TotpSecret secret = cipher.decrypt(account.id(), app.secret());
            OptionalLong step = verifier.verify(secret, app.parameters(), digits);
            if (step.isEmpty()) {
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
        return fail(account, origin, AuditEventType.SECOND_FACTOR_FAILED, replayed ? "replay" : "wrong code");
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
