package com.nordhost.clientarea.persistence.recovery;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code recovery_request} table (migration V9), by SQL alone; every method runs in the caller's
 * transaction. Each change is a conditional UPDATE on the expected status: the row count decides which of two
 * concurrent clicks, agents or sweeps went through. Closing a request clears {@code open_account_id}, whose
 * UNIQUE constraint allows one open request per account.
 */
public class JpaRecoveryRequests implements RecoveryRequests {

    private static final String COLUMNS = "id, account_id, status, verified_email, password_given, requested_at,"
            + " confirm_expires_at, request_ip, confirmed_at, confirm_ip, decided_by, decided_at, ticket,"
            + " reject_reason, effective_at, closed_at";

    private final EntityManagers entityManagers;

    public JpaRecoveryRequests(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public long create(AccountId account, String verifiedEmail, boolean passwordGiven, String confirmTokenHash,
                       Instant requestedAt, Instant confirmExpiresAt, String requestIp) {
        em().createNativeQuery("INSERT INTO recovery_request (account_id, open_account_id, status, verified_email,"
                        + " password_given, confirm_token_hash, requested_at, confirm_expires_at, request_ip)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, account.value())
                .setParameter(2, account.value())
                .setParameter(3, Status.UNCONFIRMED.name())
                .setParameter(4, verifiedEmail)
                .setParameter(5, passwordGiven)
                .setParameter(6, confirmTokenHash)
                .setParameter(7, Timestamps.toColumn(requestedAt))
                .setParameter(8, Timestamps.toColumn(confirmExpiresAt))
                .setParameter(9, requestIp == null ? null : Timestamps.fit(requestIp, 64))
                .executeUpdate();
        Object id = em().createNativeQuery("SELECT id FROM recovery_request WHERE confirm_token_hash = ?1")
                .setParameter(1, confirmTokenHash)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public Optional<Request> findById(long id) {
        return one(em().createNativeQuery("SELECT " + COLUMNS + " FROM recovery_request WHERE id = ?1")
                .setParameter(1, id));
    }

    @Override
    public Optional<Request> findOpen(AccountId account) {
        return one(em().createNativeQuery("SELECT " + COLUMNS + " FROM recovery_request WHERE open_account_id = ?1")
                .setParameter(1, account.value()));
    }

    @Override
    public Optional<Request> findByConfirmTokenHash(String tokenHash) {
        return one(em().createNativeQuery("SELECT " + COLUMNS
                        + " FROM recovery_request WHERE confirm_token_hash = ?1")
                .setParameter(1, tokenHash));
    }

    @Override
    public Optional<Request> findByCancelTokenHash(String tokenHash) {
        return one(em().createNativeQuery("SELECT " + COLUMNS
                        + " FROM recovery_request WHERE cancel_token_hash = ?1")
                .setParameter(1, tokenHash));
    }

    @Override
    public int countForAccountSince(AccountId account, Instant since) {
        Object n = em().createNativeQuery(
                        "SELECT COUNT(*) FROM recovery_request WHERE account_id = ?1 AND requested_at >= ?2")
                .setParameter(1, account.value())
                .setParameter(2, Timestamps.toColumn(since))
                .getSingleResult();
        return ((Number) n).intValue();
    }

    @Override
    public List<Request> findByStatus(Status status, int limit) {
        List<?> rows = em().createNativeQuery("SELECT " + COLUMNS
                        + " FROM recovery_request WHERE status = ?1 ORDER BY requested_at, id")
                .setParameter(1, status.name())
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> request((Object[]) r)).toList();
    }

    @Override
    public boolean confirm(long id, Instant now, String confirmIp) {
        return em().createNativeQuery("UPDATE recovery_request SET status = ?1, confirmed_at = ?2, confirm_ip = ?3"
                        + " WHERE id = ?4 AND status = ?5 AND confirm_expires_at > ?2")
                .setParameter(1, Status.CONFIRMED.name())
                .setParameter(2, Timestamps.toColumn(now))
                .setParameter(3, confirmIp == null ? null : Timestamps.fit(confirmIp, 64))
                .setParameter(4, id)
                .setParameter(5, Status.UNCONFIRMED.name())
                .executeUpdate() == 1;
    }

    @Override
    public boolean approve(long id, AccountId agent, Instant now, String ticket, String cancelTokenHash,
                           Instant effectiveAt) {
        return em().createNativeQuery("UPDATE recovery_request SET status = ?1, decided_by = ?2, decided_at = ?3,"
                        + " ticket = ?4, cancel_token_hash = ?5, effective_at = ?6 WHERE id = ?7 AND status = ?8")
                .setParameter(1, Status.APPROVED.name())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamps.toColumn(now))
                .setParameter(4, ticket)
                .setParameter(5, cancelTokenHash)
                .setParameter(6, Timestamps.toColumn(effectiveAt))
                .setParameter(7, id)
                .setParameter(8, Status.CONFIRMED.name())
                .executeUpdate() == 1;
    }

    @Override
    public boolean reject(long id, AccountId agent, Instant now, String reason) {
        return em().createNativeQuery("UPDATE recovery_request SET status = ?1, decided_by = ?2, decided_at = ?3,"
                        + " reject_reason = ?4, closed_at = ?3, open_account_id = NULL WHERE id = ?5 AND status = ?6")
                .setParameter(1, Status.REJECTED.name())
                .setParameter(2, agent.value())
                .setParameter(3, Timestamps.toColumn(now))
                .setParameter(4, reason)
                .setParameter(5, id)
                .setParameter(6, Status.CONFIRMED.name())
                .executeUpdate() == 1;
    }

    @Override
    public boolean shortenWait(long id, Instant now) {
        return em().createNativeQuery("UPDATE recovery_request SET effective_at = ?1"
                        + " WHERE id = ?2 AND status = ?3 AND effective_at > ?1")
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, id)
                .setParameter(3, Status.APPROVED.name())
                .executeUpdate() == 1;
    }

    @Override
    public boolean close(long id, Status from, Status to, Instant now) {
        if (to.open()) {
            throw new IllegalArgumentException(to + " is not a closed status.");
        }
        return em().createNativeQuery("UPDATE recovery_request SET status = ?1, closed_at = ?2,"
                        + " open_account_id = NULL WHERE id = ?3 AND status = ?4")
                .setParameter(1, to.name())
                .setParameter(2, Timestamps.toColumn(now))
                .setParameter(3, id)
                .setParameter(4, from.name())
                .executeUpdate() == 1;
    }

    private static Optional<Request> one(Query query) {
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(request((Object[]) rows.get(0)));
    }

    @Override
    public int deleteAll(AccountId account) {
        return em().createNativeQuery("DELETE FROM recovery_request WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }

    private static Request request(Object[] r) {
        return new Request(((Number) r[0]).longValue(), new AccountId(((Number) r[1]).longValue()),
                Status.valueOf((String) r[2]), (String) r[3], bool(r[4]), Timestamps.fromColumn(r[5]), Timestamps.fromColumn(r[6]),
                (String) r[7], Timestamps.fromColumn(r[8]), (String) r[9],
                r[10] == null ? null : new AccountId(((Number) r[10]).longValue()), Timestamps.fromColumn(r[11]), (String) r[12],
                (String) r[13], Timestamps.fromColumn(r[14]), Timestamps.fromColumn(r[15]));
    }

    private static boolean bool(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
