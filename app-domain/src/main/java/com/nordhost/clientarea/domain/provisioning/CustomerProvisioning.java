package com.nordhost.clientarea.domain.provisioning;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.lifecycle.CustomerDeactivation;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.onboarding.CustomerOnboarding;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.recovery.MailedLinks;
import com.nordhost.clientarea.domain.shared.PlainText;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The provisioning API's use case (decision 0034). Creating goes through {@link CustomerOnboarding} (its details
 * rules, customer number, uniqueness and invitation), {@code active} through {@link CustomerDeactivation}; name,
 * e-mail address, language and external id change under the rules of My details, an address change telling the
 * old and the new address and spending the links mailed to the old one, as My details does. A password, when
 * given, must pass the password policy; it is stored as the product's Argon2id and ends the customer's sessions.
 * Each request is one transaction; every change is audited with the API token's name as actor.
 *
 * <p>Call it outside any transaction of your own (a concurrent creation of the same address rolls back).
 */
public final class CustomerProvisioning {

    public static final int MAX_EXTERNAL_ID_LENGTH = 255;
    public static final int MAX_PAGE_SIZE = 200;

    private final AccountRepository accounts;
    private final ProvisionedCustomers customers;
    private final CustomerOnboarding onboarding;
    private final CustomerDeactivation deactivation;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final MailedLinks mailedLinks;
    private final SecurityNotices notices;
    private final AuditTrail audit;
    private final Transactions transactions;

