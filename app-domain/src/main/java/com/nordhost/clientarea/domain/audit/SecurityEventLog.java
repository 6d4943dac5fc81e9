package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Objects;

/**
 * Every audit event also goes to the server's log, one line each, for the tools that watch logs (a SIEM):
 * {@code security event=LOGIN_FAILED account=7 ip=203.0.113.7}, under the stable logger name {@value #LOGGER}.
 * Only the event's name, the account's id and the client's address: never its details, an actor's address or a
 * User-Agent, which may carry what people typed; the audit trail in the database keeps those. A line is written
 * when the event is, so an event whose transaction then rolls back still has its line.
 */
public final class SecurityEventLog implements AuditLog {

    public static final String LOGGER = "clientarea.security";

    private static final System.Logger LOG = System.getLogger(LOGGER);

    private final AuditLog trail;

    public SecurityEventLog(AuditLog trail) {
        this.trail = Objects.requireNonNull(trail);
    }

    @Override
    public void record(AuditEvent event) {
        trail.record(event);
        LOG.log(System.Logger.Level.INFO, () -> line(event));
    }

    static String line(AuditEvent event) {
        return "security event=" + event.type().name()
                + " account=" + (event.subject() == null ? "-" : Long.toString(event.subject().value()))
                + " ip=" + (event.sourceIp() == null ? "-" : addressOnly(event.sourceIp()));
    }

    /** The address as the audit keeps it, with anything that is no part of an address left out. */
    private static String addressOnly(String ip) {
        return ip.chars().filter(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')
                .limit(45).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    @Override
    public List<AuditEvent> findBySubject(AccountId subject, int limit) {
        return trail.findBySubject(subject, limit);
    }

    @Override
    public List<AuditEvent> findRecent(int limit) {
        return trail.findRecent(limit);
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return trail.deleteBefore(cutoff);
    }

    /** Rewriting changes no event's type: nothing to log. */
    @Override
    public int rewrite(AccountId subject, Collection<String> actors, UnaryOperator<AuditEvent> rewrite) {
        return trail.rewrite(subject, actors, rewrite);
    }
}
