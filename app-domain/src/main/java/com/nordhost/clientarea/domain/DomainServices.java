package com.nordhost.clientarea.domain;


import com.nordhost.clientarea.domain.account.AccountRegistration;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.backupcode.BackupCodeGenerator;
import com.nordhost.clientarea.domain.backupcode.BackupCodeHasher;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.crypto.SecretCipher;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.profile.CustomerDetailsChange;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.support.SecondFactorUnlock;
import com.nordhost.clientarea.domain.support.SupportRemoval;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Builds every use case from the ports, in one call, so CDI producers and tests assemble the domain the
 * same way: {@code DomainServices.create(accounts, twoFactor, auditLog, transactions, clock, keyRing, settings)}.
 */
public final class DomainServices {

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final PasswordHasher passwordHasher;
    private final PasswordPolicy passwordPolicy;
    private final AccountRegistration accountRegistration;
    private final PasswordLogin passwordLogin;
    private final SecondFactorLogin secondFactorLogin;
    private final Enrollment enrollment;
    private final DisableTwoFactor disableTwoFactor;
    private final BackupCodeRenewal backupCodeRenewal;
    private final PasswordChange passwordChange;
    private final SupportRemoval supportRemoval;
    private final SecondFactorUnlock secondFactorUnlock;
    private final TwoFactorOverview twoFactorOverview;
    private final CustomerDetailsChange customerDetailsChange;

    private DomainServices(AccountRepository accounts, TwoFactorRepository twoFactor, AuditLog auditLog,
                           Transactions transactions, Clock clock, KeyRing keyRing, DomainSettings settings,
                           Outbox outbox) {
        SecureRandom random = new SecureRandom();
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.passwordHasher = new PasswordHasher(settings.passwordHashing(), random);
        this.passwordPolicy = new PasswordPolicy();
        AuditTrail audit = new AuditTrail(auditLog, clock);
        SecretCipher cipher = new SecretCipher(keyRing, random);
        TotpVerifier verifier = new TotpVerifier(clock);
        BackupCodeGenerator backupCodes = new BackupCodeGenerator(random);
        BackupCodeHasher backupCodeHasher = new BackupCodeHasher(passwordHasher);
        this.accountRegistration = new AccountRegistration(accounts, passwordHasher, passwordPolicy, transactions,
                clock);
        PasswordFailures passwordFailures = new PasswordFailures(accounts, clock);
        this.passwordLogin = new PasswordLogin(accounts, twoFactor, passwordHasher, audit, transactions,
                passwordFailures);
        this.secondFactorLogin = new SecondFactorLogin(accounts, twoFactor, cipher, verifier, backupCodes,
                backupCodeHasher, audit, transactions, clock);
        this.enrollment = new Enrollment(accounts, twoFactor, cipher, verifier, backupCodes, backupCodeHasher, audit,
                transactions, clock, random, settings.totpIssuer(), settings.totp());
        this.disableTwoFactor = new DisableTwoFactor(accounts, twoFactor, passwordHasher, audit, transactions,
                passwordFailures);
        this.backupCodeRenewal = new BackupCodeRenewal(accounts, twoFactor, passwordHasher, backupCodes,
                backupCodeHasher, audit, transactions, passwordFailures);
        this.passwordChange = new PasswordChange(accounts, passwordHasher, passwordPolicy, audit, transactions,
                passwordFailures);
        this.supportRemoval = new SupportRemoval(accounts, twoFactor, audit, transactions);
        this.secondFactorUnlock = new SecondFactorUnlock(accounts, twoFactor, audit, transactions);
        this.twoFactorOverview = new TwoFactorOverview(twoFactor, transactions, clock);
        this.customerDetailsChange = new CustomerDetailsChange(accounts, passwordHasher, passwordFailures, auditLog,
                outbox, transactions, clock, settings.totpIssuer());
    }

    /**
     * Every use case; {@code outbox} queues the notifications some of them send (e.g. to the old address
     * after an e-mail change), in the same transaction as the change.
     */
    public static DomainServices create(AccountRepository accounts, TwoFactorRepository twoFactor, AuditLog auditLog,
                                        Transactions transactions, Clock clock, KeyRing keyRing,
                                        DomainSettings settings, Outbox outbox) {
        return new DomainServices(accounts, twoFactor, auditLog, transactions, clock, keyRing, settings, outbox);
    }

    /**
     * Without an outbox: a use case that must notify someone (an e-mail change) fails and rolls back instead
     * of silently sending nothing. Kept for callers written before the outbox; prefer the other factory.
     */
    @Deprecated
    public static DomainServices create(AccountRepository accounts, TwoFactorRepository twoFactor, AuditLog auditLog,
                                        Transactions transactions, Clock clock, KeyRing keyRing,
                                        DomainSettings settings) {
        return create(accounts, twoFactor, auditLog, transactions, clock, keyRing, settings, message -> {
            throw new IllegalStateException("No outbox configured: cannot send '" + message.subject() + "'.");
        });
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public PasswordHasher passwordHasher() {
        return passwordHasher;
    }

    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    public AccountRegistration accountRegistration() {
        return accountRegistration;
    }

    public PasswordLogin passwordLogin() {
        return passwordLogin;
    }

    public SecondFactorLogin secondFactorLogin() {
        return secondFactorLogin;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public DisableTwoFactor disableTwoFactor() {
        return disableTwoFactor;
    }

    public BackupCodeRenewal backupCodeRenewal() {
        return backupCodeRenewal;
    }

    public PasswordChange passwordChange() {
        return passwordChange;
    }

    public SupportRemoval supportRemoval() {
        return supportRemoval;
    }

    public SecondFactorUnlock secondFactorUnlock() {
        return secondFactorUnlock;
    }

    public TwoFactorOverview twoFactorOverview() {
        return twoFactorOverview;
    }

    public CustomerDetailsChange customerDetailsChange() {
        return customerDetailsChange;
    }
}
