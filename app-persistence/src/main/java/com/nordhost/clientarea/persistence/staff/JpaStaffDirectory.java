package com.nordhost.clientarea.persistence.staff;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.staff.StaffDirectory;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import java.util.List;
import java.util.Objects;

/** {@link StaffDirectory} over {@code account} rows of the STAFF realm. */
public class JpaStaffDirectory implements StaffDirectory {

    /** A safety bound: staff lists are small. */
    static final int MAX_STAFF = 1000;

    private final EntityManagers entityManagers;

    public JpaStaffDirectory(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public List<Account> listStaff() {
        List<?> rows = entityManagers.current().createNativeQuery("SELECT id, role, email_normalized, full_name, active,"
                        + " created_at FROM account WHERE realm = 'STAFF' ORDER BY active DESC, email_normalized, id"
                        + " LIMIT " + MAX_STAFF)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            // The password hash stays in the database: the list never needs it.
            return new Account(new AccountId(((Number) r[0]).longValue()), Role.valueOf((String) r[1]),
                    EmailAddress.stored((String) r[2]), (String) r[3], "", Boolean.TRUE.equals(r[4]),
                    Timestamps.fromColumn(r[5]));
        }).toList();
    }

    @Override
    public boolean deactivate(AccountId agent) {
        Objects.requireNonNull(agent, "An agent is required.");
        return entityManagers.current().createNativeQuery("UPDATE account SET active = FALSE, version = version + 1"
                        + " WHERE id = ? AND realm = 'STAFF' AND active = TRUE")
                .setParameter(1, agent.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean reactivate(AccountId agent) {
        Objects.requireNonNull(agent, "An agent is required.");
        return entityManagers.current().createNativeQuery("UPDATE account SET active = TRUE, version = version + 1"
                        + " WHERE id = ? AND realm = 'STAFF' AND active = FALSE")
                .setParameter(1, agent.value())
                .executeUpdate() == 1;
    }

}
