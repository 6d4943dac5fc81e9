package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
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
 * Runs {@link OutboundMailDelivery} every {@link #INTERVAL} on the container's managed scheduled
 * executor, from the application's start ({@link com.nordhost.clientarea.persistence.config.ApplicationStartup})
 * to its end. Each WAR (and each node) runs its own; the claims in {@link MailOutbox} keep them from
 * sending a row twice.
 *
 * <p>The executor is looked up, not injected: Payara does not resolve {@code @Resource} fields of beans
 * in WEB-INF/lib jars. A sweep that fails on the database side is logged once per failure streak and
 * the schedule goes on (an exception escaping a periodic task would cancel it for good).
 */
@ApplicationScoped
public class OutboundMailScheduler {

    public static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(OutboundMailScheduler.class.getName());

    @Inject
    ContainerEntityManagers entityManagers;

    @Inject
    JtaTransactions transactions;

    @Inject
    MailSettings settings;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    /** Starts the periodic delivery unless mail is disabled or misconfigured; never fails the start. */
    public synchronized void start() {
        if (task != null) {
            return;
        }
        OutboundMailDelivery delivery;
        try {
            delivery = new OutboundMailDelivery(new MailOutbox(entityManagers), transactions, settings,
                    Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            LOG.severe("Outbound mail not started: " + e.getMessage() + " Notifications stay queued in outbound_mail.");
            return;
        }
        if (!settings.enabled()) {
            LOG.info("Outbound mail is disabled (" + MailSettings.ENABLED_KEY
                    + "=false): notifications stay queued in outbound_mail.");
            return;
        }
        long every = INTERVAL.toMillis();
        task = executor().scheduleWithFixedDelay(() -> sweep(delivery), every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Outbound mail: queued notifications go out through " + settings + " (checked every "
                + INTERVAL.toSeconds() + " s).");
    }

    /** Stops the schedule; a sweep under way finishes. */
    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void sweep(OutboundMailDelivery delivery) {
        try {
            delivery.deliverDue();
            delivery.forgetOldMail();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warning("Outbound mail: a delivery run failed (" + OutboundMailDelivery.describe(e)
                        + "); retrying every " + INTERVAL.toSeconds() + " s, logged again only after a good run.");
            } else {
                LOG.log(Level.FINE, "Outbound mail: delivery run failed again", e);
            }
        }
    }

    private static ManagedScheduledExecutorService executor() {
        try {
            return (ManagedScheduledExecutorService) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed scheduled executor bound at " + EXECUTOR, e);
        }
    }
}
