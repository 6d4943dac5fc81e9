package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.RequirementRecord;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirements;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code two_factor_requirement} table (V22, decision 0046), by SQL alone, in the caller's transaction. Every
 * change first locks the account's row ({@code SELECT ... FOR UPDATE}, as the password throttle does), so two changes
 * of one account run one after the other: the row is inserted once, and of two agents requiring it at once one gets
 * {@code false}.
 */
public class JpaTwoFactorRequirements implements TwoFactorRequirements {

    private final EntityManagers entityManagers;

    public JpaTwoFactorRequirements(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public Optional<RequirementRecord> find(AccountId account) {
        List<?> rows = em().createNativeQuery("SELECT setting_reached_at, support_required_at, support_ticket,"
                        + " ended_while_required_at FROM two_factor_requirement WHERE account_id = ?1")
                .setParameter(1, account.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new RequirementRecord(Timestamps.fromColumn(r[0]), Timestamps.fromColumn(r[1]),
                (String) r[2], Timestamps.fromColumn(r[3])));
    }

    @Override
    public void settingReached(AccountId account, Instant at) {
        lockedRow(account);
        em().createNativeQuery("UPDATE two_factor_requirement SET setting_reached_at = ?1"
                        + " WHERE account_id = ?2 AND setting_reached_at IS NULL")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, account.value())
                .executeUpdate();
    }

    @Override
    public boolean requireBySupport(AccountId account, Instant at, String ticket) {
        lockedRow(account);
        return em().createNativeQuery("UPDATE two_factor_requirement SET support_required_at = ?1,"
                        + " support_ticket = ?2 WHERE account_id = ?3 AND support_required_at IS NULL")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, Timestamps.fit(ticket, 64))
                .setParameter(3, account.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean liftBySupport(AccountId account) {
        lockedRow(account);
        return em().createNativeQuery("UPDATE two_factor_requirement SET support_required_at = NULL,"
                        + " support_ticket = NULL WHERE account_id = ?1 AND support_required_at IS NOT NULL")
                .setParameter(1, account.value())
                .executeUpdate() == 1;
    }

    @Override
    public void secondFactorEnded(AccountId account, Instant at) {
        lockedRow(account);
        em().createNativeQuery("UPDATE two_factor_requirement SET ended_while_required_at = ?1 WHERE account_id = ?2")
                .setParameter(1, Timestamps.toColumn(at))
                .setParameter(2, account.value())
                .executeUpdate();
    }

    /** Locks the account, then makes sure its row exists (only one transaction at a time gets here per account). */
    private void lockedRow(AccountId account) {
        List<?> locked = em().createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, account.value())
                .getResultList();
        if (locked.isEmpty()) {
            throw new IllegalArgumentException("No account " + account);
        }
        boolean exists = !em().createNativeQuery("SELECT account_id FROM two_factor_requirement WHERE account_id = ?1")
                .setParameter(1, account.value())
                .getResultList().isEmpty();
        if (!exists) {
            em().createNativeQuery("INSERT INTO two_factor_requirement (account_id) VALUES (?1)")
                    .setParameter(1, account.value())
                    .executeUpdate();
        }
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
