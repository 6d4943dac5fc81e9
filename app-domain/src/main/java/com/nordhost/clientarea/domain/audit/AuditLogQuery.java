package com.nordhost.clientarea.domain.audit;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The full audit log, for admins only: filtered by customer, agent, event type and time, newest first,
 * page by page, with the people it names. A customer address that belongs to nobody matches nothing (rather
 * than everything).
 */
public final class AuditLogQuery {

    public static final int MAX_PAGE = 500;

    private final AccountRepository accounts;
    private final AuditSearch search;
    private final Transactions transactions;

    public AuditLogQuery(AccountRepository accounts, AuditSearch search, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.search = Objects.requireNonNull(search);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /**
     * One page of events older than {@code before} (null: the newest).
     *
     * @throws SecurityException when the reader is not an active admin
     * @throws InvalidInputException when an address filter is not an address
     */
    public List<AuditEntry> page(AccountId reader, AuditCriteria criteria, AuditCursor before, int limit) {
        Objects.requireNonNull(criteria, "Criteria are required.");
        Optional<EmailAddress> customerEmail = address(criteria.customerEmail());
        Optional<EmailAddress> agentEmail = address(criteria.agentEmail());
        return transactions.inTransaction(() -> search(reader, customerEmail, agentEmail, criteria, before, limit));
    }

    /**
     * Like {@link #page}, each entry with the e-mail address and name of its subject and actor, read with one
     * query for the whole page rather than one per line.
     */
    public List<AuditLine> lines(AccountId reader, AuditCriteria criteria, AuditCursor before, int limit) {
        Objects.requireNonNull(criteria, "Criteria are required.");
        Optional<EmailAddress> customerEmail = address(criteria.customerEmail());
        Optional<EmailAddress> agentEmail = address(criteria.agentEmail());
        return transactions.inTransaction(() -> AuditPeople.lines(accounts,
                search(reader, customerEmail, agentEmail, criteria, before, limit)));
    }

    private List<AuditEntry> search(AccountId reader, Optional<EmailAddress> customerEmail,
                                    Optional<EmailAddress> agentEmail, AuditCriteria criteria, AuditCursor before,
                                    int limit) {
        requireAdmin(reader);
        AccountId subject = null;
        if (customerEmail.isPresent()) {
            Optional<Account> customer = accounts.findByEmail(Realm.CUSTOMER, customerEmail.get());
            if (customer.isEmpty()) {
                return List.of();
            }
            subject = customer.get().id();
        }
        AuditFilter filter = new AuditFilter(subject, agentEmail.map(EmailAddress::value).orElse(null),
                criteria.type(), criteria.from(), criteria.to());
        return search.search(filter, before, Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    private void requireAdmin(AccountId reader) {
        boolean admin = reader != null && accounts.findById(reader)
                .filter(Account::isActiveAdmin).isPresent();
        if (!admin) {
            throw new SecurityException("Only an active admin reads the full audit log.");
        }
    }

    private static Optional<EmailAddress> address(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(EmailAddress.of(raw));
    }
}
