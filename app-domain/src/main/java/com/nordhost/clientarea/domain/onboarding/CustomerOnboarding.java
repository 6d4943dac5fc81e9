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
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import java.time.Clock;
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
        Optional<CustomerDetailsOutcome.Invalid> invalid = CustomerDetailsRules.firstProblem(details.fullName(),
                details.email(), details.phone(), details.street(), details.postalCode(), details.city(),
                details.country());
        if (invalid.isPresent()) {
            return new OnboardingOutcome.Invalid(invalid.get().field(), invalid.get().reason());
        }
        EmailAddress email = EmailAddress.of(details.email().strip());
        CustomerDetails wanted = CustomerDetailsRules.cleaned(new CustomerDetails(null, details.fullName(), email,
                details.phone(), details.street(), details.postalCode(), details.city(), details.country()));
        Language lang = language == null ? Language.DEFAULT : language;
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        try {
            return transactions.inTransaction(() -> createInTransaction(agentId, wanted, lang, from));
        } catch (EmailAddressTakenException e) {
            // Another creation (or address change) took the address between our check and the insert.
            return new OnboardingOutcome.EmailTaken();
        }
    }

    private OnboardingOutcome createInTransaction(AccountId agentId, CustomerDetails wanted, Language language,
                                                  RequestOrigin origin) {
        Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
        if (agent.isEmpty()) {
            return new OnboardingOutcome.NotAllowed();
        }
        if (accounts.findByEmail(Realm.CUSTOMER, wanted.email()).isPresent()) {
            return new OnboardingOutcome.EmailTaken();
        }
        Account customer = accounts.create(Role.CUSTOMER, wanted.email(), wanted.fullName(), Account.NO_PASSWORD,
                clock.instant());
        String customerNumber = "C" + accounts.nextCustomerNumber();
        accounts.saveCustomerDetails(customer.id(), new CustomerDetails(customerNumber, wanted.fullName(),
                wanted.email(), wanted.phone(), wanted.street(), wanted.postalCode(), wanted.city(),
                wanted.country()));
        accounts.changeLanguage(customer.id(), language);
        String actor = agent.get().email().value();
        audit.record(AuditEventType.CUSTOMER_CREATED, customer.id(), actor, origin,
                Map.of("customerNumber", customerNumber, "language", language.tag()));
        invitations.send(customer, AuditEventType.INVITATION_SENT, actor, origin, Map.of());
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
