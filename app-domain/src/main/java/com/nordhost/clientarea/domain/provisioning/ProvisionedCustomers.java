package com.nordhost.clientarea.domain.provisioning;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.Port;
import java.util.List;
import java.util.Optional;

/**
 * Port: customers with a customer number, as the provisioning API lists them (account and customer details), and
 * the external id a billing system keeps for each.
 */
@Port
public interface ProvisionedCustomers {

    Optional<ProvisionedCustomer> findByNumber(String customerNumber);

    /** Matches of {@code filter} (every customer when null) in customer-number order, from {@code offset}. */
    List<ProvisionedCustomer> find(ProvisioningFilter filter, int offset, int limit);

    long count(ProvisioningFilter filter);

    /** Sets (null: clears) the customer's external id. */
    void setExternalId(AccountId customer, String externalId);
}
