package com.nordhost.clientarea.persistence.recovery;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code password_reset} table (migrations V7 and V13: reset links and invitations), by SQL alone; every method runs in the caller's transaction.
 * {@link #use} is a conditional UPDATE: of two concurrent uses of one link exactly one changes the row.
 */
public class JpaPasswordResetRequests implements PasswordResetRequests {

    private final EntityManagers entityManagers;

    public JpaPasswordResetRequests(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public void record(AccountId account, String tokenHash, Instant requestedAt, Instant expiresAt, String sourceIp) {
        em().createNativeQuery("INSERT INTO password_reset (account_id, token_hash, requested_at, expires_at,"
                        + " source_ip) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, account == null ? null : account.value())
                .setParameter(2, tokenHash)
                .setParameter(3, Timestamps.toColumn(requestedAt))
                .setParameter(4, Timestamps.toColumn(expiresAt))
                .setParameter(5, sourceIp == null ? null : Timestamps.fit(sourceIp, 64))
                .executeUpdate();
    }

    @Override
    public void recordInvitation(AccountId account, String tokenHash, Instant sentAt, Instant expiresAt,
                                 String sourceIp) {
        em().createNativeQuery("INSERT INTO password_reset (account_id, token_hash, requested_at, expires_at,"
                        + " source_ip, purpose) VALUES (?, ?, ?, ?, ?, 'INVITATION')")
                .setParameter(1, account.value())
                .setParameter(2, tokenHash)
                .setParameter(3, Timestamps.toColumn(sentAt))
                .setParameter(4, Timestamps.toColumn(expiresAt))
                .setParameter(5, sourceIp == null ? null : Timestamps.fit(sourceIp, 64))
                .executeUpdate();
    }

    @Override
    public Optional<Invitation> latestInvitation(AccountId account) {
        List<?> rows = em().createNativeQuery("SELECT requested_at, expires_at, used_at FROM password_reset"
                        + " WHERE account_id = ?1 AND purpose = 'INVITATION' ORDER BY requested_at DESC, id DESC")
                .setParameter(1, account.value())
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Invitation(Timestamps.fromColumn(r[0]), Timestamps.fromColumn(r[1]),
                Timestamps.fromColumn(r[2])));
    }

    @Override
    public int countInvitationsSince(AccountId account, Instant since) {
        return count("SELECT COUNT(*) FROM password_reset WHERE account_id = ?1 AND requested_at >= ?2"
                + " AND purpose = 'INVITATION'", account.value(), since);
    }

    @Override
    public int countForAccountSince(AccountId account, Instant since) {
        return count("SELECT COUNT(*) FROM password_reset WHERE account_id = ?1 AND requested_at >= ?2"
                + " AND purpose = 'RESET'", account.value(), since);
    }

    @Override
    public int countFromIpSince(String sourceIp, Instant since) {
        return count("SELECT COUNT(*) FROM password_reset WHERE source_ip = ?1 AND requested_at >= ?2",
                Timestamps.fit(sourceIp, 64), since);
    }

    @Override
    public Optional<Link> findByTokenHash(String tokenHash) {
        List<?> rows = em().createNativeQuery(
                        "SELECT account_id, expires_at, used_at, purpose FROM password_reset WHERE token_hash = ?1")
                .setParameter(1, tokenHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Link(new AccountId(((Number) r[0]).longValue()), Timestamps.fromColumn(r[1]),
                Timestamps.fromColumn(r[2]), Purpose.valueOf((String) r[3])));
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        return em().createNativeQuery("UPDATE password_reset SET used_at = ?1"
                        + " WHERE token_hash = ?2 AND used_at IS NULL AND expires_at > ?1")
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, tokenHash)
                .executeUpdate() == 1;
    }

    @Override
    public void spendAll(AccountId account, Instant now) {
        em().createNativeQuery("UPDATE password_reset SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL")
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, account.value())
                .executeUpdate();
    }

    @Override
    public int deleteAll(AccountId account) {
        return em().createNativeQuery("DELETE FROM password_reset WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }

    private int count(String sql, Object first, Instant since) {
        Object n = em().createNativeQuery(sql)
                .setParameter(1, first)
                .setParameter(2, Timestamps.toColumn(since))
                .getSingleResult();
        return ((Number) n).intValue();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
