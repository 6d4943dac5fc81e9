package com.nordhost.clientarea.persistence.signin;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.signin.ActiveSignIn;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignInRepository;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code sign_in} table (migration V17), by SQL alone; every method runs in the caller's transaction. */
public class JpaSignIns implements SignInRepository {

    private final EntityManagers entityManagers;

    public JpaSignIns(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public long add(AccountId account, Realm realm, String secretHash, int sessionEpoch, String browser, String ip,
                    SecondFactorUsed secondFactor, Instant at) {
        em().createNativeQuery("INSERT INTO sign_in (account_id, realm, secret_hash, session_epoch, browser, ip,"
                        + " second_factor, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, account.value())
                .setParameter(2, realm.name())
                .setParameter(3, secretHash)
                .setParameter(4, sessionEpoch)
                .setParameter(5, Timestamps.fit(browser, 100))
                .setParameter(6, ip == null ? null : Timestamps.fit(ip, 64))
                .setParameter(7, secondFactor.name())
                .setParameter(8, Timestamps.toColumn(at))
                .setParameter(9, Timestamps.toColumn(at))
                .executeUpdate();
        // The secret hash is unique (a constraint; 256 random bits): it finds the row just written on either database.
        Object id = em().createNativeQuery("SELECT id FROM sign_in WHERE secret_hash = ?1")
                .setParameter(1, secretHash)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public Optional<Stored> find(long id) {
        List<?> rows = em().createNativeQuery("SELECT account_id, realm, secret_hash, session_epoch, created_at,"
                        + " last_seen_at, second_factor FROM sign_in WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Stored(id, new AccountId(((Number) r[0]).longValue()), Realm.valueOf((String) r[1]),
                (String) r[2], ((Number) r[3]).intValue(), Timestamps.fromColumn(r[4]), Timestamps.fromColumn(r[5]),
                SecondFactorUsed.valueOf((String) r[6])));
    }

    @Override
    public boolean touch(long id, Instant at, Instant seenBefore) {
        return em().createNativeQuery("UPDATE sign_in SET last_seen_at = ?1 WHERE id = ?2 AND last_seen_at < ?3")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, id)
                .setParameter(3, Timestamps.toColumn(seenBefore))
                .executeUpdate() == 1;
    }

    @Override
    public List<ActiveSignIn> listFor(AccountId account, Instant seenAfter, Instant begunAfter) {
        List<?> rows = em().createNativeQuery("SELECT id, browser, ip, created_at, last_seen_at, second_factor"
                        + " FROM sign_in WHERE account_id = ?1 AND last_seen_at > ?2 AND created_at > ?3"
                        + " ORDER BY last_seen_at DESC, id DESC")
                .setParameter(1, account.value())
                .setParameter(2, Timestamps.toColumn(seenAfter))
                .setParameter(3, Timestamps.toColumn(begunAfter))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ActiveSignIn(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    Timestamps.fromColumn(r[3]), Timestamps.fromColumn(r[4]), SecondFactorUsed.valueOf((String) r[5]));
        }).toList();
    }

    @Override
    public boolean delete(AccountId account, long id) {
        return em().createNativeQuery("DELETE FROM sign_in WHERE id = ?1 AND account_id = ?2")
                .setParameter(1, id)
                .setParameter(2, account.value())
                .executeUpdate() == 1;
    }

    @Override
    public int deleteAllExcept(AccountId account, long keep) {
        return em().createNativeQuery("DELETE FROM sign_in WHERE account_id = ?1 AND id <> ?2")
                .setParameter(1, account.value())
                .setParameter(2, keep)
                .executeUpdate();
    }

    @Override
    public int removeAll(AccountId account) {
        return em().createNativeQuery("DELETE FROM sign_in WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }

    @Override
    public int deleteExpired(Instant seenBefore, Instant begunBefore) {
        return em().createNativeQuery("DELETE FROM sign_in WHERE last_seen_at < ?1 OR created_at < ?2")
                .setParameter(1, Timestamps.toColumn(seenBefore))
                .setParameter(2, Timestamps.toColumn(begunBefore))
                .executeUpdate();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
