package com.nordhost.clientarea.domain.audit;

/** One line of the audit log as the back-office shows and exports it: the entry with its subject and actor. */
public record AuditLine(AuditEntry entry, AuditPerson subject, AuditPerson actor) {

    public AuditEvent event() {
        return entry.event();
    }

    public AuditCursor position() {
        return entry.position();
    }
}
