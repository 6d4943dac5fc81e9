package com.nordhost.clientarea.persistence.recovery;

import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.persistence.config.PeriodicSweep;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs {@link RecoveryRequestFlow#sweep()} every {@link #INTERVAL} ({@link PeriodicSweep}): unconfirmed recovery
 * requests past their deadline expire, and approved removals whose wait is over take effect even if the customer
 * never logs in. The customer's next login attempt does the same for their account at once, so this only bounds
 * the delay; the conditional updates of the requests let only one WAR or node act on a request.
 */
@ApplicationScoped
public class RecoveryRequestSweep {

    static final Duration INTERVAL = Duration.ofMinutes(5);

    @Inject
    RecoveryRequestFlow flow;

    private final PeriodicSweep schedule = new PeriodicSweep("Recovery requests",
            Logger.getLogger(RecoveryRequestSweep.class.getName()), INTERVAL, INTERVAL, this::sweep);

    public void start() {
        schedule.start(() -> "Recovery requests: expired and due ones are settled every " + INTERVAL.toMinutes()
                + " min (removals wait " + flow.waitPeriod().toHours() + " h after approval).");
    }

    @PreDestroy
    public void stop() {
        schedule.stop();
    }

    private Optional<String> sweep() {
        int settled = flow.sweep();
        return settled > 0 ? Optional.of(settled + " expired or completed.") : Optional.empty();
    }
}
