package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Objects;

public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final DirectTransactions transactions;

    /** Refuses events written outside a transaction: each must commit together with the change it reports. */
    public InMemoryAuditLog(DirectTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        if (!transactions.isInside()) {
            throw new IllegalStateException("Audit event outside a transaction: " + event.type());
        }
        events.add(event);
    }

    @Override
    public List<AuditEvent> findBySubject(AccountId subject, int limit) {
        List<AuditEvent> copy = all();
        Collections.reverse(copy);
        return copy.stream().filter(e -> Objects.equals(e.subject(), subject)).limit(limit).toList();
    }

    @Override
    public List<AuditEvent> findRecent(int limit) {
        List<AuditEvent> copy = all();
        Collections.reverse(copy);
        return copy.stream().limit(limit).toList();
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        int before = events.size();
        events.removeIf(e -> e.at().isBefore(cutoff));
        return before - events.size();
    }

    public List<AuditEvent> all() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    public List<AuditEventType> types() {
        return all().stream().map(AuditEvent::type).toList();
    }

    public List<AuditEvent> ofType(AuditEventType type) {
        return all().stream().filter(e -> e.type() == type).toList();
    }

    /** Everything an event carries, as text, to check that no secret leaked into it. */
    public String everythingWritten() {
        StringBuilder out = new StringBuilder();
        for (AuditEvent e : all()) {
            out.append(e).append('\n');
        }
        return out.toString();
    }

    @Override
    public int rewrite(AccountId subject, Collection<String> actors, UnaryOperator<AuditEvent> rewrite) {
        synchronized (events) {
            int read = 0;
            for (int i = 0; i < events.size(); i++) {
                AuditEvent e = events.get(i);
                if (Objects.equals(e.subject(), subject) || actors.contains(e.actor())) {
                    AuditEvent rewritten = rewrite.apply(e);
                    events.set(i, new AuditEvent(e.at(), e.type(), e.subject(), rewritten.actor(),
                            rewritten.sourceIp(), rewritten.userAgent(), rewritten.details()));
                    read++;
                }
            }
            return read;
        }
    }
}
