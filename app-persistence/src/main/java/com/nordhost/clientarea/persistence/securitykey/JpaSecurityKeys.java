package com.nordhost.clientarea.persistence.securitykey;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.securitykey.KeyUse;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRepository;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code security_key} table (migrations V12, V21), by SQL alone as {@code remembered_browser}; every method runs in
 * the caller's transaction.
 */
public class JpaSecurityKeys implements SecurityKeyRepository {

    private final EntityManagers entityManagers;

    public JpaSecurityKeys(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public long add(AccountId account, String credentialId, String credentialData, long signCount, String name,
                    Instant addedAt, KeyUse use) {
        em().createNativeQuery("INSERT INTO security_key (account_id, credential_id, credential_data, sign_count,"
                        + " name, added_at, signs_in_alone) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, account.value())
                .setParameter(2, credentialId)
                .setParameter(3, credentialData)
                .setParameter(4, signCount)
                .setParameter(5, name)
                .setParameter(6, Timestamps.toColumn(addedAt))
                .setParameter(7, use == KeyUse.SIGNS_IN_ALONE)
                .executeUpdate();
        // The credential id is unique (a constraint): it finds the row just written on either database.
        Object id = em().createNativeQuery("SELECT id FROM security_key WHERE credential_id = ?1")
                .setParameter(1, credentialId)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public Optional<Stored> findByCredentialId(String credentialId) {
        List<?> rows = em().createNativeQuery("SELECT id, account_id, credential_data, sign_count, name,"
                        + " signs_in_alone FROM security_key WHERE credential_id = ?1")
                .setParameter(1, credentialId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Stored(((Number) r[0]).longValue(), new AccountId(((Number) r[1]).longValue()),
                credentialId, (String) r[2], ((Number) r[3]).longValue(), (String) r[4], use(r[5])));
    }

    @Override
    public List<String> credentialIds(AccountId account) {
        return em().createNativeQuery("SELECT credential_id FROM security_key WHERE account_id = ?1 ORDER BY id")
                .setParameter(1, account.value())
                .getResultList().stream().map(String.class::cast).toList();
    }

    @Override
    public List<SecurityKey> listFor(AccountId account) {
        List<?> rows = em().createNativeQuery("SELECT id, name, added_at, last_used_at, signs_in_alone"
                        + " FROM security_key WHERE account_id = ?1 ORDER BY added_at, id")
                .setParameter(1, account.value())
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new SecurityKey(((Number) r[0]).longValue(), (String) r[1], Timestamps.fromColumn(r[2]),
                    Timestamps.fromColumn(r[3]), use(r[4]));
        }).toList();
    }

    @Override
    public boolean recordUse(long id, long expectedCount, long newCount, Instant at) {
        return em().createNativeQuery("UPDATE security_key SET sign_count = ?1, last_used_at = ?2"
                        + " WHERE id = ?3 AND sign_count = ?4")
                .setParameter(1, newCount)
                .setParameter(2, Timestamps.toColumn(at))
                .setParameter(3, id)
                .setParameter(4, expectedCount)
                .executeUpdate() == 1;
    }

    @Override
    public boolean delete(AccountId account, long id) {
        return em().createNativeQuery("DELETE FROM security_key WHERE id = ?1 AND account_id = ?2")
                .setParameter(1, id)
                .setParameter(2, account.value())
                .executeUpdate() == 1;
    }

    @Override
    public int deleteAll(AccountId account) {
        return em().createNativeQuery("DELETE FROM security_key WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }

    /** The column as the domain's use (a boolean on both databases; a number on drivers that map it so). */
    private static KeyUse use(Object signsInAlone) {
        boolean alone = signsInAlone instanceof Boolean b ? b
                : signsInAlone instanceof Number n && n.intValue() != 0;
        return alone ? KeyUse.SIGNS_IN_ALONE : KeyUse.AFTER_PASSWORD;
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
