package com.nordhost.clientarea.persistence.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The outbox and the recovery queue as counts, read at most every {@link #FRESH_FOR} whatever the number of
 * scrapes and meters (a scrape reads every gauge; one set of queries serves them all). Both tables are small and
 * indexed on what is counted.
 */
final class DatabaseFigures {

    static final List<String> RECOVERY_STATES = List.of("UNCONFIRMED", "CONFIRMED", "APPROVED");
    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    record Figures(boolean up, long queued, double oldestQueuedSeconds, long givenUp, long sent,
                   Map<String, Long> recoveryRequests, Instant readAt) {
    }

    private final DataSource dataSource;
    private volatile Figures figures;

    DatabaseFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Figures current() {
        Figures known = figures;
        if (known == null || known.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
            known = read();
            figures = known;
        }
        return known;
    }

    private Figures read() {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            long queued = 0;
            long givenUp = 0;
            long sent = 0;
            double oldest = 0;
            try (ResultSet rs = s.executeQuery("SELECT"
                    + " SUM(CASE WHEN sent_at IS NULL AND given_up_at IS NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN given_up_at IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END),"
                    + " MIN(CASE WHEN sent_at IS NULL AND given_up_at IS NULL THEN created_at END)"
                    + " FROM outbound_mail")) {
                if (rs.next()) {
                    queued = rs.getLong(1);
                    givenUp = rs.getLong(2);
                    sent = rs.getLong(3);
                    OffsetDateTime first = rs.getObject(4, OffsetDateTime.class);
                    oldest = first == null ? 0 : Math.max(0, Duration.between(first.toInstant(), now).toMillis() / 1000.0);
                }
            }
            Map<String, Long> recovery = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM recovery_request"
                    + " WHERE status IN ('UNCONFIRMED', 'CONFIRMED', 'APPROVED') GROUP BY status")) {
                while (rs.next()) {
                    recovery.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Figures(true, queued, oldest, givenUp, sent, Map.copyOf(recovery), now);
        } catch (SQLException | RuntimeException e) {
            Figures last = figures;
            return last == null ? new Figures(false, 0, 0, 0, 0, Map.of(), now)
                    : new Figures(false, last.queued(), last.oldestQueuedSeconds(), last.givenUp(), last.sent(),
                    last.recoveryRequests(), now);
        }
    }
}
