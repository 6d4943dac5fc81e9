package com.nordhost.clientarea.domain.audit;


/** An audit event with its row id, the tie-breaker of the keyset order (occurred_at desc, id desc). */
public record AuditEntry(long id, AuditEvent event) {

    public AuditCursor position() {
        return new AuditCursor(event.at(), id);
    }
}
