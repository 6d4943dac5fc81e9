package com.nordhost.clientarea.domain.twofactor;

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
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.totp.KeyUri;
import com.nordhost.clientarea.domain.totp.OneTimeCodeInput;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turning two-factor authentication on: start (a pending secret that does not affect login), then confirm
 * with a code from the app (turns it on and hands out the backup code, once).
 */
public final class Enrollment {

    /**
     * Long enough to install an app and scan at one's own pace (WCAG 2.2.1: nothing in the wizard ends in under 20
     * minutes; the open wizard keeps its page alive that long, decision 0047); short enough that an abandoned secret
     * soon stops mattering.
     */
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(30);

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
    private final SecureRandom random;
    private final String issuer;
    private final TotpParameters parameters;
    private final SecurityNotices notices;

    public Enrollment(AccountRepository accounts, TwoFactorRepository twoFactor, AuthenticatorAppRepository apps,
                      SecretCipher cipher,
                      TotpVerifier verifier, BackupCodeGenerator backupCodes, BackupCodeHasher backupCodeHasher,
                      AuditTrail audit, Transactions transactions, Clock clock, SecureRandom random, String issuer,
                      TotpParameters parameters, SecurityNotices notices) {
        this.notices = notices;
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
        this.random = random;
        this.issuer = issuer;
        this.parameters = parameters;
    }

    /**
     * Starts (or restarts, replacing an earlier pending secret) the enrollment.
     *
     * @throws IllegalStateException when two-factor authentication is already on (the UI offers no start then)
     */
    public PendingEnrollment start(AccountId accountId, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            if (twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false)) {
                throw new IllegalStateException("Two-factor authentication is already on for account " + accountId);
            }
            TotpSecret secret = TotpSecret.random(random);
            Instant expiresAt = clock.instant().plus(PENDING_LIFETIME);
            twoFactor.savePending(accountId, cipher.encrypt(accountId, secret), parameters, expiresAt);
            audit.record(AuditEventType.ENROLLMENT_STARTED, accountId, account.email().value(), origin);
            return new PendingEnrollment(secret, KeyUri.of(issuer, account.email().value(), secret, parameters),
                    expiresAt);
        });
    }

    public EnrollmentOutcome confirm(AccountId accountId, String code, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<TwoFactorCredential> found = twoFactor.find(accountId);
            if (found.isEmpty() || found.get().status() != TwoFactorStatus.PENDING) {
                return new EnrollmentOutcome.NotPending();
            }
            TwoFactorCredential pending = found.get();
            Instant now = clock.instant();
            if (!pending.isPendingAt(now)) {
                return new EnrollmentOutcome.Expired();
            }
            OneTimeCodeInput parsed = OneTimeCodeInput.parse(code, pending.parameters().digits());
            if (parsed instanceof OneTimeCodeInput.Invalid invalid) {
                return new EnrollmentOutcome.MalformedCode(invalid.problem());
            }
            TotpSecret secret = cipher.decrypt(accountId, pending.secret());
            String digits = ((OneTimeCodeInput.Valid) parsed).digits();
            OptionalLong step = verifier.matchingStep(secret, pending.parameters(), digits);
            if (step.isEmpty()) {
                return new EnrollmentOutcome.WrongCode(verifier.clockOffset(secret, pending.parameters(), digits));
            }
            BackupCode backupCode = backupCodes.generate();
            if (!twoFactor.activate(accountId, backupCodeHasher.hash(backupCode), now)) {
                return new EnrollmentOutcome.NotPending();
            }
            // The wizard's app is the account's first. The confirming code's step becomes its last accepted one, so
            // that code cannot also be used to log in.
            apps.add(accountId, null, pending.secret(), pending.parameters(), step.getAsLong(), now);
            Optional<Account> account = accounts.findById(accountId);
            String actor = account.map(a -> a.email().value()).orElse(null);
            audit.record(AuditEventType.ENROLLMENT_CONFIRMED, accountId, actor, origin,
                    Map.of("algorithm", pending.parameters().algorithm().name()));
            account.ifPresent(a -> notices.send(a, SecurityNotice.TWO_FACTOR_ENABLED, origin));
            return new EnrollmentOutcome.Activated(backupCode, accounts.advanceSessionEpoch(accountId));
        });
    }
}
