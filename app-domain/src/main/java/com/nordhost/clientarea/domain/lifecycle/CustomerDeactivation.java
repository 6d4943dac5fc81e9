package com.nordhost.clientarea.domain.lifecycle;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.recovery.MailedLinks;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.support.TicketReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Support and admins deactivate a customer account and reactivate it, against a ticket and with a reason
 * (decision 0030). A deactivated customer cannot sign in: {@code PasswordLogin} answers exactly as for a wrong
 * password, so the deactivation is not disclosed, and "Forgot your password?" mails nothing. Deactivating also
 * advances the session epoch (every session, and a half-finished login, ends at its next request), spends every
 * open password-reset and invitation link and voids an open recovery request. Reactivating only sets the account
 * active again: password and second factor are as they were. Each change is audited (actor: the agent) and mailed
 * to the customer, naming the ticket, never the agent. Of two agents doing the same at once, one changes the account
 * and the other gets {@code AlreadyInactive} / {@code AlreadyActive}, nothing audited or mailed twice.
 */
public final class CustomerDeactivation {

    /** The reason the audit trail gives for voiding an open recovery request. */
    public static final String VOIDED_REASON = "account deactivated";

    private final AccountRepository accounts;
    private final MailedLinks mailedLinks;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;

    public CustomerDeactivation(AccountRepository accounts, MailedLinks mailedLinks, AuditTrail audit,
                                SecurityNotices notices, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.mailedLinks = Objects.requireNonNull(mailedLinks);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
    }

    public DeactivationOutcome deactivate(AccountId agentId, AccountId customerId, TicketReference ticket,
                                          String reason, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<DeactivationOutcome> refused = refused(agentId, ticket, reason);
            if (refused.isPresent()) {
                return refused.get();
            }
            String actor = StaffAction.activeStaff(accounts, agentId).orElseThrow().email().value();
            return deactivateAs(actor, customerId, ticket.value(), details(ticket, reason), origin);
        });
    }

    /**
     * The provisioning API's {@code active=false} (decision 0034): the same deactivation, audited with the token's
     * name as actor; the customer's notice names the token in place of a ticket. Joins the caller's transaction.
     */
    public DeactivationOutcome deactivate(ApiCaller caller, AccountId customerId, RequestOrigin origin) {
        Objects.requireNonNull(caller, "The API caller is required.");
        return transactions.inTransaction(() -> deactivateAs(caller.actor(), customerId, caller.tokenName(),
                apiDetails(caller), origin));
    }

    /** The provisioning API's {@code active=true}: {@link #reactivate} audited with the token's name. */
    public DeactivationOutcome reactivate(ApiCaller caller, AccountId customerId, RequestOrigin origin) {
        Objects.requireNonNull(caller, "The API caller is required.");
        return transactions.inTransaction(() -> reactivateAs(caller.actor(), customerId, caller.tokenName(),
                apiDetails(caller), origin));
    }

    private DeactivationOutcome deactivateAs(String actor, AccountId customerId, String ticket,
                                             Map<String, String> details, RequestOrigin origin) {
        Optional<Account> customer = StaffAction.customer(accounts, customerId);
        if (customer.isEmpty()) {
            return new DeactivationOutcome.UnknownCustomer();
        }
        if (!accounts.setCustomerActive(customerId, false)) {
            return new DeactivationOutcome.AlreadyInactive();
        }
        accounts.advanceSessionEpoch(customerId);
        mailedLinks.spendAll(customerId, actor, origin, VOIDED_REASON);
        audit.record(AuditEventType.CUSTOMER_DEACTIVATED, customerId, actor, origin, details);
        // Support's action: the notice names the ticket, never the agent, nor the agent's address.
        notices.send(customer.get(), SecurityNotice.CUSTOMER_DEACTIVATED, null, Map.of("ticket", ticket));
        return new DeactivationOutcome.Deactivated();
    }

    private DeactivationOutcome reactivateAs(String actor, AccountId customerId, String ticket,
                                             Map<String, String> details, RequestOrigin origin) {
        Optional<Account> customer = StaffAction.customer(accounts, customerId);
        if (customer.isEmpty()) {
            return new DeactivationOutcome.UnknownCustomer();
        }
        if (!accounts.setCustomerActive(customerId, true)) {
            return new DeactivationOutcome.AlreadyActive();
        }
        audit.record(AuditEventType.CUSTOMER_REACTIVATED, customerId, actor, origin, details);
        notices.send(customer.get(), SecurityNotice.CUSTOMER_REACTIVATED, null, Map.of("ticket", ticket));
        return new DeactivationOutcome.Reactivated();
    }

    private static Map<String, String> apiDetails(ApiCaller caller) {
        return Map.of("by", "api", "token", caller.tokenName());
    }

    public DeactivationOutcome reactivate(AccountId agentId, AccountId customerId, TicketReference ticket,
                                          String reason, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<DeactivationOutcome> refused = refused(agentId, ticket, reason);
            if (refused.isPresent()) {
                return refused.get();
            }
            String actor = StaffAction.activeStaff(accounts, agentId).orElseThrow().email().value();
            return reactivateAs(actor, customerId, ticket.value(), details(ticket, reason), origin);
        });
    }

    private Optional<DeactivationOutcome> refused(AccountId agentId, TicketReference ticket, String reason) {
        if (StaffAction.activeStaff(accounts, agentId).isEmpty()) {
            return Optional.of(new DeactivationOutcome.NotAllowed());
        }
        if (ticket == null) {
            return Optional.of(new DeactivationOutcome.TicketRequired());
        }
        if (!StaffAction.reasonGiven(reason)) {
            return Optional.of(new DeactivationOutcome.ReasonRequired());
        }
        return Optional.empty();
    }

    private static Map<String, String> details(TicketReference ticket, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("ticket", ticket.value());
        details.put("reason", StaffAction.trimmed(reason));
        return details;
    }
}
