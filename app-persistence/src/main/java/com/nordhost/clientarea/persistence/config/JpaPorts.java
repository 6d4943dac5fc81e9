package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.persistence.apitokens.JpaApiTokens;
import com.nordhost.clientarea.persistence.provisioning.JpaProvisionedCustomers;
import com.nordhost.clientarea.domain.DomainPorts;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.audit.JpaAuditLog;
import com.nordhost.clientarea.persistence.audit.JpaAuditSearch;
import com.nordhost.clientarea.persistence.customers.JpaCustomerDirectory;
import com.nordhost.clientarea.persistence.jpa.EntityManagers;
import com.nordhost.clientarea.persistence.mail.MailOutbox;
import com.nordhost.clientarea.persistence.protect.JpaOwnerFlags;
import com.nordhost.clientarea.persistence.protect.JpaProtectLinks;
import com.nordhost.clientarea.persistence.recovery.JpaPasswordResetRequests;
import com.nordhost.clientarea.persistence.recovery.JpaRecoveryRequests;
import com.nordhost.clientarea.persistence.remembered.JpaRememberedBrowsers;
import com.nordhost.clientarea.persistence.signin.JpaSignIns;
import com.nordhost.clientarea.persistence.securitykey.JpaSecurityKeys;
import com.nordhost.clientarea.persistence.securitykey.JpaWebAuthnChallenges;
import com.nordhost.clientarea.persistence.staff.JpaStaffDirectory;
import com.nordhost.clientarea.persistence.throttle.JpaUnknownAddressCounters;
import com.nordhost.clientarea.persistence.twofactor.JpaAuthenticatorApps;
import com.nordhost.clientarea.persistence.twofactor.JpaTwoFactorRepository;
import com.nordhost.clientarea.persistence.twofactor.JpaTwoFactorRequirements;

/**
 * Every JPA repository as the domain's ports: the one list, shared by the server's producer (container-managed
 * entity managers, JTA), the persistence tests and the load driver's provisioner (resource-local). A new port is
 * added here once.
 */
public final class JpaPorts {

    private JpaPorts() {
    }

    public static DomainPorts over(EntityManagers entityManagers, Transactions transactions) {
        return new DomainPorts(new JpaAccountRepository(entityManagers), new JpaTwoFactorRepository(entityManagers),
                new JpaAuditLog(entityManagers), new JpaAuditSearch(entityManagers),
                new JpaCustomerDirectory(entityManagers), new JpaStaffDirectory(entityManagers),
                new MailOutbox(entityManagers), new JpaPasswordResetRequests(entityManagers), transactions,
                new JpaUnknownAddressCounters(entityManagers), new JpaRecoveryRequests(entityManagers),
                new JpaRememberedBrowsers(entityManagers), new JpaAuthenticatorApps(entityManagers),
                new JpaSecurityKeys(entityManagers), new JpaWebAuthnChallenges(entityManagers),
                new JpaApiTokens(entityManagers), new JpaProvisionedCustomers(entityManagers),
                new JpaProtectLinks(entityManagers), new JpaOwnerFlags(entityManagers),
                new JpaSignIns(entityManagers), new JpaTwoFactorRequirements(entityManagers));
    }
}
