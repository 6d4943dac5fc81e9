package com.nordhost.clientarea.domain.support;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.util.Map;
import java.util.Optional;

/** A support agent lifts the lock that 100 failed second-factor attempts set (the factor itself stays on). */
public final class SecondFactorUnlock {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final AuditTrail audit;
    private final Transactions transactions;

    public SecondFactorUnlock(AccountRepository accounts, TwoFactorRepository twoFactor, AuditTrail audit,
                              Transactions transactions) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.transactions = transactions;
    }

    public UnlockOutcome unlock(AccountId agentId, AccountId customerId, TicketReference ticket, String reason,
                                RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return new UnlockOutcome.NotAllowed();
            }
            if (!StaffAction.reasonGiven(reason)) {
                return new UnlockOutcome.ReasonRequired();
            }
            if (StaffAction.customer(accounts, customerId).isEmpty()) {
                return new UnlockOutcome.UnknownCustomer();
            }
            if (!twoFactor.unlock(customerId)) {
                return new UnlockOutcome.NotLocked();
            }
            audit.record(AuditEventType.SECOND_FACTOR_UNLOCKED, customerId, agent.get().email().value(), origin,
                    Map.of("agent", agent.get().email().value(), "ticket", ticket.value(),
                            "reason", StaffAction.trimmed(reason)));
            return new UnlockOutcome.Unlocked();
        });
    }
}
