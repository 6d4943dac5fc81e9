package com.nordhost.clientarea.persistence.audit;

import com.nordhost.clientarea.domain.audit.AuditRetention;
import com.nordhost.clientarea.persistence.mail.OutboundMailScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs {@link AuditRetention#sweep()} once a day on the container's managed scheduled executor, the first time an
 * hour after start. Each WAR and node runs one; the delete is idempotent. A failing run is logged once per failure
 * streak and the schedule goes on.
 */
@ApplicationScoped
public class AuditRetentionSweep {

    static final Duration INTERVAL = Duration.ofDays(1);
    static final Duration FIRST_RUN = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(AuditRetentionSweep.class.getName());

    @Inject
    AuditRetention retention;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    public synchronized void start() {
        if (task != null || retention.retention().isZero()) {
            return;
        }
        task = executor().scheduleWithFixedDelay(this::sweep, FIRST_RUN.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Audit trail: events older than " + retention.retention().toDays()
                + " days are deleted once a day.");
    }

    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void sweep() {
        try {
            int deleted = retention.sweep();
            if (deleted > 0) {
                LOG.info(() -> "Audit trail: " + deleted + " events past the retention deleted.");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Audit trail: the retention sweep failed; retrying tomorrow, logged again only"
                        + " after a good run.", e);
            }
        }
    }

    private static ManagedScheduledExecutorService executor() {
        try {
            return (ManagedScheduledExecutorService) new InitialContext().lookup(OutboundMailScheduler.EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed scheduled executor bound at " + OutboundMailScheduler.EXECUTOR,
                    e);
        }
    }
}
