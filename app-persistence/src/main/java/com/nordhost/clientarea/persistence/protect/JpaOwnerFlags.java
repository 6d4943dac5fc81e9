package com.nordhost.clientarea.persistence.protect;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.protect.FlaggedCustomer;
import com.nordhost.clientarea.domain.protect.OwnerFlag;
import com.nordhost.clientarea.domain.protect.OwnerFlags;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code owner_flag} table (V20, decision 0042), by SQL alone, in the caller's transaction. {@link #raise} updates
 * an open flag or inserts one; the caller has locked the account row (the session epoch's UPDATE), so two presses for
 * one account never both insert.
 */
public class JpaOwnerFlags implements OwnerFlags {

    private final EntityManagers entityManagers;

    public JpaOwnerFlags(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "EntityManagers are required.");
    }

    @Override
    public void raise(AccountId account, Instant now) {
        int updated = em().createNativeQuery("UPDATE owner_flag SET last_raised_at = ?1, presses = presses + 1"
                        + " WHERE account_id = ?2")
                .setParameter(1, Timestamps.toColumn(now))
                .setParameter(2, account.value())
                .executeUpdate();
        if (updated == 0) {
            em().createNativeQuery("INSERT INTO owner_flag (account_id, raised_at, last_raised_at, presses)"
                            + " VALUES (?, ?, ?, 1)")
                    .setParameter(1, account.value())
                    .setParameter(2, Timestamps.toColumn(now))
                    .setParameter(3, Timestamps.toColumn(now))
                    .executeUpdate();
        }
    }

    @Override
    public Optional<OwnerFlag> find(AccountId account) {
        List<?> rows = em().createNativeQuery(
                        "SELECT raised_at, last_raised_at, presses FROM owner_flag WHERE account_id = ?1")
                .setParameter(1, account.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new OwnerFlag(account, Timestamps.fromColumn(r[0]), Timestamps.fromColumn(r[1]),
                ((Number) r[2]).intValue()));
    }

    @Override
    public boolean close(AccountId account) {
        return em().createNativeQuery("DELETE FROM owner_flag WHERE account_id = ?1")
                .setParameter(1, account.value())
                .executeUpdate() == 1;
    }

    @Override
    public List<FlaggedCustomer> listOpen(int limit) {
        List<?> rows = em().createNativeQuery("SELECT a.id, d.customer_number, a.full_name, a.email_normalized,"
                        + " f.raised_at FROM owner_flag f JOIN account a ON a.id = f.account_id"
                        + " LEFT JOIN customer_details d ON d.account_id = a.id"
                        + " ORDER BY f.raised_at, f.account_id")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new FlaggedCustomer(new AccountId(((Number) r[0]).longValue()), (String) r[1], (String) r[2],
                    EmailAddress.of((String) r[3]), Timestamps.fromColumn(r[4]));
        }).toList();
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
