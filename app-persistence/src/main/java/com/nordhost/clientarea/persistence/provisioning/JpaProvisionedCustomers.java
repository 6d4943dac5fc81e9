package com.nordhost.clientarea.persistence.provisioning;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomer;
import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomers;
import com.nordhost.clientarea.domain.provisioning.ProvisioningFilter;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.jpa.Timestamps;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProvisionedCustomers} over {@code account} joined with {@code customer_details} (native SQL: the language
 * and external id columns are not on the entities). Customers without a details row have no number and are not
 * listed. The address filter uses {@code email_normalized} (unique per realm), the external id its index (V15).
 */
public class JpaProvisionedCustomers implements ProvisionedCustomers {

    private static final String SELECT = "SELECT a.id, d.customer_number, a.full_name, a.email_normalized, a.active,"
            + " a.language, d.external_id, a.created_at FROM account a JOIN customer_details d ON d.account_id = a.id"
            + " WHERE a.realm = 'CUSTOMER' AND a.erased_at IS NULL";

    private final EntityManagers entityManagers;

    public JpaProvisionedCustomers(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "Entity managers are required.");
    }

    @Override
    public Optional<ProvisionedCustomer> findByNumber(String customerNumber) {
        List<?> rows = query(SELECT + " AND d.customer_number = ?", customerNumber).getResultList();
        return rows.stream().findFirst().map(r -> customer((Object[]) r));
    }

    @Override
    public List<ProvisionedCustomer> find(ProvisioningFilter filter, int offset, int limit) {
        // Customer numbers are C and digits of growing length: ordered by id they come in creation order.
        Query q = filter == null ? query(SELECT + " ORDER BY a.id") : query(SELECT + where(filter) + " ORDER BY a.id",
                filter.value());
        List<?> rows = q.setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> customer((Object[]) r)).toList();
    }

    @Override
    public long count(ProvisioningFilter filter) {
        String sql = "SELECT COUNT(*) FROM account a JOIN customer_details d ON d.account_id = a.id"
                + " WHERE a.realm = 'CUSTOMER' AND a.erased_at IS NULL";
        Query q = filter == null ? query(sql) : query(sql + where(filter), filter.value());
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public void setExternalId(AccountId customer, String externalId) {
        em().createNativeQuery("UPDATE customer_details SET external_id = ? WHERE account_id = ?")
                .setParameter(1, externalId)
                .setParameter(2, customer.value())
                .executeUpdate();
    }

    private static String where(ProvisioningFilter filter) {
        return switch (filter.attribute()) {
            case EMAIL -> " AND a.email_normalized = ?";
            case EXTERNAL_ID -> " AND d.external_id = ?";
        };
    }

    private Query query(String sql, Object... parameters) {
        EntityManager em = em();
        // Changes this transaction made through the entities (a new name, a new address) are read back as written.
        em.flush();
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q;
    }

    private static ProvisionedCustomer customer(Object[] row) {
        return new ProvisionedCustomer(new AccountId(((Number) row[0]).longValue()), (String) row[1],
                (String) row[2], EmailAddress.stored((String) row[3]), Boolean.TRUE.equals(row[4]),
                Language.fromTag((String) row[5]).orElse(Language.DEFAULT), (String) row[6],
                Timestamps.fromColumn(row[7]));
    }

    private EntityManager em() {
        return entityManagers.current();
    }
}
