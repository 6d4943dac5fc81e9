package com.nordhost.clientarea.domain.audit;


import java.time.Instant;

/** The audit view's filter as an agent types it: addresses as text (blank: any). */
public record AuditCriteria(String customerEmail, String agentEmail, AuditEventType type, Instant from, Instant to) {

    public static AuditCriteria none() {
        return new AuditCriteria(null, null, null, null, null);
    }
}
