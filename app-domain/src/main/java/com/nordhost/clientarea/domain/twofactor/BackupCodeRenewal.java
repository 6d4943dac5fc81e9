package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.backupcode.BackupCodeGenerator;
import com.nordhost.clientarea.domain.backupcode.BackupCodeHasher;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.Map;
import java.util.Optional;

/** The customer replaces the backup code on demand (e.g. it was lost), confirming with the password. */
public final class BackupCodeRenewal {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final BackupCodeGenerator backupCodes;
    private final BackupCodeHasher backupCodeHasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordConfirmation confirmation;
    private final SecurityNotices notices;

    public BackupCodeRenewal(AccountRepository accounts, TwoFactorRepository twoFactor, PasswordConfirmation confirmation,
                             BackupCodeGenerator backupCodes, BackupCodeHasher backupCodeHasher, AuditTrail audit,
                             Transactions transactions, SecurityNotices notices) {
        this.notices = notices;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.confirmation = confirmation;
        this.backupCodes = backupCodes;
        this.backupCodeHasher = backupCodeHasher;
        this.audit = audit;
        this.transactions = transactions;
    }

    public BackupCodeRenewalOutcome renew(AccountId accountId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            Optional<TwoFactorCredential> credential = twoFactor.find(accountId).filter(TwoFactorCredential::isActive);
            if (credential.isEmpty()) {
                return new BackupCodeRenewalOutcome.NotEnabled();
            }
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, password,
                    AuditEventType.BACKUP_CODE_RENEWAL_REFUSED, origin);
            if (confirmed instanceof PasswordConfirmation.TryLater later) {
                return new BackupCodeRenewalOutcome.TryLater(later.until());
            }
            if (confirmed instanceof PasswordConfirmation.WrongPassword) {
                return new BackupCodeRenewalOutcome.WrongPassword();
            }
            BackupCode replacement = backupCodes.generate();
            if (!twoFactor.replaceBackupCodeHash(accountId, credential.get().backupCodeHash(),
                    backupCodeHasher.hash(replacement))) {
                return new BackupCodeRenewalOutcome.NotEnabled();
            }
            audit.record(AuditEventType.BACKUP_CODE_REPLACED, accountId, account.email().value(), origin,
                    Map.of("by", "customer"));
            notices.send(account, SecurityNotice.BACKUP_CODE_RENEWED, origin);
            return new BackupCodeRenewalOutcome.Renewed(replacement);
        });
    }
}
