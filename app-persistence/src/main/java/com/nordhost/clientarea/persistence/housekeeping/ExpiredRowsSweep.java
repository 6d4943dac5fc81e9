package com.nordhost.clientarea.persistence.housekeeping;

import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import com.nordhost.clientarea.persistence.mail.OutboundMailScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Every {@link #INTERVAL} on the container's managed scheduled executor (as {@code RecoveryRequestSweep}): expired
 * sign-ins ({@link SignIns#purgeExpired()}, idle longer than the idle time or older than the absolute limit) and the
 * other expired rows ({@link ExpiredRows}) are deleted. An expired row already counts for nothing, so the sweep only
 * bounds the tables. Each WAR and node runs one; a DELETE by date is harmless twice. A failing run is logged once
 * per failure streak and the schedule goes on.
 */
@ApplicationScoped
public class ExpiredRowsSweep {

    static final Duration INTERVAL = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(ExpiredRowsSweep.class.getName());

    @Inject
    SignIns signIns;

    @Inject
    ContainerEntityManagers entityManagers;

    @Inject
    JtaTransactions transactions;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    public synchronized void start() {
        if (task != null) {
            return;
        }
        long every = INTERVAL.toMillis();
        task = executor().scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Expired sign-ins (idle " + signIns.limits().idle().toMinutes() + " min, at most "
                + signIns.limits().absolute().toHours() + " h), remembered browsers, security-key challenges, reset"
                + " and recovery requests are deleted every " + INTERVAL.toMinutes() + " min.");
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
            int signedOut = signIns.purgeExpired();
            ExpiredRows.Purged purged = transactions.inTransaction(
                    () -> new ExpiredRows(entityManagers).purge(Clock.systemUTC().instant()));
            if (signedOut + purged.total() > 0) {
                LOG.fine(() -> "Expired rows deleted: " + signedOut + " sign-ins, " + purged);
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Expired rows: a sweep failed; retrying every " + INTERVAL.toMinutes()
                        + " min, logged again only after a good run.", e);
            } else {
                LOG.log(Level.FINE, "Expired rows: sweep failed again", e);
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
