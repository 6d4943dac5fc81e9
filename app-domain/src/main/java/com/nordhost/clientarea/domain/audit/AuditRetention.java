package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The audit trail is kept for a set time (two years by default, {@code clientarea.audit.retention.days}) and then
 * deleted: long enough to answer a customer's or an authority's question about an account, no longer than the
 * storage limitation of the GDPR allows for records that name people, their addresses and browsers. Zero keeps it
 * for ever. A sweep runs it once a day on every node; deleting is idempotent, so nodes do not need to agree.
 */
public final class AuditRetention {

    private final AuditLog log;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;

    public AuditRetention(AuditLog log, Transactions transactions, Clock clock, Duration retention) {
        this.log = Objects.requireNonNull(log);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.retention = Objects.requireNonNull(retention);
    }

    public Duration retention() {
        return retention;
    }

    /** Deletes the events older than the retention; how many went (none when kept for ever). */
    public int sweep() {
        if (retention.isZero()) {
            return 0;
        }
        return transactions.inTransaction(() -> log.deleteBefore(clock.instant().minus(retention)));
    }
}
