package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserRepository;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Support forgets every remembered browser of a customer, with a reason (issue 22): each of them asks for the code
 * again at the next login. Audited with the agent and the reason; the customer is mailed (the agent is not named).
 */
public final class BrowsersForgottenBySupport {

    private final AccountRepository accounts;
    private final RememberedBrowserRepository browsers;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;

    public BrowsersForgottenBySupport(AccountRepository accounts, RememberedBrowserRepository browsers,
                                      AuditTrail audit, SecurityNotices notices, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.browsers = Objects.requireNonNull(browsers);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** What it did: how many browsers went, or why nothing changed. */
    public sealed interface Outcome {
        record Forgotten(int browsers) implements Outcome {
        }

        record NotAllowed() implements Outcome {
        }

        record ReasonRequired() implements Outcome {
        }
    }

    public Outcome forgetAll(AccountId agentId, AccountId customerId, String reason, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            Optional<Account> customer = accounts.findById(customerId).filter(a -> a.role() == Role.CUSTOMER);
            if (agent.isEmpty() || customer.isEmpty()) {
                return new Outcome.NotAllowed();
            }
            if (!StaffAction.reasonGiven(reason)) {
                return new Outcome.ReasonRequired();
            }
            int forgotten = browsers.deleteAll(customerId);
            audit.record(AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN, customerId, agent.get().email().value(),
                    origin, Map.of("reason", "forgotten by support", "agent", agent.get().email().value(),
                            "note", StaffAction.trimmed(reason), "forgotten", Integer.toString(forgotten)));
            notices.send(customer.get(), SecurityNotice.BROWSERS_FORGOTTEN_BY_SUPPORT, null, Map.of());
            return new Outcome.Forgotten(forgotten);
        });
    }
}
