package com.nordhost.clientarea.persistence.signin;

import com.nordhost.clientarea.domain.signin.SignIns;
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
 * Runs {@link SignIns#purgeExpired()} every {@link #INTERVAL} on the container's managed scheduled executor (as
 * {@code RecoveryRequestSweep} does): sign-ins idle longer than the idle time or older than the absolute limit are
 * deleted. An expired row already restores nothing, so the sweep only bounds the table. Each WAR and node runs one;
 * a DELETE by date is harmless twice. A failing run is logged once per failure streak and the schedule goes on.
 */
@ApplicationScoped
public class SignInSweep {

    static final Duration INTERVAL = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(SignInSweep.class.getName());

    @Inject
    SignIns signIns;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    public synchronized void start() {
        if (task != null) {
            return;
        }
        long every = INTERVAL.toMillis();
        task = executor().scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Sign-ins: expired ones are deleted every " + INTERVAL.toMinutes() + " min (idle "
                + signIns.limits().idle().toMinutes() + " min, at most " + signIns.limits().absolute().toHours()
                + " h).");
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
            int purged = signIns.purgeExpired();
            if (purged > 0) {
                LOG.fine(() -> "Sign-ins: " + purged + " expired deleted.");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Sign-ins: a sweep failed; retrying every " + INTERVAL.toMinutes()
                        + " min, logged again only after a good run.", e);
            } else {
                LOG.log(Level.FINE, "Sign-ins: sweep failed again", e);
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
