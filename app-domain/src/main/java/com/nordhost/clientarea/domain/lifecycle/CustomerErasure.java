package com.nordhost.clientarea.domain.lifecycle;

import com.nordhost.clientarea.domain.notification.ProtectLinks;
import com.nordhost.clientarea.domain.protect.OwnerFlags;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.Outbox;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests;
import com.nordhost.clientarea.domain.shared.PlainText;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import com.nordhost.clientarea.domain.twofactor.SecondFactorEnd;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Erases a customer's personal data (GDPR art. 17; decision 0036), from the back-office (an active ADMIN, a ticket,
 * the customer number typed as confirmation) or from an API client (SCIM {@code DELETE}: the token's name and a
 * fixed reason). In one transaction:
 * <ul>
 *   <li>the account becomes a tombstone: address {@code erased-<id>@erased.invalid} (the real address is free for a
 *       new customer at once), name "Erased customer", no password, no language, inactive, {@code erased_at}; the
 *       customer details keep only the customer number, so it is never given to anyone else;</li>
 *   <li>every authenticator of every kind and the second-factor row ({@link SecondFactorEnd#removeEverything});</li>
 *   <li>every password-reset and invitation link and every recovery request, with the IP addresses they hold;</li>
 *   <li>every mail in the outbox to one of the person's addresses, queued or sent, current or earlier;</li>
 *   <li>the session epoch advances: every session and half-finished login ends at its next request;</li>
 *   <li>the person's audit events are rewritten to name a random pseudonym ({@link ErasedTrail}) and stay until
 *       the audit retention deletes them; the erasure itself is audited {@code CUSTOMER_ERASED} (actor: the admin
 *       or {@code api:<token name>}; details: ticket or reason, the pseudonym and counts, nothing personal).</li>
 * </ul>
 * No mail is sent: the customer asked through the ticket (or the billing system), and is answered there; a mail
 * would put the address back into the outbox the erasure has just emptied.
 */
public final class CustomerErasure {

    /** The name an erased account keeps; the account row must have one. */
    public static final String ERASED_NAME = "Erased customer";
    /** Prefix of an API client as audit actor. */
    public static final String API_ACTOR_PREFIX = "api:";
    private static final String PLACEHOLDER_DOMAIN = "@erased.invalid";
    /** Enough earlier events to find the addresses an account had. */
    private static final int HISTORY = 100_000;

    private final AccountRepository accounts;
    private final SecondFactorEnd secondFactorEnd;
    private final PasswordResetRequests passwordResets;
    private final RecoveryRequests recoveryRequests;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    private final ProtectLinks protectLinks;
    private final OwnerFlags ownerFlags;

    public CustomerErasure(AccountRepository accounts, SecondFactorEnd secondFactorEnd,
                           PasswordResetRequests passwordResets, RecoveryRequests recoveryRequests, Outbox outbox,
                           ProtectLinks protectLinks, OwnerFlags ownerFlags,
                           AuditLog auditLog, AuditTrail audit, Transactions transactions, Clock clock,
                           SecureRandom random) {
        this.protectLinks = Objects.requireNonNull(protectLinks);
        this.ownerFlags = Objects.requireNonNull(ownerFlags);
        this.accounts = Objects.requireNonNull(accounts);
        this.secondFactorEnd = Objects.requireNonNull(secondFactorEnd);
        this.passwordResets = Objects.requireNonNull(passwordResets);
        this.recoveryRequests = Objects.requireNonNull(recoveryRequests);
        this.outbox = Objects.requireNonNull(outbox);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /**
     * The back-office: an active ADMIN erases a customer against a ticket, after typing the customer's number (or,
     * for an account without customer details, its e-mail address: see {@link #confirmationFor}) as confirmation.
     */
    public ErasureOutcome erase(AccountId adminId, AccountId customerId, TicketReference ticket, String confirmation,
                                RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> admin = StaffAction.activeStaff(accounts, adminId).filter(Account::isActiveAdmin);
            if (admin.isEmpty()) {
                return new ErasureOutcome.NotAllowed();
            }
            if (ticket == null) {
                return new ErasureOutcome.TicketRequired();
            }
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (customer.isEmpty()) {
                return new ErasureOutcome.UnknownCustomer();
            }
            if (accounts.findErasedAt(customerId).isPresent()) {
                return new ErasureOutcome.AlreadyErased();
            }
            Optional<CustomerDetails> details = accounts.findCustomerDetails(customerId);
            if (!confirmed(confirmation, confirmationFor(customer.get(), details))) {
                return new ErasureOutcome.ConfirmationMismatch();
            }
            return eraseNow(customer.get(), details, admin.get().email().value(), Map.of("ticket", ticket.value()),
                    origin);
        });
    }

    /**
     * An API client (SCIM {@code DELETE /Users/{id}}) erases a customer: {@code clientName} is the API token's name
     * (audited as {@code api:<name>}), {@code reason} a fixed text such as "SCIM delete". The caller has
     * authenticated the token; the request itself is the confirmation. A repeated call answers {@code AlreadyErased}.
     */
    public ErasureOutcome eraseForApiClient(String clientName, AccountId customerId, String reason,
                                            RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            if (clientName == null || clientName.isBlank() || PlainText.hasControlCharacters(clientName, false)) {
                return new ErasureOutcome.NotAllowed();
            }
            if (!StaffAction.reasonGiven(reason)) {
                return new ErasureOutcome.ReasonRequired();
            }
            Optional<Account> customer = StaffAction.customer(accounts, customerId);
            if (customer.isEmpty()) {
                return new ErasureOutcome.UnknownCustomer();
            }
            if (accounts.findErasedAt(customerId).isPresent()) {
                return new ErasureOutcome.AlreadyErased();
            }
            return eraseNow(customer.get(), accounts.findCustomerDetails(customerId),
                    API_ACTOR_PREFIX + clientName.strip(), Map.of("reason", StaffAction.trimmed(reason)), origin);
        });
    }

    /** What the admin types to confirm: the customer number, or the address of an account without details. */
    public String confirmationFor(AccountId customerId) {
        return transactions.inTransaction(() -> StaffAction.customer(accounts, customerId)
                .map(c -> confirmationFor(c, accounts.findCustomerDetails(customerId)))
                .orElse(""));
    }

    /** When the customer was erased; empty for an account that was not. */
    public Optional<Instant> erasedAt(AccountId customerId) {
        return transactions.inTransaction(() -> accounts.findErasedAt(customerId));
    }

    private static String confirmationFor(Account customer, Optional<CustomerDetails> details) {
        return details.map(CustomerDetails::customerNumber).filter(n -> !n.isBlank())
                .orElse(customer.email().value());
    }

    private static boolean confirmed(String typed, String expected) {
        return typed != null && typed.strip().equalsIgnoreCase(expected);
    }

    private ErasureOutcome eraseNow(Account customer, Optional<CustomerDetails> details, String actor,
                                    Map<String, String> why, RequestOrigin origin) {
        AccountId id = customer.id();
        Set<String> addresses = addressesOf(customer);
        EmailAddress placeholder = EmailAddress.stored("erased-" + id.value() + PLACEHOLDER_DOMAIN);
        // The conditional update decides between two erasures at once: the loser changes nothing.
        if (!accounts.eraseCustomer(id, placeholder, ERASED_NAME, clock.instant())) {
            return new ErasureOutcome.AlreadyErased();
        }
        accounts.advanceSessionEpoch(id);
        Map<AuthenticatorKind, Integer> removed = secondFactorEnd.removeEverything(customer);
        int links = passwordResets.deleteAll(id);
        int recoveries = recoveryRequests.deleteAll(id);
        links += protectLinks.deleteAll(id);
        ownerFlags.close(id);
        int mails = outbox.forget(addresses.stream().map(EmailAddress::stored).toList());
        String pseudonym = "erased customer " + HexFormat.of().formatHex(randomBytes());
        List<String> texts = new ArrayList<>();
        texts.add(customer.fullName());
        details.ifPresent(d -> {
            texts.add(d.phone());
            texts.add(d.street());
        });
        int events = auditLog.rewrite(id, addresses, new ErasedTrail(pseudonym, addresses, texts));

        Map<String, String> audited = new LinkedHashMap<>(why);
        audited.put("pseudonym", pseudonym);
        removed.forEach((kind, count) -> audited.put(kind.auditKey(), Integer.toString(count)));
        audited.put("links", Integer.toString(links));
        audited.put("recoveryRequests", Integer.toString(recoveries));
        audited.put("mails", Integer.toString(mails));
        audited.put("events", Integer.toString(events));
        audit.record(AuditEventType.CUSTOMER_ERASED, id, actor, origin, audited);
        String number = details.map(CustomerDetails::customerNumber).orElse("");
        return new ErasureOutcome.Erased(number, pseudonym);
    }

    /** The current address and every address an address change of the account recorded. */
    private Set<String> addressesOf(Account customer) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(customer.email().value());
        for (AuditEvent e : auditLog.findBySubject(customer.id(), HISTORY)) {
            if (e.type() == AuditEventType.EMAIL_CHANGED) {
                for (String key : List.of("oldEmail", "newEmail")) {
                    String address = e.details().get(key);
                    if (address != null && !address.isBlank()) {
                        addresses.add(address.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return addresses;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return bytes;
    }
}
