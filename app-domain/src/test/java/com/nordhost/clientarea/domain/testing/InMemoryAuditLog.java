package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditEntry;
import com.nordhost.clientarea.domain.audit.AuditFilter;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.audit.AuditSearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Objects;

/** The audit trail in memory; also its search, with each event's position in the list as its id. */
public final class InMemoryAuditLog implements AuditLog, AuditSearch {

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

    /** Like the JPA search: newest first by (at, id), keyset-paged, {@code from} inclusive, {@code to} exclusive. */
    @Override
    public List<AuditEntry> search(AuditFilter filter, AuditCursor before, int limit) {
        List<AuditEvent> copy = all();
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < copy.size(); i++) {
            entries.add(new AuditEntry(i + 1, copy.get(i)));
        }
        return entries.stream()
                .filter(e -> filter.subject() == null || filter.subject().equals(e.event().subject()))
                .filter(e -> filter.actor() == null || filter.actor().equals(e.event().actor()))
                .filter(e -> filter.type() == null || filter.type() == e.event().type())
                .filter(e -> filter.from() == null || !e.event().at().isBefore(filter.from()))
                .filter(e -> filter.to() == null || e.event().at().isBefore(filter.to()))
                .filter(e -> before == null || e.event().at().isBefore(before.at())
                        || e.event().at().equals(before.at()) && e.id() < before.id())
                .sorted(java.util.Comparator.comparing((AuditEntry e) -> e.event().at())
                        .thenComparingLong(AuditEntry::id).reversed())
                .limit(Math.max(1, limit))
                .toList();
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
