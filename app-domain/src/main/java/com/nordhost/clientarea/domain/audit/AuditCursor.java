package com.nordhost.clientarea.domain.audit;

import java.time.Instant;
import java.util.Objects;

/** Keyset position in the audit log, newest first: the next page holds rows strictly older than (at, id). */
public record AuditCursor(Instant at, long id) {

    public AuditCursor {
        Objects.requireNonNull(at, "A time is required.");
    }
}
