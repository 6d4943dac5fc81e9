package com.nordhost.clientarea.domain.customers;


import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.List;
import java.util.Objects;

/** Finds customers page by page. An empty query finds nobody (the back-office never lists everyone). */
public final class CustomerSearch {

    public static final int MAX_PAGE = 200;

    private final CustomerDirectory directory;
    private final Transactions transactions;

    public CustomerSearch(CustomerDirectory directory, Transactions transactions) {
        this.directory = Objects.requireNonNull(directory, "A customer directory is required.");
        this.transactions = Objects.requireNonNull(transactions, "Transactions are required.");
    }

    public List<CustomerSummary> search(CustomerQuery query, Cursor after, int limit) {
        Objects.requireNonNull(query, "A query is required.");
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        int bounded = Math.min(limit, MAX_PAGE);
        return transactions.inTransaction(() -> directory.search(query, after, bounded));
    }
}
