package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Request;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Status;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.support.TicketReference;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Comparator;

/**
 * The back-office's "Recovery requests" queue (decision 0018): confirmed requests, oldest first. An agent
 * approves one with a ticket reference (the requester is the address the confirmation link verified, never
 * typed), after which the removal waits {@link RecoveryRequestFlow#waitPeriod()} and the customer gets a cancel
 * link; or rejects it with a reason that is mailed to the customer. Two agents deciding at once: one wins, the
 * other gets {@link RecoveryDecision#NOT_PENDING}.
 */
public final class RecoveryRequestQueue {

    public static final int PAGE = 100;
    /** How much of the second agent's audit history is read to see whether they were made an agent since. */
    private static final int HISTORY = 500;

    private final AccountRepository accounts;
    private final RecoveryRequests requests;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final String customerUrl;
    private final Duration wait;
    private final RecoveryRequestFlow flow;

    public RecoveryRequestQueue(AccountRepository accounts, RecoveryRequests requests, AuditTrail audit,
                                SecurityNotices notices, Transactions transactions, Clock clock, SecureRandom random,
                                String customerUrl, Duration wait, RecoveryRequestFlow flow) {
        this.flow = Objects.requireNonNull(flow);
        this.accounts = Objects.requireNonNull(accounts);
        this.requests = Objects.requireNonNull(requests);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.customerUrl = Objects.requireNonNull(customerUrl);
        this.wait = Objects.requireNonNull(wait);
    }

    /** Confirmed requests waiting for a decision, oldest first; empty for anyone but an active agent. */
    public List<RecoveryQueueEntry> pending(AccountId agentId) {
        return transactions.inTransaction(() -> {
            if (StaffAction.activeStaff(accounts, agentId).isEmpty()) {
                return List.of();
            }
            return requests.findByStatus(Status.CONFIRMED, PAGE).stream()
                    .map(this::entry)
                    .flatMap(Optional::stream)
                    .toList();
        });
    }

    /**
     * The customer's open recovery request as support sees it on the customer's page (issue 22): asked, confirmed,
     * approved and waiting, or due; empty when there is none or the asker is no active agent.
     */
    public Optional<RecoveryQueueEntry> openFor(AccountId agentId, AccountId customerId) {
        return transactions.inTransaction(() -> StaffAction.activeStaff(accounts, agentId).isEmpty()
                ? Optional.<RecoveryQueueEntry>empty()
                : requests.findOpen(customerId).flatMap(this::entry));
    }

    /**
     * Approved requests whose removal is not done yet (ahead, or due and waiting for the sweep), soonest first;
     * empty for anyone but an active agent.
     */
    public List<RecoveryQueueEntry> waiting(AccountId agentId) {
        return transactions.inTransaction(() -> {
            if (StaffAction.activeStaff(accounts, agentId).isEmpty()) {
                return List.of();
            }
            return requests.findByStatus(Status.APPROVED, PAGE).stream()
                    .sorted(Comparator.comparing(Request::effectiveAt))
                    .map(this::entry)
                    .flatMap(Optional::stream)
                    .toList();
        });
    }

