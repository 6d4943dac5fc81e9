package com.nordhost.clientarea.domain;

import com.nordhost.clientarea.domain.apitokens.ApiTokenRepository;
import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomers;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.audit.AuditSearch;
import com.nordhost.clientarea.domain.customers.CustomerDirectory;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.notification.ProtectLinks;
import com.nordhost.clientarea.domain.protect.OwnerFlags;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserRepository;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRepository;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.signin.SignInRepository;
import com.nordhost.clientarea.domain.staff.StaffDirectory;
import com.nordhost.clientarea.domain.throttle.UnknownAddressCounters;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepository;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirements;

import java.util.Objects;

/**
 * Everything the domain needs from storage, in one value: the server passes its JPA repositories, tests pass
 * a test database's or in-memory ones. A record rather than fifteen parameters, so that adding a port changes
 * one constructor call per assembly, not every caller's argument order.
 */
public record DomainPorts(AccountRepository accounts, TwoFactorRepository twoFactor, AuditLog auditLog,
                          AuditSearch auditSearch, CustomerDirectory customers, StaffDirectory staff, Outbox outbox,
                          PasswordResetRequests passwordResets, Transactions transactions,
                          UnknownAddressCounters unknownAddresses, RecoveryRequests recoveryRequests,
                          RememberedBrowserRepository rememberedBrowsers,
                          AuthenticatorAppRepository authenticatorApps, SecurityKeyRepository securityKeys,
                          WebAuthnChallenges webAuthnChallenges, ApiTokenRepository apiTokens,
                          ProvisionedCustomers provisionedCustomers, ProtectLinks protectLinks, OwnerFlags ownerFlags,
                          SignInRepository signIns, TwoFactorRequirements twoFactorRequirements) {

    public DomainPorts {
        Objects.requireNonNull(accounts, "The account repository is required.");
        Objects.requireNonNull(twoFactor, "The two-factor repository is required.");
        Objects.requireNonNull(auditLog, "The audit log is required.");
        Objects.requireNonNull(auditSearch, "The audit search is required.");
        Objects.requireNonNull(customers, "The customer directory is required.");
        Objects.requireNonNull(staff, "The staff directory is required.");
        Objects.requireNonNull(outbox, "The outbox is required.");
        Objects.requireNonNull(passwordResets, "The password reset requests are required.");
        Objects.requireNonNull(transactions, "Transactions are required.");
        Objects.requireNonNull(unknownAddresses, "The unknown-address counters are required.");
        Objects.requireNonNull(recoveryRequests, "The recovery requests are required.");
        Objects.requireNonNull(rememberedBrowsers, "The remembered browsers are required.");
        Objects.requireNonNull(authenticatorApps, "The authenticator apps are required.");
        Objects.requireNonNull(securityKeys, "The security keys are required.");
        Objects.requireNonNull(webAuthnChallenges, "The WebAuthn challenges are required.");
        Objects.requireNonNull(apiTokens, "The API tokens are required.");
        Objects.requireNonNull(provisionedCustomers, "The provisioned customers are required.");
        Objects.requireNonNull(protectLinks, "The protect links are required.");
        Objects.requireNonNull(ownerFlags, "The owner flags are required.");
        Objects.requireNonNull(signIns, "The sign-ins are required.");
        Objects.requireNonNull(twoFactorRequirements, "The two-factor requirements are required.");
    }

    /** The same ports with another account repository (a test's instrumented one). */
    public DomainPorts withAccounts(AccountRepository replacement) {
        return new DomainPorts(replacement, twoFactor, auditLog, auditSearch, customers, staff, outbox, passwordResets,
                transactions, unknownAddresses, recoveryRequests, rememberedBrowsers, authenticatorApps, securityKeys,
                webAuthnChallenges, apiTokens, provisionedCustomers, protectLinks, ownerFlags, signIns,
                twoFactorRequirements);
    }

    /** The same ports with another two-factor repository (a test's instrumented one). */
    public DomainPorts withTwoFactor(TwoFactorRepository replacement) {
        return new DomainPorts(accounts, replacement, auditLog, auditSearch, customers, staff, outbox, passwordResets,
                transactions, unknownAddresses, recoveryRequests, rememberedBrowsers, authenticatorApps, securityKeys,
                webAuthnChallenges, apiTokens, provisionedCustomers, protectLinks, ownerFlags, signIns,
                twoFactorRequirements);
    }
}
