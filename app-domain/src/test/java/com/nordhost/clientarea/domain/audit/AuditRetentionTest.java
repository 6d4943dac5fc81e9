package com.nordhost.clientarea.domain.audit;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail is kept for its retention and no longer; zero keeps it for ever. */
class AuditRetentionTest {

    private final DomainFixture f = new DomainFixture();

    private void eventNow() {
        f.transactions.inTransaction(() -> {
            new AuditTrail(f.audit, f.clock).record(AuditEventType.LOGIN_SUCCEEDED, f.customer.id(),
                    f.customer.email().value(), ORIGIN, Map.of());
            return null;
        });
    }

    @Test
    void events_older_than_the_retention_go_and_younger_ones_stay() {
        AuditRetention retention = f.services.auditRetention();
        assertThat(retention.retention()).isEqualTo(Duration.ofDays(730));
        eventNow();
        int old = f.audit.all().size();
        f.clock.advance(Duration.ofDays(400));
        eventNow();
        f.clock.advance(Duration.ofDays(331));

        assertThat(retention.sweep()).isEqualTo(old);

        assertThat(f.audit.all()).singleElement().satisfies(e -> assertThat(e.type())
                .isEqualTo(AuditEventType.LOGIN_SUCCEEDED));
        assertThat(retention.sweep()).as("nothing more is old enough").isZero();
    }

    @Test
    void zero_keeps_the_trail_for_ever() {
        DomainServices forever = DomainServices.create(f.ports, f.clock, f.keyRing,
                f.settings.withAuditRetention(Duration.ZERO));
        eventNow();
        int before = f.audit.all().size();
        f.clock.advance(Duration.ofDays(36_500));

        assertThat(forever.auditRetention().sweep()).isZero();
        assertThat(f.audit.all()).hasSize(before);
    }
}
