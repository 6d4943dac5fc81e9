package com.nordhost.clientarea.persistence.securitykey;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code webauthn_challenge} table (migration V12): a challenge passes once, through a conditional delete, on
 * whichever node finishes the ceremony. Every method runs in the caller's transaction.
 */
public class JpaWebAuthnChallenges implements WebAuthnChallenges {

    private final EntityManagers entityManagers;

    public JpaWebAuthnChallenges(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public void issue(AccountId account, Purpose purpose, String challengeHash, Instant issuedAt, Instant expiresAt) {
        em().createNativeQuery("DELETE FROM webauthn_challenge WHERE expires_at <= ?1"
                        + " OR (account_id = ?2 AND purpose = ?3)")
                .setParameter(1, Timestamps.toColumn(issuedAt))
                .setParameter(2, account.value())
                .setParameter(3, purpose.name())
                .executeUpdate();
        em().createNativeQuery("INSERT INTO webauthn_challenge (account_id, purpose, challenge_hash, issued_at,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, account.value())
                .setParameter(2, purpose.name())
                .setParameter(3, challengeHash)
                .setParameter(4, Timestamps.toColumn(issuedAt))
                .setParameter(5, Timestamps.toColumn(expiresAt))
                .executeUpdate();
    }

    @Override
    public boolean consume(AccountId account, Purpose purpose, String challengeHash, Instant now) {
        return em().createNativeQuery("DELETE FROM webauthn_challenge WHERE account_id = ?1 AND purpose = ?2"
                        + " AND challenge_hash = ?3 AND expires_at > ?4")
                .setParameter(1, account.value())
                .setParameter(2, purpose.name())
                .setParameter(3, challengeHash)
                .setParameter(4, Timestamps.toColumn(now))
                .executeUpdate() == 1;
    }

    @Override
    public void deleteAll(AccountId account) {
        em().createNativeQuery("DELETE FROM webauthn_challenge WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
