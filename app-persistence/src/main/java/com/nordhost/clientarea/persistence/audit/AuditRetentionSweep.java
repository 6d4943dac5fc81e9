package com.nordhost.clientarea.persistence.audit;

import com.nordhost.clientarea.domain.audit.AuditRetention;
import com.nordhost.clientarea.persistence.config.PeriodicSweep;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs {@link AuditRetention#sweep()} once a day ({@link PeriodicSweep}), the first time an hour after start; the
 * delete is idempotent, so every WAR and node may run it.
 */
@ApplicationScoped
public class AuditRetentionSweep {

    static final Duration INTERVAL = Duration.ofDays(1);
    static final Duration FIRST_RUN = Duration.ofHours(1);

    @Inject
    AuditRetention retention;

    private final PeriodicSweep schedule = new PeriodicSweep("Audit trail",
            Logger.getLogger(AuditRetentionSweep.class.getName()), FIRST_RUN, INTERVAL, this::sweep);

    public void start() {
        if (retention.retention().isZero()) {
            return;
        }
        schedule.start(() -> "Audit trail: events older than " + retention.retention().toDays()
                + " days are deleted once a day.");
    }

    @PreDestroy
    public void stop() {
        schedule.stop();
    }

    private Optional<String> sweep() {
        int deleted = retention.sweep();
        return deleted > 0 ? Optional.of(deleted + " events past the retention deleted.") : Optional.empty();
    }
}
