package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.twofactor.SecondFactorEnd;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A support agent removes a customer's second factor after losing both app and backup code. The help article's
 * rule: the request must come from the e-mail address registered on the account. {@link #check} tells the form
 * every problem of a request before the agent confirms; {@link #remove} applies the same rules again when it acts,
 * since the account may have changed in between.
 */
public final class SupportRemoval {

    private final AccountRepository accounts;
    private final SecondFactorEnd end;
    private final AuditTrail audit;
    private final Transactions transactions;

    public SupportRemoval(AccountRepository accounts, SecondFactorEnd end, AuditTrail audit,
                          Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.end = Objects.requireNonNull(end);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
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
            if (!registered(customer.get(), requestedFrom)) {
                audit.record(AuditEventType.SUPPORT_REMOVAL_REFUSED, customerId, actor, origin, details);
                return new SupportRemovalOutcome.AddressMismatch();
            }
            // Support's action: the notice names the ticket, never the agent or the agent's address. A recovery (lost
            // both) runs through here too, so a stolen phone's remembered browser goes with the factor.
            return end.end(customer.get(), SecondFactorEnd.Reason.REMOVED_BY_SUPPORT, actor, origin, details,
                            Map.of("ticket", ticket.value()))
                    .<SupportRemovalOutcome>map(ended -> new SupportRemovalOutcome.Removed())
                    .orElseGet(SupportRemovalOutcome.NotEnabled::new);
        });
    }

    /**
     * Every problem of the request as typed (empty: it may be confirmed). A well-formed address that is not the
     * registered one is audited as a refused removal, as {@link #remove} would, so the trail keeps the attempt
     * although nothing reaches {@code remove}.
     */
    public List<RemovalProblem> check(AccountId agentId, AccountId customerId, String ticket, String requestedFrom,
                                      String reason, RequestOrigin origin) {
        Set<RemovalProblem> problems = EnumSet.noneOf(RemovalProblem.class);
        Optional<TicketReference> ticketReference = ticket(ticket, problems);
        Optional<EmailAddress> from = address(requestedFrom, problems);
        if (reason == null || reason.isBlank()) {
            problems.add(RemovalProblem.REASON_MISSING);
        } else if (!StaffAction.reasonGiven(reason)) {
            problems.add(RemovalProblem.REASON_INVALID);
        }
        if (from.isPresent() && transactions.inTransaction(() -> refusedAddress(agentId, customerId,
                ticketReference, from.get(), reason, origin))) {
            problems.add(RemovalProblem.REQUESTER_NOT_REGISTERED);
        }
        return List.copyOf(problems);
    }

    private boolean refusedAddress(AccountId agentId, AccountId customerId, Optional<TicketReference> ticket,
                                   EmailAddress requestedFrom, String reason, RequestOrigin origin) {
        Optional<Account> customer = StaffAction.customer(accounts, customerId);
        if (customer.isEmpty() || registered(customer.get(), requestedFrom)) {
            return false;
        }
        Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
        agent.ifPresent(a -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("agent", a.email().value());
            ticket.ifPresent(t -> details.put("ticket", t.value()));
            if (StaffAction.reasonGiven(reason)) {
                details.put("reason", StaffAction.trimmed(reason));
            }
            details.put("requester", requestedFrom.value());
            audit.record(AuditEventType.SUPPORT_REMOVAL_REFUSED, customerId, a.email().value(), origin, details);
        });
        return true;
    }

    /** EmailAddress is normalized on creation, so equals compares trimmed, lower-case, NFC forms. */
    private static boolean registered(Account customer, EmailAddress requestedFrom) {
        return customer.email().equals(requestedFrom);
    }

    private static Optional<TicketReference> ticket(String raw, Set<RemovalProblem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(RemovalProblem.TICKET_MISSING);
            return Optional.empty();
        }
        try {
            return Optional.of(TicketReference.of(raw));
        } catch (InvalidInputException e) {
            problems.add(RemovalProblem.TICKET_INVALID);
            return Optional.empty();
        }
    }

    private static Optional<EmailAddress> address(String raw, Set<RemovalProblem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(RemovalProblem.REQUESTER_MISSING);
            return Optional.empty();
        }
        try {
            return Optional.of(EmailAddress.of(raw));
        } catch (InvalidInputException e) {
            problems.add(RemovalProblem.REQUESTER_INVALID);
            return Optional.empty();
        }
    }
}
