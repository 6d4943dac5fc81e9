package com.nordhost.clientarea.persistence.recovery;

import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
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
 * Runs {@link RecoveryRequestFlow#sweep()} every {@link #INTERVAL} on the container's managed scheduled executor
 * (as {@link OutboundMailScheduler} does for mail): unconfirmed recovery requests past their deadline expire, and
 * approved removals whose wait is over take effect even if the customer never logs in. The customer's next login
 * attempt does the same for their account at once, so this only bounds the delay. Each WAR and node runs one;
 * the conditional updates of the requests let only one of them act on a request. A failing run is logged once
 * per failure streak and the schedule goes on.
 */
@ApplicationScoped
public class RecoveryRequestSweep {

    static final Duration INTERVAL = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(RecoveryRequestSweep.class.getName());

    @Inject
    RecoveryRequestFlow flow;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    public synchronized void start() {
        if (task != null) {
            return;
        }
        long every = INTERVAL.toMillis();
        task = executor().scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Recovery requests: expired and due ones are settled every " + INTERVAL.toMinutes()
                + " min (removals wait " + flow.waitPeriod().toHours() + " h after approval).");
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
            int settled = flow.sweep();
            if (settled > 0) {
                LOG.info(() -> "Recovery requests: " + settled + " expired or completed.");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Recovery requests: a sweep failed; retrying every " + INTERVAL.toMinutes()
                        + " min, logged again only after a good run.", e);
            } else {
                LOG.log(Level.FINE, "Recovery requests: sweep failed again", e);
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
