package com.nordhost.clientarea.persistence.protect;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.notification.ProtectLinks;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code protect_link} table (V20, decision 0042), by SQL alone, in the caller's transaction. {@link #use} is a
 * conditional UPDATE: of two presses of one link exactly one changes the row.
 */
public class JpaProtectLinks implements ProtectLinks {

    private final EntityManagers entityManagers;

    public JpaProtectLinks(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public void record(AccountId account, String tokenHash, String sentToHash, Instant createdAt, Instant expiresAt) {
        // The account's dead links go as new ones come: the table holds about a week of notices per account.
        em().createNativeQuery("DELETE FROM protect_link WHERE account_id = ?1 AND expires_at <= ?2")
                .setParameter(1, account.value())
                .setParameter(2, Timestamps.toColumn(createdAt))
                .executeUpdate();
        em().createNativeQuery("INSERT INTO protect_link (token_hash, account_id, sent_to_hash, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, tokenHash)
                .setParameter(2, account.value())
                .setParameter(3, sentToHash)
                .setParameter(4, Timestamps.toColumn(createdAt))
                .setParameter(5, Timestamps.toColumn(expiresAt))
                .executeUpdate();
    }

    @Override
    public Optional<Link> find(String tokenHash) {
        List<?> rows = em().createNativeQuery(
                        "SELECT account_id, sent_to_hash, expires_at, used_at FROM protect_link WHERE token_hash = ?1")
                .setParameter(1, tokenHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Link(new AccountId(((Number) r[0]).longValue()), (String) r[1],
                Timestamps.fromColumn(r[2]), Timestamps.fromColumn(r[3])));
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        return em().createNativeQuery("UPDATE protect_link SET used_at = ?1"
                        + " WHERE token_hash = ?2 AND used_at IS NULL AND expires_at > ?1")
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, tokenHash)
                .executeUpdate() == 1;
    }

    private EntityManager em() {
        return entityManagers.current();
    }

    @Override
    public int deleteAll(AccountId account) {
        return em().createNativeQuery("DELETE FROM protect_link WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }
}
