package com.nordhost.clientarea.persistence.audit;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JpaAuditLogTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    private AccountId newCustomer() {
        return db.createCustomer(uniqueEmail("audit"), "Audit Subject", "password-123").id();
    }

    private void record(AuditEvent event) {
        tx(() -> {
            db.auditLog().record(event);
            return null;
        });
    }

    @Test
    void an_event_reads_back_with_every_field() {
        AccountId subject = newCustomer();
        AuditEvent event = new AuditEvent(T0.plusNanos(123_456_000), AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT,
                subject, "agent@example.com", "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)",
                Map.of("ticket", "T-1234", "agent", "agent@example.com",
                        "reason", "Lost phone.\nCalled from the registered number; a=b \\ ok", "ort", "Göteborg"));
        record(event);

        assertThat(tx(() -> db.auditLog().findBySubject(subject, 10))).containsExactly(event);
    }

    @Test
    void events_about_an_account_come_newest_first_and_limited() {
        AccountId subject = newCustomer();
        AccountId other = newCustomer();
        record(new AuditEvent(T0, AuditEventType.ENROLLMENT_STARTED, subject, "a", null, null, Map.of()));
        record(new AuditEvent(T0.plusSeconds(60), AuditEventType.ENROLLMENT_CONFIRMED, subject, "a", null, null,
                Map.of()));
        record(new AuditEvent(T0.plusSeconds(30), AuditEventType.SECOND_FACTOR_FAILED, other, "b", null, null,
                Map.of()));
        record(new AuditEvent(T0.plusSeconds(120), AuditEventType.SECOND_FACTOR_PASSED, subject, "a", null, null,
                Map.of()));

        List<AuditEvent> events = tx(() -> db.auditLog().findBySubject(subject, 2));
        assertThat(events).extracting(AuditEvent::type)
                .containsExactly(AuditEventType.SECOND_FACTOR_PASSED, AuditEventType.ENROLLMENT_CONFIRMED);
        assertThat(tx(() -> db.auditLog().findBySubject(subject, 0))).isEmpty();
    }

    @Test
    void recent_events_span_all_accounts_and_include_those_without_a_subject() {
        Instant later = Instant.parse("2030-01-01T00:00:00Z");
        AccountId subject = newCustomer();
        record(new AuditEvent(later, AuditEventType.LOGIN_FAILED, null, "anonymous", "198.51.100.1", "curl/8",
                Map.of("reason", "BAD_CREDENTIALS")));
        record(new AuditEvent(later.plusSeconds(1), AuditEventType.PASSWORD_CHANGED, subject, "x", null, null,
                Map.of()));

        List<AuditEvent> recent = tx(() -> db.auditLog().findRecent(2));
        assertThat(recent).extracting(AuditEvent::type)
                .containsExactly(AuditEventType.PASSWORD_CHANGED, AuditEventType.LOGIN_FAILED);
        assertThat(recent.get(1).subject()).isNull();
        assertThat(recent.get(1).details()).containsEntry("reason", "BAD_CREDENTIALS");
    }

    @Test
    void an_event_rolls_back_with_its_transaction() {
        AccountId subject = newCustomer();
        try {
            tx(() -> {
                db.auditLog().record(new AuditEvent(T0, AuditEventType.BACKUP_CODE_REPLACED, subject, "a", null, null,
                        Map.of()));
                throw new IllegalStateException("the use case failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(tx(() -> db.auditLog().findBySubject(subject, 10))).isEmpty();
    }

    @Test
    void over_long_texts_are_cut_to_fit_instead_of_failing_the_use_case() {
        AccountId subject = newCustomer();
        String agent = "A".repeat(2000);
        record(new AuditEvent(T0, AuditEventType.LOGIN_FAILED, subject, "x", "1.2.3.4", agent,
                Map.of("reason", "r".repeat(5000))));

        AuditEvent stored = tx(() -> db.auditLog().findBySubject(subject, 1)).get(0);
        assertThat(stored.userAgent()).hasSize(512);
        assertThat(stored.details().get("reason")).startsWith("rrr").hasSizeLessThan(1100);
    }

    @Test
    void the_retention_deletes_only_events_before_its_cutoff() {
        AccountId subject = newCustomer();
        Instant cutoff = Instant.parse("2024-05-01T00:00:00Z");
        record(new AuditEvent(cutoff.minusSeconds(1), AuditEventType.LOGIN_SUCCEEDED, subject, "a", null, null,
                Map.of()));
        record(new AuditEvent(cutoff, AuditEventType.LOGIN_SUCCEEDED, subject, "a", null, null, Map.of()));
        record(new AuditEvent(cutoff.plusSeconds(1), AuditEventType.LOGIN_SUCCEEDED, subject, "a", null, null,
                Map.of()));

        assertThat(tx(() -> db.auditLog().deleteBefore(cutoff))).isEqualTo(1);

        assertThat(tx(() -> db.auditLog().findBySubject(subject, 10))).extracting(AuditEvent::at)
                .containsExactly(cutoff.plusSeconds(1), cutoff);
    }
}