    public CustomerProvisioning(AccountRepository accounts, ProvisionedCustomers customers,
                                CustomerOnboarding onboarding, CustomerDeactivation deactivation,
                                PasswordHasher hasher, PasswordPolicy policy, MailedLinks mailedLinks,
                                SecurityNotices notices, AuditTrail audit, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.customers = Objects.requireNonNull(customers);
        this.onboarding = Objects.requireNonNull(onboarding);
        this.deactivation = Objects.requireNonNull(deactivation);
        this.hasher = Objects.requireNonNull(hasher);
        this.policy = Objects.requireNonNull(policy);
        this.mailedLinks = Objects.requireNonNull(mailedLinks);
        this.notices = Objects.requireNonNull(notices);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** A new customer: with a password they can sign in at once, without one they get the invitation mail. */
    public ProvisioningOutcome create(ApiCaller caller, ProvisioningRequest request, RequestOrigin origin) {
        Objects.requireNonNull(caller, "The API caller is required.");
        Optional<ProvisioningOutcome> refused = refusedExternalIdOrPassword(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String hash = request.password() == null ? null : hasher.hash(request.password());
        String externalId = cleanedExternalId(request.externalId());
        try {
            return transactions.inTransaction(() -> {
                OnboardingOutcome outcome = onboarding.createFor(caller, new NewCustomer(request.fullName(),
                        request.email(), null, null, null, null, null), request.language(), hash, origin);
                if (outcome instanceof OnboardingOutcome.Invalid invalid) {
                    return new ProvisioningOutcome.Invalid(invalid.field(), reason(invalid.reason()));
                }
                if (!(outcome instanceof OnboardingOutcome.Created created)) {
                    return new ProvisioningOutcome.EmailTaken();
                }
                if (externalId != null) {
                    customers.setExternalId(created.account(), externalId);
                }
                if (Boolean.FALSE.equals(request.active())) {
                    deactivation.deactivate(caller, created.account(), origin);
                }
                return new ProvisioningOutcome.Done(customers.findByNumber(created.customerNumber()).orElseThrow());
            });
        } catch (EmailAddressTakenException e) {
            // A concurrent creation took the address between the check and the insert (unique constraint).
            return new ProvisioningOutcome.EmailTaken();
        }
    }

    public Optional<ProvisionedCustomer> find(ApiCaller caller, String customerNumber) {
        Objects.requireNonNull(caller, "The API caller is required.");
        if (customerNumber == null || customerNumber.isBlank()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> customers.findByNumber(customerNumber));
    }

    /**
     * A page of the customers matching {@code filter} (all when null); {@code startIndex} from 1, {@code count} at
     * most {@link #MAX_PAGE_SIZE} (0: only the total). An address that is no address matches nobody.
     */
    public ProvisionedPage list(ApiCaller caller, ProvisioningFilter filter, int startIndex, int count) {
        Objects.requireNonNull(caller, "The API caller is required.");
        int start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(MAX_PAGE_SIZE, count));
        ProvisioningFilter normalized = filter;
        if (filter != null && filter.attribute() == ProvisioningFilter.Attribute.EMAIL) {
            Optional<EmailAddress> address = EmailAddress.parse(filter.value());
            if (address.isEmpty()) {
                return new ProvisionedPage(List.of(), 0, start);
            }
            normalized = new ProvisioningFilter(filter.attribute(), address.get().value());
        }
        ProvisioningFilter f = normalized;
        return transactions.inTransaction(() -> new ProvisionedPage(
                size == 0 ? List.of() : customers.find(f, start - 1, size), customers.count(f), start));
    }

    /**
     * Replaces what the API manages of the customer: name, address, language, external id, active and (when given)
     * the password. {@code expectedVersion} (If-Match; null: any) must be the current {@link
     * ProvisionedCustomer#version()}.
     */
    public ProvisioningOutcome replace(ApiCaller caller, String customerNumber, String expectedVersion,
                                       ProvisioningRequest request, RequestOrigin origin) {
        Objects.requireNonNull(caller, "The API caller is required.");
        Optional<ProvisioningOutcome> refused = refusedExternalIdOrPassword(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<CustomerDetailsOutcome.Invalid> invalid = CustomerDetailsRules.firstProblem(request.fullName(),
                request.email(), null, null, null, null, null);
        if (invalid.isPresent()) {
            return new ProvisioningOutcome.Invalid(invalid.get().field(), reason(invalid.get().reason()));
        }
        String hash = request.password() == null ? null : hasher.hash(request.password());
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        try {
            return transactions.inTransaction(() -> replaceInTransaction(caller, customerNumber, expectedVersion,
                    request, hash, from));
        } catch (EmailAddressTakenException e) {
            return new ProvisioningOutcome.EmailTaken();
        }
    }

    private ProvisioningOutcome replaceInTransaction(ApiCaller caller, String customerNumber, String expectedVersion,
                                                     ProvisioningRequest request, String passwordHash,
                                                     RequestOrigin origin) {
        Optional<ProvisionedCustomer> found = customerNumber == null ? Optional.empty()
                : customers.findByNumber(customerNumber);
        if (found.isEmpty()) {
            return new ProvisioningOutcome.NotFound();
        }
        ProvisionedCustomer current = found.get();
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            return new ProvisioningOutcome.VersionMismatch(current.version());
        }
        Account account = accounts.findById(current.accountId()).orElseThrow();
        EmailAddress newEmail = EmailAddress.of(request.email().strip());
        String newName = request.fullName().strip();
        boolean emailChanges = !newEmail.equals(account.email());
        if (emailChanges && accounts.findByEmail(Realm.CUSTOMER, newEmail)
                .filter(a -> !a.id().equals(account.id())).isPresent()) {
            return new ProvisioningOutcome.EmailTaken();
        }
        List<String> changed = new ArrayList<>();
        if (emailChanges || !newName.equals(current.fullName())) {
            CustomerDetails stored = accounts.findCustomerDetails(account.id()).orElseThrow();
            accounts.saveCustomerDetails(account.id(), new CustomerDetails(stored.customerNumber(), newName, newEmail,
                    stored.phone(), stored.street(), stored.postalCode(), stored.city(), stored.country()));
            if (!newName.equals(current.fullName())) {
                changed.add("fullName");
            }
            if (emailChanges) {
                changed.add("email");
            }
        }
        if (request.language() != null && request.language() != current.language()) {
            accounts.changeLanguage(account.id(), request.language());
            changed.add("language");
        }
        String externalId = cleanedExternalId(request.externalId());
        if (!Objects.equals(externalId, current.externalId())) {
            customers.setExternalId(account.id(), externalId);
            changed.add("externalId");
        }
        if (emailChanges) {
            accounts.changeEmail(account.id(), newEmail);
            mailedLinks.spendAll(account.id(), caller.actor(), origin, "e-mail address changed");
        }
        if (!changed.isEmpty()) {
            audit.record(AuditEventType.CUSTOMER_DETAILS_CHANGED, account.id(), caller.actor(), origin,
                    Map.of("fields", String.join(",", changed), "by", "api"));
        }
        Account renamed = new Account(account.id(), account.role(), newEmail, newName, account.passwordHash(),
                account.active(), account.createdAt());
        if (emailChanges) {
            Map<String, String> addresses = Map.of("oldEmail", account.email().value(), "newEmail", newEmail.value());
            audit.record(AuditEventType.EMAIL_CHANGED, account.id(), caller.actor(), origin, addresses);
            // Both addresses are told, as when the customer changes it: a wrong change does not pass unnoticed.
            notices.sendTo(account.email(), renamed, SecurityNotice.EMAIL_CHANGED, origin, addresses);
            notices.sendTo(newEmail, renamed, SecurityNotice.EMAIL_CHANGED, origin, addresses);
        }
        if (passwordHash != null) {
            accounts.updatePasswordHash(account.id(), passwordHash);
            // Whoever knew the old password is signed out, as after a password change.
            accounts.advanceSessionEpoch(account.id());
            audit.record(AuditEventType.PASSWORD_SET_BY_API, account.id(), caller.actor(), origin, Map.of());
            notices.send(renamed, SecurityNotice.PASSWORD_CHANGED, null);
        }
        if (request.active() != null && request.active() != current.active()) {
            if (request.active()) {
                deactivation.reactivate(caller, account.id(), origin);
            } else {
                deactivation.deactivate(caller, account.id(), origin);
            }
        }
        return new ProvisioningOutcome.Done(customers.findByNumber(customerNumber).orElseThrow());
    }

    private Optional<ProvisioningOutcome> refusedExternalIdOrPassword(ProvisioningRequest request) {
        Objects.requireNonNull(request, "The request is required.");
        String externalId = cleanedExternalId(request.externalId());
        if (externalId != null && (externalId.codePointCount(0, externalId.length()) > MAX_EXTERNAL_ID_LENGTH)) {
            return Optional.of(new ProvisioningOutcome.Invalid("externalId", "TOO_LONG"));
        }
        if (externalId != null && PlainText.hasControlCharacters(externalId, false)) {
            return Optional.of(new ProvisioningOutcome.Invalid("externalId", "CONTROL_CHARACTERS"));
        }
        if (request.password() != null) {
            List<PasswordProblem> problems = policy.problemsWith(request.password());
            if (!problems.isEmpty()) {
                return Optional.of(new ProvisioningOutcome.PasswordRefused(problems));
            }
        }
        return Optional.empty();
    }

    private static String cleanedExternalId(String externalId) {
        return externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    private static String reason(CustomerDetailsOutcome.Reason reason) {
        return reason.name();
    }
}
