package com.nordhost.clientarea.persistence.apitokens;

import com.nordhost.clientarea.domain.apitokens.ApiToken;
import com.nordhost.clientarea.domain.apitokens.ApiTokenNameTakenException;
import com.nordhost.clientarea.domain.apitokens.ApiTokenRepository;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ApiTokenRepository} over the {@code api_token} table (native SQL, no entity; migration V15). */
public class JpaApiTokens implements ApiTokenRepository {

    private static final String COLUMNS = "SELECT id, name, created_at, created_by, last_used_at, revoked_at"
            + " FROM api_token";

    private final EntityManagers entityManagers;

    public JpaApiTokens(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public ApiToken create(String name, String tokenHash, String createdBy, Instant createdAt) {
        EntityManager em = em();
        try {
            em.createNativeQuery("INSERT INTO api_token (name, token_hash, created_at, created_by)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, name)
                    .setParameter(2, tokenHash)
                    .setParameter(3, Timestamps.toColumn(createdAt))
                    .setParameter(4, createdBy)
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                throw new ApiTokenNameTakenException(e);
            }
            throw e;
        }
        return one(COLUMNS + " WHERE token_hash = ?", tokenHash).orElseThrow();
    }

    @Override
    public Optional<ApiToken> findUsableByHash(String tokenHash) {
        return one(COLUMNS + " WHERE token_hash = ? AND revoked_at IS NULL", tokenHash);
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return one(COLUMNS + " WHERE id = ?", id);
    }

    @Override
    public boolean nameTaken(String name) {
        return !em().createNativeQuery("SELECT id FROM api_token WHERE name = ?").setParameter(1, name)
                .getResultList().isEmpty();
    }

    @Override
    public List<ApiToken> list() {
        List<?> rows = em().createNativeQuery(COLUMNS + " ORDER BY id DESC").getResultList();
        return rows.stream().map(r -> token((Object[]) r)).toList();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return em().createNativeQuery("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    /** Conditional, so two nodes noting the same minute write once. */
    @Override
    public void noteUse(long id, Instant at, Instant notBefore) {
        em().createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ?"
                        + " AND (last_used_at IS NULL OR last_used_at < ?)")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, id)
                .setParameter(3, Timestamps.toColumn(notBefore))
                .executeUpdate();
    }

    private Optional<ApiToken> one(String sql, Object parameter) {
        List<?> rows = em().createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().findFirst().map(r -> token((Object[]) r));
    }

    private static ApiToken token(Object[] row) {
        return new ApiToken(((Number) row[0]).longValue(), (String) row[1], Timestamps.fromColumn(row[2]),
                (String) row[3], row[4] == null ? null : Timestamps.fromColumn(row[4]),
                row[5] == null ? null : Timestamps.fromColumn(row[5]));
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
