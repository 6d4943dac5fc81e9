package com.nordhost.clientarea.persistence.customers;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.customers.Cursor;
import com.nordhost.clientarea.domain.customers.CustomerDirectory;
import com.nordhost.clientarea.domain.customers.CustomerQuery;
import com.nordhost.clientarea.domain.customers.CustomerSummary;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link CustomerDirectory} with native SQL that keyset-pages on the searched column:
 * {@code WHERE key LIKE 'prefix%' AND key >= :lastKey AND (key > :lastKey OR id > :lastId) ORDER BY key, id LIMIT n}.
 * The redundant {@code key >= :lastKey} gives the optimizer a plain range on the index
 * ({@code (email_normalized, id)} of V2, {@code (tail, account_id)} of V18 for a name, or the unique customer
 * number), so neither
 * a deep page nor a broad prefix scans the table, and no query counts the result.
 * <p>
 * PostgreSQL note: {@code LIKE 'prefix%'} uses a B-tree index only under the "C" collation or with a
 * {@code text_pattern_ops} index; the PostgreSQL-only migration {@code db/vendor/postgresql/R__...} adds those,
 * so a selective prefix reads a narrow index range under any collation (checked by PostgresCustomerSearchPlanTest).
 */
public class JpaCustomerDirectory implements CustomerDirectory {

    private final EntityManagers entityManagers;

    public JpaCustomerDirectory(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    /** The SQL for a query kind, with or without a cursor; public for the query-plan tests. */
    public static String sql(CustomerQuery.Kind kind, boolean withCursor) {
        String key;
        String id;
        String from;
        String match;
        switch (kind) {
            case EMAIL_EXACT -> {
                key = "a.email_normalized";
                id = "a.id";
                from = "account a LEFT JOIN customer_details d ON d.account_id = a.id";
                match = key + " = ?";
            }
            case EMAIL_PREFIX -> {
                key = "a.email_normalized";
                id = "a.id";
                from = "account a LEFT JOIN customer_details d ON d.account_id = a.id";
                match = key + " LIKE ? ESCAPE '\\'";
            }
            case NAME_PREFIX -> {
                // The start of any word (V18): each account once, at the first of its words that matches.
                key = "t.tail";
                id = "t.account_id";
                from = "account_name_tail t JOIN account a ON a.id = t.account_id"
                        + " LEFT JOIN customer_details d ON d.account_id = a.id";
                match = key + " LIKE ? ESCAPE '\\' AND NOT EXISTS (SELECT 1 FROM account_name_tail e"
                        + " WHERE e.account_id = t.account_id AND e.word_no < t.word_no AND e.tail LIKE ? ESCAPE '\\')";
            }
            case CUSTOMER_NUMBER -> {
                key = "d.customer_number";
                id = "d.account_id";
                from = "customer_details d JOIN account a ON a.id = d.account_id";
                match = key + " LIKE ? ESCAPE '\\'";
            }
            default -> throw new IllegalArgumentException("Unknown kind " + kind);
        }
        return "SELECT a.id, d.customer_number, a.full_name, a.email_normalized, " + key + " AS sort_key"
                + " FROM " + from
                + " WHERE a.role = 'CUSTOMER' AND " + match
                + (withCursor ? cursorCondition(kind, key, id) : "")
                // Customer numbers are unique: the number alone orders them, matching its unique index.
                + (kind == CustomerQuery.Kind.CUSTOMER_NUMBER ? " ORDER BY " + key : " ORDER BY " + key + ", " + id)
                + " LIMIT ?";
    }

    private static String cursorCondition(CustomerQuery.Kind kind, String key, String id) {
        return kind == CustomerQuery.Kind.CUSTOMER_NUMBER
                ? " AND " + key + " > ?"
                : " AND " + key + " >= ? AND (" + key + " > ? OR " + id + " > ?)";
    }

    /** The parameters of {@link #sql}, in order: the value or LIKE pattern (twice for a name), cursor, limit. */
    public static List<Object> parameters(CustomerQuery.Kind kind, String match, Cursor after, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(match);
        if (kind == CustomerQuery.Kind.NAME_PREFIX) {
            parameters.add(match);
        }
        if (after != null) {
            parameters.add(after.key());
            if (kind != CustomerQuery.Kind.CUSTOMER_NUMBER) {
                parameters.add(after.key());
                parameters.add(after.id());
            }
        }
        parameters.add(limit);
        return parameters;
    }

    /** The value or LIKE pattern of a query. */
    public static String matchParameter(CustomerQuery query) {
        return query.kind() == CustomerQuery.Kind.EMAIL_EXACT ? query.text() : likePrefix(query.text());
    }

    @Override
    public List<CustomerSummary> search(CustomerQuery query, Cursor after, int limit) {
        Objects.requireNonNull(query, "A query is required.");
        Query q = entityManagers.current().createNativeQuery(sql(query.kind(), after != null));
        List<Object> parameters = parameters(query.kind(), matchParameter(query), after, limit);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        List<CustomerSummary> result = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            result.add(new CustomerSummary(new AccountId(id), r[1] == null ? "" : (String) r[1], (String) r[2],
                    EmailAddress.stored((String) r[3]), new Cursor(r[4] == null ? "" : (String) r[4], id)));
        }
        return result;
    }

    /** {@code abc} to {@code abc%}, with the LIKE wildcards in the text escaped. */
    static String likePrefix(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('%').toString();
    }
}
