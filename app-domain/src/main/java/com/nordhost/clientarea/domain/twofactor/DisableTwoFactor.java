package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;

/** The customer turns two-factor authentication off, confirming with the password. */
public final class DisableTwoFactor {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Transactions transactions;

    public DisableTwoFactor(AccountRepository accounts, TwoFactorRepository twoFactor, PasswordHasher hasher,
                            AuditTrail audit, Transactions transactions) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
    }

    public DisableOutcome disable(AccountId accountId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            if (!twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false)) {
                return new DisableOutcome.NotEnabled();
            }
            if (password == null || !hasher.verify(password, account.passwordHash())) {
                audit.record(AuditEventType.TWO_FACTOR_DISABLE_REFUSED, accountId, account.email().value(), origin,
                        java.util.Map.of("reason", "wrong password"));
                return new DisableOutcome.WrongPassword();
            }
            if (!twoFactor.delete(accountId)) {
                return new DisableOutcome.NotEnabled();
            }
            audit.record(AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER, accountId, account.email().value(), origin);
            return new DisableOutcome.Disabled();
        });
    }
}
