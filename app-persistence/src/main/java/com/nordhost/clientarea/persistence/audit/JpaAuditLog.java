package com.nordhost.clientarea.persistence.audit;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Objects;

/**
 * {@link AuditLog} over {@code audit_event}. {@link #record} joins the caller's transaction, so an
 * event commits or rolls back with the change it reports. Over-long texts are cut to the column
 * sizes rather than failing the use case that audits them.
 */
public class JpaAuditLog implements AuditLog {

    public static final int MAX_LIMIT = 1000;

    private final EntityManagers entityManagers;

    public JpaAuditLog(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return em().createNativeQuery("DELETE FROM audit_event WHERE occurred_at < ?1")
                .setParameter(1, Timestamps.toColumn(cutoff))
                .executeUpdate();
    }

    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "Event is required.");
        // The cast types a NULL subject: untyped, it reaches PostgreSQL as VARCHAR and is refused.
        em().createNativeQuery("INSERT INTO audit_event (occurred_at, event_type, account_id, actor, source_ip,"
                        + " user_agent, details) VALUES (?, ?, CAST(? AS BIGINT), ?, ?, ?, ?)")
                .setParameter(1, Timestamps.toColumn(event.at()))
                .setParameter(2, event.type().name())
                .setParameter(3, event.subject() == null ? null : event.subject().value())
                .setParameter(4, Timestamps.fit(event.actor(), 320))
                .setParameter(5, Timestamps.fit(event.sourceIp(), 64))
                .setParameter(6, Timestamps.fit(event.userAgent(), 512))
                .setParameter(7, AuditDetails.format(event.details()))
                .executeUpdate();
    }

    @Override
    public List<AuditEvent> findBySubject(AccountId subject, int limit) {
        Objects.requireNonNull(subject, "Subject is required.");
        return toEvents(em().createQuery("SELECT e FROM AuditEventEntity e WHERE e.accountId = :id"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEventEntity.class)
                .setParameter("id", subject.value()), limit);
    }

    @Override
    public List<AuditEvent> findRecent(int limit) {
        return toEvents(em().createQuery("SELECT e FROM AuditEventEntity e ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEventEntity.class), limit);
    }

    /**
     * Reads the events in pages by id with plain SQL (no managed entities, so the UPDATEs do not make the JPA
     * provider compare a growing persistence context at every statement) and writes back each one that changed:
     * the rewrite is Java (the domain's rule), so it cannot be one UPDATE.
     */
    @Override
    public int rewrite(AccountId subject, Collection<String> actors, UnaryOperator<AuditEvent> rewrite) {
        Objects.requireNonNull(subject, "Subject is required.");
        List<String> actorList = actors.isEmpty() ? List.of("") : List.copyOf(actors);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < actorList.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 3);
        }
        EntityManager em = em();
        int read = 0;
        long after = 0;
        while (true) {
            var query = em.createNativeQuery("SELECT id, occurred_at, event_type, actor, source_ip, user_agent, details,"
                            + " account_id"
                            + " FROM audit_event WHERE id > ?1 AND (account_id = ?2 OR actor IN (" + in + "))"
                            + " ORDER BY id")
                    .setParameter(1, after)
                    .setParameter(2, subject.value())
                    .setMaxResults(MAX_LIMIT);
            for (int i = 0; i < actorList.size(); i++) {
                query.setParameter(i + 3, actorList.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> page = query.getResultList();
            // Rows that become the same (a customer's logins from one browser) are written by one UPDATE.
            Map<List<String>, List<Long>> changes = new LinkedHashMap<>();
            for (Object[] row : page) {
                long id = ((Number) row[0]).longValue();
                String details = (String) row[6];
                AuditEvent before = new AuditEvent(Timestamps.fromColumn(row[1]), AuditEventType.valueOf((String) row[2]),
                        row[7] == null ? null : new AccountId(((Number) row[7]).longValue()), (String) row[3],
                        (String) row[4], (String) row[5], AuditDetails.parse(details));
                AuditEvent rewritten = rewrite.apply(before);
                String newDetails = AuditDetails.format(rewritten.details());
                if (!Objects.equals(before.actor(), rewritten.actor())
                        || !Objects.equals(before.sourceIp(), rewritten.sourceIp())
                        || !Objects.equals(before.userAgent(), rewritten.userAgent())
                        || !newDetails.equals(details)) {
                    changes.computeIfAbsent(Arrays.asList(Timestamps.fit(rewritten.actor(), 320),
                            Timestamps.fit(rewritten.sourceIp(), 64), Timestamps.fit(rewritten.userAgent(), 512),
                            newDetails), k -> new ArrayList<>()).add(id);
                }
                after = id;
                read++;
            }
            changes.forEach((values, ids) -> update(em, values, ids));
            if (page.size() < MAX_LIMIT) {
                return read;
            }
        }
    }

    private static void update(EntityManager em, List<String> values, List<Long> ids) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 5);
        }
        var update = em.createNativeQuery("UPDATE audit_event SET actor = ?1, source_ip = ?2, user_agent = ?3,"
                        + " details = ?4 WHERE id IN (" + in + ")")
                .setParameter(1, values.get(0))
                .setParameter(2, values.get(1))
                .setParameter(3, values.get(2))
                .setParameter(4, values.get(3));
        for (int i = 0; i < ids.size(); i++) {
            update.setParameter(i + 5, ids.get(i));
        }
        update.executeUpdate();
    }

    private static List<AuditEvent> toEvents(TypedQuery<AuditEventEntity> query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return query.setMaxResults(Math.min(limit, MAX_LIMIT)).getResultList().stream()
                .map(JpaAuditLog::toEvent)
                .toList();
    }

    private static AuditEvent toEvent(AuditEventEntity e) {
        return new AuditEvent(Timestamps.toInstant(e.getOccurredAt()), AuditEventType.valueOf(e.getEventType()),
                e.getAccountId() == null ? null : new AccountId(e.getAccountId()), e.getActor(), e.getSourceIp(),
                e.getUserAgent(), AuditDetails.parse(e.getDetails()));
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
