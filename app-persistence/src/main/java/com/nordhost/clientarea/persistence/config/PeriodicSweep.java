package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.persistence.mail.OutboundMailScheduler;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Work the server repeats on the container's managed scheduled executor (the recovery queue, audit retention,
 * expired rows): each WAR and node runs its own, so the work must be harmless twice. A failing run is logged once
 * per failure streak, as a warning, and the schedule goes on; what a good run did is logged when it did something.
 */
public final class PeriodicSweep {

    private final String name;
    private final Logger log;
    private final Duration firstRun;
    private final Duration interval;
    private final Supplier<Optional<String>> run;
    private ScheduledFuture<?> task;
    private volatile boolean failing;

    /** @param run one sweep; what it did, for the log, or empty when there was nothing to do */
    public PeriodicSweep(String name, Logger log, Duration firstRun, Duration interval,
                         Supplier<Optional<String>> run) {
        this.name = name;
        this.log = log;
        this.firstRun = firstRun;
        this.interval = interval;
        this.run = run;
    }

    public synchronized void start(Supplier<String> announcement) {
        if (task != null) {
            return;
        }
        task = executor().scheduleWithFixedDelay(this::runOnce, firstRun.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info(announcement);
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void runOnce() {
        try {
            run.get().ifPresent(done -> log.info(() -> name + ": " + done));
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.log(Level.WARNING, name + ": a sweep failed; retrying every " + every()
                        + ", logged again only after a good run.", e);
            } else {
                log.log(Level.FINE, name + ": sweep failed again", e);
            }
        }
    }

    private String every() {
        return interval.toHours() >= 24 ? interval.toDays() + " d" : interval.toMinutes() + " min";
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
