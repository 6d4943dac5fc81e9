package com.nordhost.clientarea.domain.support;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.util.Map;
import java.util.Optional;

/**
 * A support agent removes a customer's second factor after losing both app and backup code. The help article's
 * rule: the request must come from the e-mail address registered on the account.
 */
public final class SupportRemoval {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final AuditTrail audit;
    private final Transactions transactions;

    public SupportRemoval(AccountRepository accounts, TwoFactorRepository twoFactor, AuditTrail audit,
                          Transactions transactions) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.transactions = transactions;
    }

    public SupportRemovalOutcome remove(AccountId agentId, AccountId customerId, TicketReference ticket,
                                        EmailAddress requestedFrom, String reason, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return new SupportRemovalOutcome.NotAllowed();
            }
            if (!StaffAction.reasonGiven(reason)) {
                return new SupportRemovalOutcome.ReasonRequired();
            }
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (customer.isEmpty()) {
                return new SupportRemovalOutcome.UnknownCustomer();
            }
            Map<String, String> details = Map.of("agent", agent.get().email().value(), "ticket", ticket.value(),
                    "reason", StaffAction.trimmed(reason), "requester", requestedFrom.value());
            String actor = agent.get().email().value();
            // EmailAddress is normalized on creation, so equals compares trimmed, lower-case, NFC forms.
            if (!customer.get().email().equals(requestedFrom)) {
                audit.record(AuditEventType.SUPPORT_REMOVAL_REFUSED, customerId, actor, origin, details);
                return new SupportRemovalOutcome.AddressMismatch();
            }
            boolean active = twoFactor.find(customerId).map(TwoFactorCredential::isActive).orElse(false);
            if (!active || !twoFactor.delete(customerId)) {
                return new SupportRemovalOutcome.NotEnabled();
            }
            audit.record(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT, customerId, actor, origin, details);
            return new SupportRemovalOutcome.Removed();
        });
    }
}
