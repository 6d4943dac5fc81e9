package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.twofactor.RequiredTwoFactor;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirements;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Support requires two-factor authentication for one customer, whatever the hosting company's setting, or lifts
 * that requirement (decision 0046): an active agent, a ticket and a reason; audited with both, in the same
 * transaction as the change and the notice to the customer (which names the ticket and the due date, never the
 * agent nor the agent's words). The grace period of the setting applies from the moment support requires it.
 */
public final class TwoFactorRequirementDesk {

    private final AccountRepository accounts;
    private final TwoFactorRequirements requirements;
    private final RequiredTwoFactor required;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final ZoneId timeZone;

    public TwoFactorRequirementDesk(AccountRepository accounts, TwoFactorRequirements requirements,
                                    RequiredTwoFactor required, AuditTrail audit, SecurityNotices notices,
                                    Transactions transactions, Clock clock, ZoneId timeZone) {
        this.accounts = Objects.requireNonNull(accounts);
        this.requirements = Objects.requireNonNull(requirements);
        this.required = Objects.requireNonNull(required);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.timeZone = Objects.requireNonNull(timeZone);
    }

    /** For the customer's page: who requires it and from when; empty for an agent who may not act or no customer. */
    public Optional<TwoFactorRequirement> requirementOf(AccountId agent, AccountId customer) {
        return transactions.inTransaction(() -> StaffAction.activeStaff(accounts, agent)
                .flatMap(a -> StaffAction.customer(accounts, customer)).map(required::of));
    }

    public RequirementOutcome require(AccountId agentId, AccountId customerId, TicketReference ticket, String reason,
                                      RequestOrigin origin) {
        return byStaff(agentId, customerId, reason, (agent, customer) -> {
            if (!requirements.requireBySupport(customerId, clock.instant(), ticket.value())) {
                return new RequirementOutcome.AlreadyRequired();
            }
            Instant dueAt = required.of(customer).dueAt();
            Map<String, String> details = details(agent, ticket, reason);
            details.put("dueAt", dueAt.toString());
            audit.record(AuditEventType.TWO_FACTOR_REQUIRED_BY_SUPPORT, customerId, agent.email().value(), origin,
                    details);
            notices.send(customer, SecurityNotice.TWO_FACTOR_REQUIRED_BY_SUPPORT, null,
                    Map.of("ticket", ticket.value(), "due", dueAt.atZone(timeZone).toLocalDate().toString()));
            return new RequirementOutcome.Required(dueAt);
        });
    }

    public RequirementOutcome lift(AccountId agentId, AccountId customerId, TicketReference ticket, String reason,
                                   RequestOrigin origin) {
        return byStaff(agentId, customerId, reason, (agent, customer) -> {
            if (!requirements.liftBySupport(customerId)) {
                return new RequirementOutcome.NotRequiredBySupport();
            }
            audit.record(AuditEventType.TWO_FACTOR_REQUIREMENT_LIFTED_BY_SUPPORT, customerId, agent.email().value(),
                    origin, details(agent, ticket, reason));
            notices.send(customer, SecurityNotice.TWO_FACTOR_REQUIREMENT_LIFTED, null,
                    Map.of("ticket", ticket.value()));
            return new RequirementOutcome.Lifted(required.of(customer).required());
        });
    }

    /** The change, in one transaction, once an active agent, a reason and the customer are there. */
    private RequirementOutcome byStaff(AccountId agentId, AccountId customerId, String reason,
                                      BiFunction<Account, Account, RequirementOutcome> change) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return new RequirementOutcome.NotAllowed();
            }
            if (!StaffAction.reasonGiven(reason)) {
                return new RequirementOutcome.ReasonRequired();
            }
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (customer.isEmpty()) {
                return new RequirementOutcome.UnknownCustomer();
            }
            return change.apply(agent.get(), customer.get());
        });
    }

    private static Map<String, String> details(Account agent, TicketReference ticket, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("agent", agent.email().value());
        details.put("ticket", ticket.value());
        details.put("reason", StaffAction.trimmed(reason));
        return details;
    }
}
