package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpAlgorithm;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApp;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepository;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The {@code authenticator_app} table (migration V11), by SQL alone, in the caller's transaction. The replay guard
 * and key rotation are conditional UPDATEs whose row count is the answer, as in {@link JpaTwoFactorRepository}.
 */
public class JpaAuthenticatorApps implements AuthenticatorAppRepository {

    private final EntityManagers entityManagers;

    public JpaAuthenticatorApps(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public List<AuthenticatorApp> list(AccountId accountId) {
        List<?> rows = em().createNativeQuery("SELECT id, name, secret_key_id, secret_ciphertext, algorithm, digits,"
                        + " period_seconds, last_accepted_step, added_at, last_used_at FROM authenticator_app"
                        + " WHERE account_id = ?1 ORDER BY added_at, id")
                .setParameter(1, accountId.value())
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new AuthenticatorApp(((Number) r[0]).longValue(), accountId, (String) r[1],
                    new EncryptedSecret((String) r[2], (byte[]) r[3]),
                    new TotpParameters(TotpAlgorithm.valueOf((String) r[4]), ((Number) r[5]).intValue(),
                            ((Number) r[6]).intValue()),
                    r[7] == null ? null : ((Number) r[7]).longValue(),
                    Timestamps.fromColumn(r[8]), Timestamps.fromColumn(r[9]));
        }).toList();
    }

    @Override
    public long add(AccountId accountId, String name, EncryptedSecret secret, TotpParameters parameters,
                    long acceptedStep, Instant now) {
        Objects.requireNonNull(secret, "The secret is required.");
        em().createNativeQuery("INSERT INTO authenticator_app (account_id, name, secret_key_id, secret_ciphertext,"
                        + " algorithm, digits, period_seconds, last_accepted_step, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, accountId.value())
                .setParameter(2, name)
                .setParameter(3, secret.keyId())
                .setParameter(4, secret.ciphertext())
                .setParameter(5, parameters.algorithm().name())
                .setParameter(6, parameters.digits())
                .setParameter(7, parameters.periodSeconds())
                .setParameter(8, acceptedStep)
                .setParameter(9, Timestamps.toColumn(now))
                .executeUpdate();
        // Each ciphertext has its own random nonce (AES-GCM): it finds the row just written on either database.
        Object id = em().createNativeQuery("SELECT id FROM authenticator_app WHERE account_id = ?1"
                        + " AND secret_ciphertext = ?2")
                .setParameter(1, accountId.value())
                .setParameter(2, secret.ciphertext())
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public boolean acceptStep(long appId, long step, Instant now) {
        return em().createNativeQuery("UPDATE authenticator_app SET last_accepted_step = ?1, last_used_at = ?2"
                        + " WHERE id = ?3 AND (last_accepted_step IS NULL OR last_accepted_step < ?1)")
                .setParameter(1, step)
                .setParameter(2, Timestamps.toColumn(now))
                .setParameter(3, appId)
                .executeUpdate() == 1;
    }

    /** Conditional on the key id and ciphertext both still being the old ones: another node's rotation wins. */
    @Override
    public boolean replaceSecret(long appId, EncryptedSecret expectedOld, EncryptedSecret replacement) {
        return em().createNativeQuery("UPDATE authenticator_app SET secret_key_id = ?1, secret_ciphertext = ?2"
                        + " WHERE id = ?3 AND secret_key_id = ?4 AND secret_ciphertext = ?5")
                .setParameter(1, replacement.keyId())
                .setParameter(2, replacement.ciphertext())
                .setParameter(3, appId)
                .setParameter(4, expectedOld.keyId())
                .setParameter(5, expectedOld.ciphertext())
                .executeUpdate() == 1;
    }

    @Override
    public boolean delete(AccountId accountId, long appId) {
        return em().createNativeQuery("DELETE FROM authenticator_app WHERE id = ?1 AND account_id = ?2")
                .setParameter(1, appId)
                .setParameter(2, accountId.value())
                .executeUpdate() == 1;
    }

    @Override
    public int deleteAll(AccountId accountId) {
        return em().createNativeQuery("DELETE FROM authenticator_app WHERE account_id = ?1")
                .setParameter(1, accountId.value())
                .executeUpdate();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
