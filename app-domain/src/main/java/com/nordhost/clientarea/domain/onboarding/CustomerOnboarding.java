package com.nordhost.clientarea.domain.onboarding;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The back-office's New customer and Resend invitation (SUPPORT and ADMIN alike; decision 0029).
 *
 * <p>{@link #create}: the details of My details under the same rules ({@link CustomerDetailsRules}), a customer
 * number from the database's sequence ({@code C} and its digits: unique, never reused), the chosen language, no
 * password ({@link Account#NO_PASSWORD}: nobody can sign in until the customer chooses one) and the invitation
 * mail, all in one transaction with the audit events CUSTOMER_CREATED and INVITATION_SENT. An address any other
 * customer has, in any letter case, is refused as {@link OnboardingOutcome.EmailTaken}; so is the loser of two
 * concurrent creations of one address (the database's unique constraint rolls its transaction back).
 *
 * <p>Call it outside any transaction of your own.
 */
public final class CustomerOnboarding {

    private final AccountRepository accounts;
    private final PasswordResetRequests links;
    private final InvitationMail invitations;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public CustomerOnboarding(AccountRepository accounts, PasswordResetRequests links, InvitationMail invitations,
                              AuditTrail audit, Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.links = Objects.requireNonNull(links);
        this.invitations = Objects.requireNonNull(invitations);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    public OnboardingOutcome create(AccountId agentId, NewCustomer details, Language language, RequestOrigin origin) {
        Objects.requireNonNull(details, "The details are required.");
        Optional<OnboardingOutcome.Invalid> invalid = invalid(details);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        CustomerDetails wanted = wanted(details);
        Language lang = language == null ? Language.DEFAULT : language;
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        try {
            return transactions.inTransaction(() -> {
                Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
                if (agent.isEmpty()) {
                    return new OnboardingOutcome.NotAllowed();
                }
                return createInTransaction(agent.get().email().value(), wanted, lang, from, null, Map.of());
            });
        } catch (EmailAddressTakenException e) {
            // Another creation (or address change) took the address between our check and the insert.
            return new OnboardingOutcome.EmailTaken();
        }
    }

    /**
     * The provisioning API's create (decision 0034), in the caller's transaction: the same details rules, customer
     * number and uniqueness as {@link #create}, audited with the token's name. With a password hash (already checked
     * against the password policy) the customer can sign in at once and gets no invitation; without one they are
     * invited like any new customer. Throws {@link EmailAddressTakenException} when a concurrent creation took the
     * address: the caller's transaction then rolls back and the caller answers "taken".
     */
    public OnboardingOutcome createFor(ApiCaller caller, NewCustomer details, Language language,
                                       String passwordHashOrNull, RequestOrigin origin) {
        Objects.requireNonNull(caller, "The API caller is required.");
        Objects.requireNonNull(details, "The details are required.");
        Optional<OnboardingOutcome.Invalid> invalid = invalid(details);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Language lang = language == null ? Language.DEFAULT : language;
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        return transactions.inTransaction(() -> createInTransaction(caller.actor(), wanted(details), lang, from,
                passwordHashOrNull, Map.of("by", "api", "password", passwordHashOrNull == null ? "invited" : "set")));
    }

    private static Optional<OnboardingOutcome.Invalid> invalid(NewCustomer details) {
        return CustomerDetailsRules.firstProblem(details.fullName(), details.email(), details.phone(),
                details.street(), details.postalCode(), details.city(), details.country())
                .map(i -> new OnboardingOutcome.Invalid(i.field(), i.reason()));
    }

    private static CustomerDetails wanted(NewCustomer details) {
        EmailAddress email = EmailAddress.of(details.email().strip());
        return CustomerDetailsRules.cleaned(new CustomerDetails(null, details.fullName(), email,
                details.phone(), details.street(), details.postalCode(), details.city(), details.country()));
    }

    private OnboardingOutcome createInTransaction(String actor, CustomerDetails wanted, Language language,
                                                  RequestOrigin origin, String passwordHash,
                                                  Map<String, String> extraDetails) {
        if (accounts.findByEmail(Realm.CUSTOMER, wanted.email()).isPresent()) {
            return new OnboardingOutcome.EmailTaken();
        }
        Account customer = accounts.create(Role.CUSTOMER, wanted.email(), wanted.fullName(),
                passwordHash == null ? Account.NO_PASSWORD : passwordHash, clock.instant());
        String customerNumber = "C" + accounts.nextCustomerNumber();
        accounts.saveCustomerDetails(customer.id(), new CustomerDetails(customerNumber, wanted.fullName(),
                wanted.email(), wanted.phone(), wanted.street(), wanted.postalCode(), wanted.city(),
                wanted.country()));
        accounts.changeLanguage(customer.id(), language);
        Map<String, String> auditDetails = new LinkedHashMap<>();
        auditDetails.put("customerNumber", customerNumber);
        auditDetails.put("language", language.tag());
        auditDetails.putAll(extraDetails);
        audit.record(AuditEventType.CUSTOMER_CREATED, customer.id(), actor, origin, auditDetails);
        if (passwordHash == null) {
            invitations.send(customer, AuditEventType.INVITATION_SENT, actor, origin, Map.of());
        }
        return new OnboardingOutcome.Created(customer.id(), customerNumber);
    }

    /** A new invitation for a customer who has not chosen a password yet; every earlier link stops working. */
    public ResendOutcome resendInvitation(AccountId agentId, AccountId customerId, RequestOrigin origin) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (agent.isEmpty() || customer.isEmpty() || !customer.get().active()) {
                return ResendOutcome.NOT_ALLOWED;
            }
            if (customer.get().hasPassword()) {
                return ResendOutcome.ALREADY_ACCEPTED;
            }
            links.spendAll(customerId, clock.instant());
            invitations.send(customer.get(), AuditEventType.INVITATION_RESENT, agent.get().email().value(), from,
                    Map.of("by", "agent"));
            return ResendOutcome.SENT;
        });
    }

    /**
     * The customer's latest invitation, for the customer page; empty when the customer was never invited (created
     * before invitations existed) or the caller is no active agent.
     */
    public Optional<InvitationStatus> invitation(AccountId agentId, AccountId customerId) {
        return transactions.inTransaction(() -> {
            if (StaffAction.activeStaff(accounts, agentId).isEmpty()) {
                return Optional.empty();
            }
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (customer.isEmpty()) {
                return Optional.empty();
            }
            boolean accepted = customer.get().hasPassword();
            return links.latestInvitation(customerId).map(i -> new InvitationStatus(i.sentAt(), i.expiresAt(),
                    accepted, !accepted && !clock.instant().isBefore(i.expiresAt())));
        });
    }
}
