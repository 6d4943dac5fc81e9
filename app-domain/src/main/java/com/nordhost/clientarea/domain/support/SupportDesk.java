package com.nordhost.clientarea.domain.support;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The support desk's side of the help article's last section. Removal runs {@link SupportRemoval} and, in
 * the same transaction, records the notification to the customer's registered address in the
 * {@link Outbox}: the message exists exactly when the removal committed. Acting twice (or after another
 * agent) gives {@code NotEnabled} / {@code NotLocked} from the domain's conditional updates: no double action.
 */
public final class SupportDesk {

    public static final int RECENT_EVENTS = 20;

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final SupportRemoval removal;
    private final SecondFactorUnlock unlock;
    private final TwoFactorOverview overview;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final String companyName;

    public SupportDesk(AccountRepository accounts, AuditLog auditLog, SupportRemoval removal, SecondFactorUnlock unlock,
                       TwoFactorOverview overview, Outbox outbox, Transactions transactions, Clock clock,
                       String companyName) {
        this.accounts = Objects.requireNonNull(accounts);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.removal = Objects.requireNonNull(removal);
        this.unlock = Objects.requireNonNull(unlock);
        this.overview = Objects.requireNonNull(overview);
        this.outbox = Objects.requireNonNull(outbox, "An outbox is required.");
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.companyName = companyName == null || companyName.isBlank() ? "Client area" : companyName;
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
        return transactions.inTransaction(() -> {
            SupportRemovalOutcome outcome = removal.remove(agent, customer, ticket, requestedFrom, reason, origin);
            if (outcome instanceof SupportRemovalOutcome.Removed) {
                Account account = accounts.findById(customer).orElseThrow();
                outbox.enqueue(removalNotice(account, ticket));
            }
            return outcome;
        });
    }

    public UnlockOutcome unlockSecondFactor(AccountId agent, AccountId customer, TicketReference ticket, String reason,
                                            RequestOrigin origin) {
        return unlock.unlock(agent, customer, ticket, reason, origin);
    }

    private OutboundMessage removalNotice(Account customer, TicketReference ticket) {
        String greeting = customer.fullName() == null || customer.fullName().isBlank() ? "Hello,"
                : "Hello " + customer.fullName() + ",";
        String body = greeting + "\n\n"
                + "At your request (ticket " + ticket.value() + "), our support has turned off two-factor"
                + " authentication for your " + companyName + " client area account.\n\n"
                + "Your account is now protected by your password only. We recommend turning two-factor"
                + " authentication on again under My Account > Security settings.\n\n"
                + "If you did not ask for this, contact us immediately by replying to this message.\n\n"
                + companyName + " support\n";
        return new OutboundMessage(customer.email(), "Two-factor authentication was turned off", body,
                clock.instant());
    }
}
