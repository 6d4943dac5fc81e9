package com.nordhost.clientarea.persistence.housekeeping;

import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.persistence.config.PeriodicSweep;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every {@link #INTERVAL} on the container's managed scheduled executor (as {@code RecoveryRequestSweep}): expired
 * sign-ins ({@link SignIns#purgeExpired()}, idle longer than the idle time or older than the absolute limit) and the
 * other expired rows ({@link ExpiredRows}) are deleted. An expired row already counts for nothing, so the sweep only
 * bounds the tables. Each WAR and node runs one ({@link PeriodicSweep}); a DELETE by date is harmless twice.
 */
@ApplicationScoped
public class ExpiredRowsSweep {

    static final Duration INTERVAL = Duration.ofMinutes(10);

    @Inject
    SignIns signIns;

    @Inject
    ContainerEntityManagers entityManagers;

    @Inject
    JtaTransactions transactions;

    private final PeriodicSweep schedule = new PeriodicSweep("Expired rows",
            Logger.getLogger(ExpiredRowsSweep.class.getName()), INTERVAL, INTERVAL, this::sweep);

    public void start() {
        schedule.start(() -> "Expired sign-ins (idle " + signIns.limits().idle().toMinutes() + " min, at most "
                + signIns.limits().absolute().toHours() + " h), remembered browsers, security-key challenges, reset"
                + " and recovery requests are deleted every " + INTERVAL.toMinutes() + " min.");
    }

    @PreDestroy
    public void stop() {
        schedule.stop();
    }

    private Optional<String> sweep() {
        int signedOut = signIns.purgeExpired();
        ExpiredRows.Purged purged = transactions.inTransaction(
                () -> new ExpiredRows(entityManagers).purge(Clock.systemUTC().instant()));
        return signedOut + purged.total() > 0
                ? Optional.of("deleted " + signedOut + " sign-ins, " + purged) : Optional.empty();
    }
}
