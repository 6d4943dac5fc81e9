package com.nordhost.clientarea.persistence.throttle;

import com.nordhost.clientarea.domain.throttle.UnknownAddressCounters;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link UnknownAddressCounters} over the {@code unknown_address_throttle} table (native SQL, no entity): one
 * row per keyed hash of realm and address, counted by the database so every node sees the same count.
 *
 * <p>The first failure of a key inserts its row; two first failures of the same unknown address at the same
 * moment on two nodes can collide on the primary key, and the loser's request fails with the plain error page
 * (nothing is counted twice or lost silently). Later failures update the row, which the check before them locked.
 */
public class JpaUnknownAddressCounters implements UnknownAddressCounters {

    private final EntityManagers entityManagers;

    public JpaUnknownAddressCounters(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public Optional<Instant> findRetryAtForUpdate(String key) {
        List<?> rows = em().createNativeQuery(
                        "SELECT next_attempt_at FROM unknown_address_throttle WHERE address_hash = ? FOR UPDATE")
                .setParameter(1, requireKey(key))
                .getResultList();
        return rows.stream().filter(Objects::nonNull).findFirst().map(Timestamps::fromColumn);
    }

    @Override
    public int increment(String key, Instant now) {
        EntityManager em = em();
        OffsetDateTime at = Timestamps.toColumn(Objects.requireNonNull(now, "The time is required."));
        int changed = em.createNativeQuery("UPDATE unknown_address_throttle SET failures = failures + 1,"
                        + " last_failure_at = ? WHERE address_hash = ?")
                .setParameter(1, at)
                .setParameter(2, requireKey(key))
                .executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("INSERT INTO unknown_address_throttle (address_hash, failures, last_failure_at)"
                            + " VALUES (?, 1, ?)")
                    .setParameter(1, key)
                    .setParameter(2, at)
                    .executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("SELECT failures FROM unknown_address_throttle WHERE address_hash = ?")
                .setParameter(1, key)
                .getSingleResult()).intValue();
    }

    /** Conditional: only moves the time later. */
    @Override
    public void setRetryAt(String key, Instant retryAt) {
        OffsetDateTime at = Timestamps.toColumn(Objects.requireNonNull(retryAt, "Retry time is required."));
        em().createNativeQuery("UPDATE unknown_address_throttle SET next_attempt_at = ? WHERE address_hash = ?"
                        + " AND (next_attempt_at IS NULL OR next_attempt_at < ?)")
                .setParameter(1, at)
                .setParameter(2, requireKey(key))
                .setParameter(3, at)
                .executeUpdate();
    }

    /** Served by the index on {@code last_failure_at}. */
    @Override
    public int purgeIdleSince(Instant cutoff) {
        return em().createNativeQuery("DELETE FROM unknown_address_throttle WHERE last_failure_at < ?")
                .setParameter(1, Timestamps.toColumn(Objects.requireNonNull(cutoff, "A cut-off is required.")))
                .executeUpdate();
    }

    private static String requireKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 64) {
            throw new IllegalArgumentException("A key of 1 to 64 characters is required.");
        }
        return key;
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
