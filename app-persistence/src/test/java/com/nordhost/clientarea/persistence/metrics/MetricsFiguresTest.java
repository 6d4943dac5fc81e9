package com.nordhost.clientarea.persistence.metrics;

import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.notification.OutboundMessage;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.mail.MailOutbox;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What /metrics reads: the security events the use cases log, and the outbox and recovery queue's figures. */
class MetricsFiguresTest extends DatabaseTest {

    @Test
    void every_failed_login_the_security_log_writes_is_counted_by_its_kind() {
        SecurityEventCounts counts = new SecurityEventCounts();
        counts.attach();
        try {
            long before = counts.count(AuditEventType.LOGIN_FAILED);
            var services = db.services(new MutableClock(Instant.now()));
            for (int i = 0; i < 3; i++) {
                services.passwordLogin().logIn(Realm.CUSTOMER, "nobody-" + i + "@example.org", "wrong password",
                        new RequestOrigin("198.51.100.9", "x"), BrowserTokens.NONE);
            }
            assertThat(counts.count(AuditEventType.LOGIN_FAILED) - before).isEqualTo(3);
            assertThat(counts.count(AuditEventType.LOGIN_SUCCEEDED)).isZero();
        } finally {
            counts.detach();
        }
    }

    @Test
    void the_outbox_figures_count_what_waits_and_how_long_the_oldest_has() {
        DatabaseFigures figures = new DatabaseFigures(db.dataSource());
        assertThat(figures.current().up()).isTrue();
        long queuedBefore = figures.current().queued();
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        db.transactions().run(() -> new MailOutbox(db.transactions()).enqueue(new OutboundMessage(
                EmailAddress.of("waiting@example.org"), null, "Subject", "Body", tenMinutesAgo)));

        DatabaseFigures fresh = new DatabaseFigures(db.dataSource());
        assertThat(fresh.current().queued()).isEqualTo(queuedBefore + 1);
        assertThat(fresh.current().oldestQueuedSeconds()).isBetween(590.0, 3600.0);
        assertThat(fresh.current().recoveryRequests()).doesNotContainKey("COMPLETED");
    }
}
