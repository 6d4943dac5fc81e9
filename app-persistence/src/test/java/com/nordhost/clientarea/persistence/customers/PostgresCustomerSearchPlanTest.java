package com.nordhost.clientarea.persistence.customers;

import com.nordhost.clientarea.domain.customers.Cursor;
import com.nordhost.clientarea.domain.customers.CustomerQuery;
import com.nordhost.clientarea.domain.customers.CustomerSummary;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.domain.customers.CustomerSearch;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The customer search's query plans on PostgreSQL (when {@code CLIENTAREA_TEST_PG_URL} is set): with 20,000
 * customers seeded by {@code generate_series} and {@code ANALYZE}d, {@code EXPLAIN} of a selective prefix shows
 * the {@code text_pattern_ops} indexes of the PostgreSQL-only migration, and a deep keyset page of a broad prefix
 * reads the V2 index in order; no plan scans the account table.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCustomerSearchPlanTest {

    private static final int CUSTOMERS = 20_000;
    private static final int PAGE = 50;

    private TestDatabase db;
    private CustomerSearch search;

    @BeforeAll
    void seed() throws SQLException {
        db = TestDatabase.postgresFromEnvironment();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        search = db.services(clock).customerSearch();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            // Zero-padded numbers keep text order equal to number order.
            s.execute("INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                    + " password_hash, active, created_at, version)"
                    + " SELECT 'CUSTOMER', 'CUSTOMER', 'customer' || lpad(x::text, 7, '0') || '@example.com',"
                    + " 'customer' || lpad(x::text, 7, '0') || '@example.com',"
                    + " 'Customer ' || lpad(x::text, 7, '0'), 'customer ' || lpad(x::text, 7, '0'),"
                    + " 'not-a-password-hash', TRUE, CURRENT_TIMESTAMP, 0 FROM generate_series(1, " + CUSTOMERS
                    + ") AS x");
            s.execute("INSERT INTO customer_details (account_id, customer_number)"
                    + " SELECT id, 'C' || (100000 + id) FROM account WHERE role = 'CUSTOMER'");
            s.execute("INSERT INTO account_name_tail (account_id, word_no, tail) SELECT id, 0, name_normalized FROM account");
            s.execute("INSERT INTO account_name_tail (account_id, word_no, tail)"
                    + " SELECT id, 1, substring(name_normalized FROM 10) FROM account");
            s.execute("ANALYZE account_name_tail");
            s.execute("ANALYZE account");
            s.execute("ANALYZE customer_details");
        }
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void a_selective_prefix_uses_the_pattern_ops_indexes() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            assertUses(explain(c, CustomerQuery.Kind.EMAIL_PREFIX, "customer00123%", null, null),
                    "ix_account_email_prefix");
            assertUses(explain(c, CustomerQuery.Kind.NAME_PREFIX, "customer 00123%", null, null),
                    "ix_account_name_tail");
            assertUses(explain(c, CustomerQuery.Kind.NAME_PREFIX, "00123%", null, null),
                    "ix_account_name_tail");
            assertUses(explain(c, CustomerQuery.Kind.CUSTOMER_NUMBER, "C10012%", null, null),
                    "ix_customer_details_number_prefix");
        }
        assertThat(search.search(CustomerQuery.detect("customer 00123"), null, PAGE))
                .extracting(CustomerSummary::fullName).hasSize(PAGE).startsWith("Customer 0012300", "Customer 0012301").isSorted();
    }

    @Test
    void a_deep_keyset_page_of_a_broad_prefix_reads_an_index_not_the_table() throws SQLException {
        int deep = CUSTOMERS * 9 / 10;
        String deepName = String.format("customer %07d", deep);
        String deepEmail = String.format("customer%07d@example.com", deep);
        try (Connection c = db.dataSource().getConnection()) {
            // In index order from the cursor on: no sort of every later match before the LIMIT.
            assertThat(assertUses(explain(c, CustomerQuery.Kind.NAME_PREFIX, "customer%", deepName, (long) deep),
                    "ix_account_name_tail")).doesNotContain("Sort");
            assertThat(assertUses(explain(c, CustomerQuery.Kind.EMAIL_PREFIX, "customer%", deepEmail, (long) deep),
                    "ix_account_search_email")).doesNotContain("Sort");
            assertUses(explain(c, CustomerQuery.Kind.EMAIL_EXACT, deepEmail, null, null), "ix_account_search_email");
        }
        List<CustomerSummary> page = search.search(CustomerQuery.detect("customer"),
                new Cursor(deepName, deep), PAGE);
        assertThat(page).hasSize(PAGE);
        assertThat(page.get(0).fullName()).isEqualTo(String.format("Customer %07d", deep + 1));
    }

    private static String assertUses(String plan, String index) {
        System.out.printf("[pg plan] %s%n", plan.replace("\n", "\n          "));
        assertThat(plan).as(plan).doesNotContain("Seq Scan on account").doesNotContain("Seq Scan on customer_details")
                .doesNotContain("Seq Scan on account_name_tail");
        assertThat(plan).as(plan).containsPattern("Index (Only )?Scan( Backward)? using " + index
                + "|Bitmap Index Scan on " + index);
        return plan;
    }

    /** EXPLAIN of the directory's own SQL, with the parameters bound as the search binds them. */
    private static String explain(Connection c, CustomerQuery.Kind kind, String match, String afterKey, Long afterId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + JpaCustomerDirectory.sql(kind, afterKey != null))) {
            List<Object> parameters = JpaCustomerDirectory.parameters(kind, match,
                    afterKey == null ? null : new Cursor(afterKey, afterId == null ? 0 : afterId), PAGE);
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
                return plan.toString();
            }
        }
    }
}
