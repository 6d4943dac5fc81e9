package com.nordhost.clientarea.domain.customers;

import com.nordhost.clientarea.domain.shared.Port;

import java.util.List;

/**
 * Port: customer search for the back-office. Implementations page by keyset on the column the query
 * searches ({@code ORDER BY key, id}, starting after {@code after}), never by OFFSET, and never count the
 * whole result.
 */
@Port
public interface CustomerDirectory {

    /** At most {@code limit} customers matching the query, in the query's order, after {@code after} (null: from the start). */
    List<CustomerSummary> search(CustomerQuery query, Cursor after, int limit);
}
