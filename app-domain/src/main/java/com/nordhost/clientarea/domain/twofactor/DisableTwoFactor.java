package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer turns two-factor authentication off, confirming with the password; not while it is required
 * ({@link RequiredTwoFactor}, decision 0046): then the password is not asked and the refusal is audited.
 */
public final class DisableTwoFactor {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordConfirmation confirmation;
    private final SecondFactorEnd end;
    private final Transactions transactions;
    private final RequiredTwoFactor required;
    private final AuditTrail audit;

    public DisableTwoFactor(AccountRepository accounts, TwoFactorRepository twoFactor,
                            PasswordConfirmation confirmation, SecondFactorEnd end, Transactions transactions,
                            RequiredTwoFactor required, AuditTrail audit) {
        this.required = Objects.requireNonNull(required);
        this.audit = Objects.requireNonNull(audit);
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.end = Objects.requireNonNull(end);
        this.transactions = Objects.requireNonNull(transactions);
    }

    public DisableOutcome disable(AccountId accountId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            if (!twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false)) {
                return new DisableOutcome.NotEnabled();
            }
            TwoFactorRequirement requirement = required.of(account);
            if (requirement.required()) {
                audit.record(AuditEventType.TWO_FACTOR_DISABLE_REFUSED, accountId, account.email().value(), origin,
                        Map.of("reason", "two-factor authentication required", "requiredBy",
                                requirement.source().name()));
                return new DisableOutcome.Required(requirement);
            }
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, password,
                    AuditEventType.TWO_FACTOR_DISABLE_REFUSED, origin);
            if (confirmed instanceof PasswordConfirmation.TryLater later) {
                return new DisableOutcome.TryLater(later.until());
            }
            if (confirmed instanceof PasswordConfirmation.WrongPassword) {
                return new DisableOutcome.WrongPassword();
            }
            // Every other session of the account ends at its next request; the caller keeps this one going.
            Optional<SecondFactorEnd.Ended> ended = end.end(account, SecondFactorEnd.Reason.TURNED_OFF_BY_CUSTOMER,
                    account.email().value(), origin, Map.of(), Map.of());
            return ended.<DisableOutcome>map(e -> new DisableOutcome.Disabled(e.sessionEpoch()))
                    .orElseGet(DisableOutcome.NotEnabled::new);
        });
    }
}
