package com.nordhost.clientarea.domain.profile;

import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.List;
import java.util.Objects;

/** Changing the password: the current one is required, the new one must meet the policy. */
public final class PasswordChange {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordConfirmation confirmation;
    private final SecurityNotices notices;
    private final RememberedBrowsers rememberedBrowsers;

    public PasswordChange(AccountRepository accounts, PasswordHasher hasher, PasswordPolicy policy, AuditTrail audit,
                          Transactions transactions, PasswordConfirmation confirmation, SecurityNotices notices,
                          RememberedBrowsers rememberedBrowsers) {
        this.notices = notices;
        this.rememberedBrowsers = Objects.requireNonNull(rememberedBrowsers);
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.confirmation = confirmation;
    }

    public PasswordChangeOutcome change(AccountId accountId, String currentPassword, String newPassword,
                                        RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, currentPassword,
                    AuditEventType.PASSWORD_CHANGE_FAILED, origin);
            if (confirmed instanceof PasswordConfirmation.TryLater later) {
                return new PasswordChangeOutcome.TryLater(later.until());
            }
            if (confirmed instanceof PasswordConfirmation.WrongPassword) {
                return new PasswordChangeOutcome.WrongCurrentPassword();
            }
            List<PasswordProblem> problems = policy.problemsWith(newPassword);
            if (!problems.isEmpty()) {
                return new PasswordChangeOutcome.Rejected(problems);
            }
            accounts.updatePasswordHash(accountId, hasher.hash(newPassword));
            // Every other session of the account ends at its next request; the caller keeps this one going.
            int epoch = accounts.advanceSessionEpoch(accountId);
            audit.record(AuditEventType.PASSWORD_CHANGED, accountId, account.email().value(), origin);
            // Whoever knew the old password may have ticked "don't ask for a code" somewhere.
            rememberedBrowsers.forgetAllAfter(accountId, account.email().value(), origin,
                    RememberedBrowsers.Reason.PASSWORD_CHANGED);
            notices.send(account, SecurityNotice.PASSWORD_CHANGED, origin);
            return new PasswordChangeOutcome.Changed(epoch);
        });
    }
}