    /**
     * Support cuts the wait of an approved request short (the customer was verified some other way, e.g. by phone):
     * with a reason, by another agent than the one who approved it who was already an active agent at the approval
     * (four eyes, decision 0032), audited; the removal is done at
     * once through the same path as after the wait.
     */
    public RecoveryDecision shortenWait(AccountId agentId, long requestId, String reason, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return RecoveryDecision.NOT_ALLOWED;
            }
            if (!StaffAction.reasonGiven(reason)) {
                return RecoveryDecision.REASON_REQUIRED;
            }
            Optional<Request> request = requests.findById(requestId).filter(r -> r.status() == Status.APPROVED);
            if (request.isEmpty()) {
                return RecoveryDecision.NOT_PENDING;
            }
            if (isDue(request.get())) {
                // Nothing left to cut short: the removal is due and only waits for the sweep or the customer's
                // next login, so any agent may have it done now (as support's removal, audited and mailed as such).
                flow.completeDue(request.get().accountId());
                return RecoveryDecision.REMOVED_AS_DUE;
            }
            if (agentId.equals(request.get().decidedBy())) {
                return RecoveryDecision.APPROVER_CANNOT_SHORTEN;
            }
            if (!activeAgentAtApproval(agent.get(), request.get().decidedAt())) {
                Request r = request.get();
                audit.record(AuditEventType.RECOVERY_WAIT_SHORTEN_REFUSED, r.accountId(), agent.get().email().value(),
                        origin, Map.of("request", Long.toString(requestId), "agent", agent.get().email().value(),
                                "reason", "second-agent-not-independent"));
                return RecoveryDecision.SECOND_AGENT_NOT_INDEPENDENT;
            }
            if (!requests.shortenWait(requestId, clock.instant())) {
                return RecoveryDecision.NOT_PENDING;
            }
            Request r = request.get();
            audit.record(AuditEventType.RECOVERY_WAIT_SHORTENED, r.accountId(), agent.get().email().value(), origin,
                    Map.of("request", Long.toString(requestId), "agent", agent.get().email().value(),
                            "reason", StaffAction.trimmed(reason), "ticket", r.ticket()));
            flow.completeDue(r.accountId());
            return RecoveryDecision.WAIT_SHORTENED;
        });
    }

    public RecoveryDecision approve(AccountId agentId, long requestId, String ticket, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return RecoveryDecision.NOT_ALLOWED;
            }
            TicketReference reference;
            try {
                reference = TicketReference.of(ticket);
            } catch (InvalidInputException e) {
                return RecoveryDecision.TICKET_INVALID;
            }
            Optional<Request> request = pendingRequest(requestId);
            if (request.isEmpty()) {
                return RecoveryDecision.NOT_PENDING;
            }
            Instant now = clock.instant();
            Instant effective = now.plus(wait);
            String token = RandomTokens.generate(random);
            if (!requests.approve(requestId, agentId, now, reference.value(), RandomTokens.sha256Hex(token), effective)) {
                return RecoveryDecision.NOT_PENDING;
            }
            Request r = request.get();
            Account customer = accounts.findById(r.accountId()).orElseThrow();
            audit.record(AuditEventType.RECOVERY_REQUEST_APPROVED, r.accountId(), agent.get().email().value(), origin,
                    Map.of("request", Long.toString(requestId), "ticket", reference.value(),
                            "agent", agent.get().email().value(), "requester", r.verifiedEmail(),
                            "effectiveAt", effective.toString()));
            // Support's action: the mail names the ticket, never the agent.
            notices.send(customer, SecurityNotice.RECOVERY_APPROVED, null, Map.of(
                    "ticket", reference.value(),
                    "hours", Long.toString(wait.toHours()),
                    "link", customerUrl + RecoveryRequestFlow.CANCEL_ROUTE + "?token=" + token));
            return RecoveryDecision.APPROVED;
        });
    }

    public RecoveryDecision reject(AccountId agentId, long requestId, String reason, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return RecoveryDecision.NOT_ALLOWED;
            }
            if (!StaffAction.reasonGiven(reason)) {
                return RecoveryDecision.REASON_REQUIRED;
            }
            String text = StaffAction.trimmed(reason);
            Optional<Request> request = pendingRequest(requestId);
            if (request.isEmpty() || !requests.reject(requestId, agentId, clock.instant(), text)) {
                return RecoveryDecision.NOT_PENDING;
            }
            Request r = request.get();
            audit.record(AuditEventType.RECOVERY_REQUEST_REJECTED, r.accountId(), agent.get().email().value(), origin,
                    Map.of("request", Long.toString(requestId), "agent", agent.get().email().value(),
                            "reason", text));
            accounts.findById(r.accountId()).ifPresent(customer ->
                    notices.send(customer, SecurityNotice.RECOVERY_REJECTED, null, Map.of("reason", text)));
            return RecoveryDecision.REJECTED;
        });
    }

    /**
     * Four eyes (decision 0032): the second agent must have been an active agent when the request was approved:
     * created before the approval, and neither created nor reactivated (by the approver or anyone else) since. An
     * agent the approver made or brought back after approving is the approver's second pair of hands, not eyes.
     * When the agent's audit history since the approval does not fit one page, the answer is no.
     */
    private boolean activeAgentAtApproval(Account agent, Instant approvedAt) {
        if (approvedAt == null || agent.createdAt() == null || !agent.createdAt().isBefore(approvedAt)) {
            return false;
        }
        List<AuditEvent> history = audit.history(agent.id(), HISTORY);
        boolean madeAgentSince = history.stream()
                .filter(e -> !e.at().isBefore(approvedAt))
                .anyMatch(e -> e.type() == AuditEventType.AGENT_REACTIVATED
                        || e.type() == AuditEventType.AGENT_CREATED);
        boolean wholeHistorySinceSeen = history.size() < HISTORY
                || history.get(history.size() - 1).at().isBefore(approvedAt);
        return !madeAgentSince && wholeHistorySinceSeen;
    }

    private Optional<Request> pendingRequest(long requestId) {
        return requests.findById(requestId).filter(r -> r.status() == Status.CONFIRMED);
    }

    private boolean isDue(Request r) {
        return r.effectiveAt() != null && !r.effectiveAt().isAfter(clock.instant());
    }

    private Optional<RecoveryQueueEntry> entry(Request r) {
        return accounts.findById(r.accountId()).filter(a -> a.role() == Role.CUSTOMER).map(customer ->
                new RecoveryQueueEntry(r.id(), customer.id(), customer.fullName(), customer.email().value(),
                        accounts.findCustomerDetails(customer.id()).map(CustomerDetails::customerNumber).orElse(""),
                        accounts.findLanguage(customer.id()).orElse(Language.DEFAULT),
                        r.requestedAt(), r.confirmedAt(), r.requestIp(), r.confirmIp(), r.passwordGiven(),
                        r.confirmedAt() != null, r.ticket(), r.effectiveAt(), isDue(r)));
    }
}
