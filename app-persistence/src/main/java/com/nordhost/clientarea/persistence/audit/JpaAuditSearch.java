package com.nordhost.clientarea.persistence.audit;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditEntry;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditFilter;
import com.nordhost.clientarea.domain.audit.AuditSearch;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;

/**
 * {@link AuditSearch}: JPQL over {@code audit_event}, newest first, keyset-paged on (occurred_at desc, id desc)
 * with {@code occurred_at <= :at AND (occurred_at < :at OR id < :id)} and a row limit; the V2 indexes on
 * (occurred_at, id), (actor, occurred_at, id) and (event_type, occurred_at, id) and V19's (account_id, occurred_at
 * desc, id desc) serve the filters (the last one Recent security activity's pages, decision 0039).
 */
public class JpaAuditSearch implements AuditSearch {

    private final EntityManagers entityManagers;

    public JpaAuditSearch(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public List<AuditEntry> search(AuditFilter filter, AuditCursor before, int limit) {
        Objects.requireNonNull(filter, "A filter is required.");
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEventEntity e WHERE 1 = 1");
        if (filter.subject() != null) {
            jpql.append(" AND e.accountId = :subject");
        }
        if (filter.actor() != null) {
            jpql.append(" AND e.actor = :actor");
        }
        if (filter.type() != null) {
            jpql.append(" AND e.eventType = :type");
        }
        if (filter.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
        }
        if (before != null) {
            jpql.append(" AND e.occurredAt <= :at AND (e.occurredAt < :at OR e.id < :id)");
        }
        // With one account, its id leads the order too: a no-op for the rows, but H2 reads the V19 index
        // (account_id, occurred_at desc, id desc) in order, stopping at the limit, only when the ORDER BY names
        // the index's columns from the first (PostgreSQL needs no such help).
        jpql.append(filter.subject() != null ? " ORDER BY e.accountId, e.occurredAt DESC, e.id DESC"
                : " ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<AuditEventEntity> q = entityManagers.current().createQuery(jpql.toString(), AuditEventEntity.class);
        if (filter.subject() != null) {
            q.setParameter("subject", filter.subject().value());
        }
        if (filter.actor() != null) {
            q.setParameter("actor", filter.actor());
        }
        if (filter.type() != null) {
            q.setParameter("type", filter.type().name());
        }
        if (filter.from() != null) {
            q.setParameter("from", Timestamps.toColumn(filter.from()));
        }
        if (filter.to() != null) {
            q.setParameter("to", Timestamps.toColumn(filter.to()));
        }
        if (before != null) {
            q.setParameter("at", Timestamps.toColumn(before.at()));
            q.setParameter("id", before.id());
        }
        return q.setMaxResults(Math.max(1, limit)).getResultList().stream()
                .map(e -> new AuditEntry(e.getId(), new AuditEvent(Timestamps.toInstant(e.getOccurredAt()),
                        AuditEventType.valueOf(e.getEventType()),
                        e.getAccountId() == null ? null : new AccountId(e.getAccountId()), e.getActor(),
                        e.getSourceIp(), e.getUserAgent(), AuditDetails.parse(e.getDetails()))))
                .toList();
    }
}
