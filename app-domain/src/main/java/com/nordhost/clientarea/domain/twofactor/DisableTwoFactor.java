package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The customer turns two-factor authentication off, confirming with the password. */
public final class DisableTwoFactor {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordConfirmation confirmation;
    private final SecondFactorEnd end;
    private final Transactions transactions;

    public DisableTwoFactor(AccountRepository accounts, TwoFactorRepository twoFactor,
                            PasswordConfirmation confirmation, SecondFactorEnd end, Transactions transactions) {
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
