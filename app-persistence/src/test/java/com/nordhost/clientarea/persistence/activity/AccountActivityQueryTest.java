package com.nordhost.clientarea.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.activity.ActivityItem;
import com.nordhost.clientarea.domain.activity.ActivityPage;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditFilter;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recent security activity over the real audit trail (H2 here; {@code PostgresAccountActivityQueryTest} on
 * PostgreSQL): one customer with {@value #MINE} events over 100 days (a third of them wrong passwords, pairs sharing
 * one instant so the id must break ties) among {@link #others()} events of other accounts. Walks every page through
 * the use case and checks it against SQL counts (window, order, nothing twice, every wrong password summed up),
 * checks with EXPLAIN that the page query reads the V19 index on (account_id, occurred_at, id) and prints the plan
 * and the times. {@code AccountActivityScaleTest} runs the same with a million rows in the table.
 */
class AccountActivityQueryTest extends DatabaseTest {

    static final int MINE = 10_000;
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    /** 100 days over the account's events, two per instant: the oldest tenth is past the 90-day window. */
    private static final long SPACING_SECONDS = Duration.ofDays(100).toSeconds() / (MINE / 2);
    /** The page query as JpaAuditSearch asks it of EclipseLink (account, window, keyset, order, limit). */
    static final String PAGE_SQL = "SELECT id, occurred_at, event_type, details FROM audit_event"
            + " WHERE account_id = ? AND occurred_at >= ? AND occurred_at <= ? AND (occurred_at < ? OR id < ?)"
            + " ORDER BY account_id, occurred_at DESC, id DESC LIMIT 200";

    protected AccountId anna;
    protected SecurityActivity activity;

    /** Rows of other accounts in the table. */
    protected int others() {
        return 20_000;
    }

    protected boolean postgres() {
        return false;
    }

    @BeforeAll
    void seed() throws SQLException {
        anna = db.createCustomer(uniqueEmail("activity"), "Anna Activity", "password-123").id();
        activity = db.services(new MutableClock(NOW)).securityActivity();
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // Event i of Anna's happens (i / 2) * spacing before now: two events share each instant.
            s.execute(insert("x % 3 = 0", Long.toString(anna.value()), "(x / 2) * " + SPACING_SECONDS, MINE));
            s.execute(insert("x % 5 = 0", "100000 + x % 50000", "x * " + Math.max(1, 8_640_000L / others()),
                    others()));
            s.execute(postgres() ? "ANALYZE audit_event" : "ANALYZE");
            c.commit();
        }
        System.out.printf("[activity] seeded %,d events of one account and %,d of others in %,d ms (%s)%n", MINE,
                others(), (System.nanoTime() - start) / 1_000_000, postgres() ? "PostgreSQL" : "H2");
    }

    /** {@code n} events; those where {@code wrongWhen} holds are wrong passwords, the rest alternate two types. */
    private String insert(String wrongWhen, String accountId, String secondsAgo, int n) {
        String series = postgres() ? "generate_series(1, " + n + ") AS g(x)" : "SYSTEM_RANGE(1, " + n + ")";
        String at = postgres() ? "TIMESTAMPTZ '2026-12-07 12:00:00+00' - (" + secondsAgo + ") * INTERVAL '1 second'"
                : "DATEADD(SECOND, -(" + secondsAgo + "), TIMESTAMP WITH TIME ZONE '2026-12-07 12:00:00+00')";
        String lineBreak = postgres() ? "E'\\n'" : "CHAR(10)";
        return "INSERT INTO audit_event (occurred_at, event_type, account_id, actor, source_ip, user_agent, details)"
                + " SELECT " + at + ","
                + " CASE WHEN " + wrongWhen + " THEN 'LOGIN_FAILED' WHEN x % 2 = 0 THEN 'SECOND_FACTOR_PASSED'"
                + " ELSE 'PASSWORD_CHANGED' END, " + accountId + ", 'activity@example.com',"
                + " '203.0.113.' || (x % 7), 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',"
                + " CASE WHEN " + wrongWhen + " THEN 'reason=wrong password' || " + lineBreak + " ELSE '' END"
                + " FROM " + series;
    }

    @Test
    void every_page_of_the_window_by_keyset_newest_first_nothing_twice_every_wrong_password_summed_up()
            throws SQLException {
        Instant windowStart = NOW.minus(SecurityActivity.WINDOW);
        long listed;
        long wrong;
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT SUM(CASE WHEN event_type = 'LOGIN_FAILED' THEN 1"
                     + " ELSE 0 END), SUM(CASE WHEN event_type = 'LOGIN_FAILED' THEN 0 ELSE 1 END) FROM audit_event"
                     + " WHERE account_id = ? AND occurred_at >= ?")) {
            ps.setLong(1, anna.value());
            ps.setObject(2, OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                wrong = rs.getLong(1);
                listed = rs.getLong(2);
            }
        }
        List<ActivityItem> seen = new ArrayList<>();
        int pages = 0;
        long start = System.nanoTime();
        AuditCursor before = null;
        do {
            ActivityPage page = activity.page(anna, before);
            seen.addAll(page.items());
            pages++;
            before = page.next().orElse(null);
        } while (before != null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[activity] walked %,d pages (%,d lines: %,d events, %,d wrong passwords summed up) of the"
                + " 90-day window in %,d ms%n", pages, seen.size(), listed, wrong, millis);

        List<ActivityItem.Event> events = seen.stream().filter(i -> i instanceof ActivityItem.Event)
                .map(i -> (ActivityItem.Event) i).toList();
        assertThat(events).hasSize((int) listed);
        assertThat(seen.stream().filter(i -> i instanceof ActivityItem.WrongPasswords)
                .mapToInt(i -> ((ActivityItem.WrongPasswords) i).count()).sum()).isEqualTo((int) wrong);
        assertThat(seen).extracting(ActivityItem::at).isSortedAccordingTo((a, b) -> b.compareTo(a))
                .allMatch(at -> !at.isBefore(windowStart));
        assertThat(events.get(0).browser()).isEqualTo("Firefox on Linux");
        assertThat(seen.stream().filter(i -> i instanceof ActivityItem.WrongPasswords)
                .mapToInt(i -> ((ActivityItem.WrongPasswords) i).addresses()).max().orElse(0)).isBetween(1, 7);
    }

    @Test
    void a_page_reads_the_account_index_and_is_fast() throws SQLException {
        Instant deep = NOW.minus(Duration.ofDays(60));
        try (Connection c = db.dataSource().getConnection()) {
            String plan = explain(c, "EXPLAIN " + PAGE_SQL, deep);
            String analyzed = explain(c, postgres() ? "EXPLAIN (ANALYZE, BUFFERS) " + PAGE_SQL
                    : "EXPLAIN ANALYZE " + PAGE_SQL, deep);
            System.out.printf("[activity] page query 60 days deep, plan:%n%s%n[activity] analyzed:%n%s%n", plan,
                    analyzed);
            assertThat(plan.toLowerCase()).contains("ix_audit_event_account_time_id").doesNotContain("tablescan")
                    .doesNotContain("seq scan");
            if (postgres()) {
                // Read backwards in index order: no sort of the account's rows before the LIMIT.
                assertThat(plan).doesNotContain("Sort");
            } else {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(analyzed);
                long maxScan = 0;
                while (m.find()) {
                    maxScan = Math.max(maxScan, Long.parseLong(m.group(1)));
                }
                System.out.printf("[activity] H2 rows read for a page: %,d (account: %,d, table: %,d)%n", maxScan,
                        MINE, MINE + others());
                // In index order, stopping at the LIMIT: no sort of the account's rows of the window.
                assertThat(plan).contains("index sorted");
                assertThat(maxScan).isLessThanOrEqualTo(201);
            }
        }
        // For scale: what one transaction costs here with a single primary-key read and nothing else.
        time("baseline: a transaction reading the account", () -> tx(() -> db.accounts().findById(anna)));
        AuditFilter window = new AuditFilter(anna, null, null, NOW.minus(SecurityActivity.WINDOW), null);
        time("one query of 32 rows through JPA (AuditSearch)", () -> tx(() -> db.ports().auditSearch()
                .search(window, null, 32)));
        time("first page", () -> activity.page(anna, null));
        ActivityPage first = activity.page(anna, null);
        AuditCursor deepCursor = new AuditCursor(deep, Long.MAX_VALUE);
        time("page 60 days deep", () -> activity.page(anna, deepCursor));
        time("wrong passwords since the last sign-in", () -> activity.wrongPasswordsSinceLastSignIn(anna));
        assertThat(first.items()).hasSize(SecurityActivity.PAGE_SIZE);
    }

    private String explain(Connection c, String sql, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, anna.value());
            ps.setObject(2, OffsetDateTime.ofInstant(NOW.minus(SecurityActivity.WINDOW), ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            ps.setObject(4, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            ps.setLong(5, Long.MAX_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append("  ").append(rs.getString(1)).append('\n');
                }
                return out.toString();
            }
        }
    }

    /** Eleven runs: the first (cold) and the median of the other ten (the build machine is shared and noisy). */
    private <T> void time(String label, Supplier<T> work) {
        double[] millis = new double[11];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("[activity] %s (%s, %,d rows in the table): median %.1f ms, fastest %.1f ms (first, cold:"
                + " %.1f ms)%n", label, postgres() ? "PostgreSQL" : "H2", MINE + others(), (warm[4] + warm[5]) / 2,
                warm[0], millis[0]);
    }
}
