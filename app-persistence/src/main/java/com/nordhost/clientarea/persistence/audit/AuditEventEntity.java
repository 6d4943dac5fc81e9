package com.nordhost.clientarea.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code audit_event}, read-only here: rows are written with a native INSERT by
 * {@link JpaAuditLog} so that the identity column assigns the id on H2 2.x and PostgreSQL alike.
 */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "actor")
    private String actor;

    @Column(name = "source_ip")
    private String sourceIp;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "details", nullable = false)
    private String details;

    protected AuditEventEntity() {
        // for JPA
    }

    public long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getEventType() {
        return eventType;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getActor() {
        return actor;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getDetails() {
        return details;
    }
}
