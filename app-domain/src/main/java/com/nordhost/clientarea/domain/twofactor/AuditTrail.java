package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.shared.RequestOrigin;

import java.time.Clock;
import java.util.Map;

/** Writes audit events stamped with the clock and the request origin. Callers never pass secrets in details. */
public final class AuditTrail {

    static final String ANONYMOUS = "anonymous";

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(AuditEventType type, AccountId subject, String actor, RequestOrigin origin,
                Map<String, String> details) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        log.record(new AuditEvent(clock.instant(), type, subject, actor == null ? ANONYMOUS : actor,
                from.sourceIp(), from.userAgent(), details));
    }

    void record(AuditEventType type, AccountId subject, String actor, RequestOrigin origin) {
        record(type, subject, actor, origin, Map.of());
    }
}
