package com.nordhost.clientarea.persistence.remembered;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.remembered.RememberedBrowser;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserRepository;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code remembered_browser} table (migration V10), by SQL alone; every method runs in the caller's transaction. */
public class JpaRememberedBrowsers implements RememberedBrowserRepository {

    private final EntityManagers entityManagers;

    public JpaRememberedBrowsers(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public long add(AccountId account, String secretHash, int sessionEpoch, String browser, String ip,
                    Instant rememberedAt, Instant expiresAt) {
        em().createNativeQuery("INSERT INTO remembered_browser (account_id, secret_hash, session_epoch, browser, ip,"
                        + " remembered_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, account.value())
                .setParameter(2, secretHash)
                .setParameter(3, sessionEpoch)
                .setParameter(4, Timestamps.fit(browser, 100))
                .setParameter(5, ip == null ? null : Timestamps.fit(ip, 64))
                .setParameter(6, Timestamps.toColumn(rememberedAt))
                .setParameter(7, Timestamps.toColumn(expiresAt))
                .executeUpdate();
        // The secret hash is unique (a constraint; 256 random bits): it finds the row just written on either database.
        Object id = em().createNativeQuery("SELECT id FROM remembered_browser WHERE account_id = ?1 AND secret_hash = ?2")
                .setParameter(1, account.value())
                .setParameter(2, secretHash)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public Optional<Stored> find(long id) {
        List<?> rows = em().createNativeQuery("SELECT account_id, secret_hash, session_epoch, expires_at"
                        + " FROM remembered_browser WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Stored(id, new AccountId(((Number) r[0]).longValue()), (String) r[1],
                ((Number) r[2]).intValue(), Timestamps.fromColumn(r[3])));
    }

    @Override
    public void markUsed(long id, Instant at) {
        em().createNativeQuery("UPDATE remembered_browser SET last_used_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, id)
                .executeUpdate();
    }

    @Override
    public List<RememberedBrowser> listFor(AccountId account, Instant now) {
        List<?> rows = em().createNativeQuery("SELECT id, browser, ip, remembered_at, last_used_at, expires_at"
                        + " FROM remembered_browser WHERE account_id = ?1 AND expires_at > ?2"
                        + " ORDER BY remembered_at DESC, id DESC")
                .setParameter(1, account.value())
                .setParameter(2, Timestamps.toColumn(now))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new RememberedBrowser(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    Timestamps.fromColumn(r[3]), Timestamps.fromColumn(r[4]), Timestamps.fromColumn(r[5]));
        }).toList();
    }

    @Override
    public boolean delete(AccountId account, long id) {
        return em().createNativeQuery("DELETE FROM remembered_browser WHERE id = ?1 AND account_id = ?2")
                .setParameter(1, id)
                .setParameter(2, account.value())
                .executeUpdate() == 1;
    }

    @Override
    public int deleteAll(AccountId account) {
        return em().createNativeQuery("DELETE FROM remembered_browser WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }

    @Override
    public int deleteExpired(Instant now) {
        return em().createNativeQuery("DELETE FROM remembered_browser WHERE expires_at <= ?1")
                .setParameter(1, Timestamps.toColumn(now))
                .executeUpdate();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
