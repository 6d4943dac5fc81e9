package com.nordhost.clientarea.domain.audit;


import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes audit events stamped with the clock and the request origin. Callers never pass secrets in details. */
public final class AuditTrail {

    public static final String ANONYMOUS = "anonymous";

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(AuditEventType type, AccountId subject, String actor, RequestOrigin origin,
                Map<String, String> details) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        log.record(new AuditEvent(clock.instant(), type, subject, actor == null ? ANONYMOUS : actor,
                from.sourceIp(), from.userAgent(), details));
    }

    /** The account's events, newest first (at most {@code limit}); joins the caller's transaction. */
    public List<AuditEvent> history(AccountId subject, int limit) {
        return log.findBySubject(subject, limit);
    }

    public void record(AuditEventType type, AccountId subject, String actor, RequestOrigin origin) {
        record(type, subject, actor, origin, Map.of());
    }
}
