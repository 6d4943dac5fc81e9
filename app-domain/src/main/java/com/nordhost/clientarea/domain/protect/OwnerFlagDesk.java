package com.nordhost.clientarea.domain.protect;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Support's side of "This wasn't me" (decision 0042): whether a customer's account is flagged (the banner on the
 * customer's page), the flagged accounts (the search's filter), and closing a flag with a note, audited (actor: the
 * agent) and mailed to the customer (never naming the agent; the note stays in the audit trail, it is the agent's
 * words in the agent's language).
 */
public final class OwnerFlagDesk {

    /** At most this many open flags are listed; the filter says so when there are more. */
    public static final int MAX_LISTED = 500;

    private final AccountRepository accounts;
    private final OwnerFlags flags;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;

    public OwnerFlagDesk(AccountRepository accounts, OwnerFlags flags, AuditTrail audit, SecurityNotices notices,
                         Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.flags = Objects.requireNonNull(flags);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** The customer's open flag, for an active agent; empty when none (or not an agent). */
    public Optional<OwnerFlag> flagOf(AccountId agent, AccountId customer) {
        return transactions.inTransaction(() -> StaffAction.activeStaff(accounts, agent).isEmpty()
                ? Optional.<OwnerFlag>empty() : flags.find(customer));
    }

    /** The flagged customers the search text finds (blank: all), oldest flag first, at most {@link #MAX_LISTED}. */
    public List<FlaggedCustomer> flagged(AccountId agent, String text) {
        return transactions.inTransaction(() -> StaffAction.activeStaff(accounts, agent).isEmpty()
                ? List.<FlaggedCustomer>of()
                : flags.listOpen(MAX_LISTED).stream().filter(f -> f.matches(text)).toList());
    }

    public FlagClosingOutcome close(AccountId agent, AccountId customerId, String note, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> staff = StaffAction.activeStaff(accounts, agent);
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (staff.isEmpty() || customer.isEmpty()) {
                return new FlagClosingOutcome.NotAllowed();
            }
            if (!StaffAction.reasonGiven(note)) {
                return new FlagClosingOutcome.NoteRequired();
            }
            if (!flags.close(customerId)) {
                return new FlagClosingOutcome.NotFlagged();
            }
            audit.record(AuditEventType.OWNER_FLAG_CLOSED, customerId, staff.get().email().value(), origin,
                    Map.of("note", StaffAction.trimmed(note)));
            notices.send(customer.get(), SecurityNotice.OWNER_FLAG_CLOSED, null);
            return new FlagClosingOutcome.Closed();
        });
    }
}
