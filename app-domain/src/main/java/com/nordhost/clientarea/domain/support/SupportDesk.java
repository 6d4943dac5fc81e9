package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The support desk's side of the help article's last section. Removal runs {@link SupportRemoval} and, in
 * the same transaction, records the notification to the customer's registered address through
 * {@link SecurityNotices}: the message exists exactly when the removal committed; unlocking likewise.
 * Acting twice (or after another agent) gives {@code NotEnabled} / {@code NotLocked} from the domain's
 * conditional updates: no double action.
 */
public final class SupportDesk {

    public static final int RECENT_EVENTS = 20;

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final SupportRemoval removal;
    private final SecondFactorUnlock unlock;
    private final TwoFactorOverview overview;
    private final SecurityNotices notices;
    private final Transactions transactions;

    public SupportDesk(AccountRepository accounts, AuditLog auditLog, SupportRemoval removal, SecondFactorUnlock unlock,
                       TwoFactorOverview overview, SecurityNotices notices, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.removal = Objects.requireNonNull(removal);
        this.unlock = Objects.requireNonNull(unlock);
        this.overview = Objects.requireNonNull(overview);
        this.notices = Objects.requireNonNull(notices, "The notices are required.");
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** The customer page: identity, second-factor state and the newest security events; empty for non-customers. */
    public Optional<CustomerProfile> profile(AccountId customerId) {
        Objects.requireNonNull(customerId, "A customer is required.");
        return transactions.inTransaction(() -> accounts.findById(customerId)
                .filter(a -> a.role() == Role.CUSTOMER)
                .map(customer -> new CustomerProfile(customer.id(),
                        accounts.findCustomerDetails(customerId).map(d -> d.customerNumber()).orElse(""),
                        customer.fullName(), customer.email(), customer.active(), overview.of(customerId),
                        auditLog.findBySubject(customerId, RECENT_EVENTS))));
    }

    /**
     * Every problem of a removal request as typed, before the agent is asked to confirm (empty: none). The rules
     * are {@link SupportRemoval}'s, which applies them again on removal.
     */
    public List<RemovalProblem> checkRemovalRequest(AccountId agent, AccountId customer, String ticket,
                                                    String requestedFrom, String reason, RequestOrigin origin) {
        return removal.check(agent, customer, ticket, requestedFrom, reason, origin);
    }

    public SupportRemovalOutcome removeSecondFactor(AccountId agent, AccountId customer, TicketReference ticket,
                                                    EmailAddress requestedFrom, String reason, RequestOrigin origin) {
        return removal.remove(agent, customer, ticket, requestedFrom, reason, origin);
    }

    public UnlockOutcome unlockSecondFactor(AccountId agent, AccountId customer, TicketReference ticket, String reason,
                                            RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            UnlockOutcome outcome = unlock.unlock(agent, customer, ticket, reason, origin);
            if (outcome instanceof UnlockOutcome.Unlocked) {
                Account account = accounts.findById(customer).orElseThrow();
                notices.send(account, SecurityNotice.SECOND_FACTOR_UNLOCKED, null, Map.of("ticket", ticket.value()));
            }
            return outcome;
        });
    }
}
