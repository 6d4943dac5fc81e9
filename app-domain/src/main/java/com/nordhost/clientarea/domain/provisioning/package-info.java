/**
 * Provisioning customers from a billing system or an identity tool over the SCIM API (decision 0034):
 * {@code CustomerProvisioning} creates through {@code onboarding.CustomerOnboarding}, deactivates and reactivates
 * through {@code lifecycle.CustomerDeactivation}, and changes name, e-mail address, language, external id and password
 * under the rules of My details and the password policy, every change audited with the API token's name. The
 * {@code ProvisionedCustomers} port reads customers by number, address and external id, a page at a time. The
 * protocol itself (JSON, SCIM attributes, error bodies) is the back-office WAR's.
 */
package com.nordhost.clientarea.domain.provisioning;
