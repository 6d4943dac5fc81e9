package com.nordhost.clientarea.domain.profile;

import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.recovery.MailedLinks;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer edits My details: name, e-mail address, phone and postal address.
 *
 * <p>The e-mail address is the login name and the address support checks before removing a second factor,
 * so changing it needs the current password (counted by the same wrong-password throttle as disabling 2FA),
 * must stay unique in the realm, is audited with the old and the new address, and the OLD and the NEW address are
 * told (through {@link SecurityNotices}, in the same transaction) so that a hijacked session cannot quietly take the
 * account over. Every link mailed to the old address stops working in the same change: open password-reset links
 * are spent and an open "lost both" recovery request is voided, so a link in a mailbox the customer left cannot reset
 * the password or remove the second factor. Name, phone and address need no password; their change is audited by
 * field name only.
 *
 * <p>Call it outside any transaction of your own: a concurrent change that hits the database's unique
 * constraint rolls the transaction back and is reported as {@link CustomerDetailsOutcome.EmailTaken}.
 */
public final class CustomerDetailsChange {

    private final AccountRepository accounts;
    private final PasswordConfirmation confirmation;
    private final AuditLog auditLog;
    private final SecurityNotices notices;
    private final MailedLinks mailedLinks;
    private final Transactions transactions;
    private final Clock clock;

    public CustomerDetailsChange(AccountRepository accounts, PasswordConfirmation confirmation,
                                 AuditLog auditLog, SecurityNotices notices, MailedLinks mailedLinks,
                                 Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.notices = Objects.requireNonNull(notices, "The notices are required.");
        this.mailedLinks = Objects.requireNonNull(mailedLinks);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The details as stored now, for the form: a customer without a details row yet gets name and e-mail from
     * the account and empty fields otherwise.
     */
    public CustomerDetails current(AccountId accountId) {
        Objects.requireNonNull(accountId, "An account is required.");
        return transactions.inTransaction(() -> accounts.findCustomerDetails(accountId).orElseGet(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            return new CustomerDetails(null, account.fullName(), account.email(), null, null, null, null, null);
        }));
    }

    public CustomerDetailsOutcome change(AccountId accountId, CustomerDetails newDetails, String currentPasswordOrNull,
                                         RequestOrigin origin) {
        Objects.requireNonNull(accountId, "An account is required.");
        Objects.requireNonNull(newDetails, "The details are required.");
        CustomerDetails wanted = CustomerDetailsRules.cleaned(newDetails);
        Optional<CustomerDetailsOutcome.Invalid> invalid = CustomerDetailsRules.firstProblem(wanted);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        try {
            return transactions.inTransaction(() -> changeInTransaction(accountId, wanted, currentPasswordOrNull,
                    origin == null ? RequestOrigin.unknown() : origin));
        } catch (EmailAddressTakenException e) {
            // Another account took the address between our check and the update (unique constraint).
            return new CustomerDetailsOutcome.EmailTaken();
        }
    }

    private CustomerDetailsOutcome changeInTransaction(AccountId accountId, CustomerDetails wanted, String password,
                                                       RequestOrigin origin) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        CustomerDetails stored = accounts.findCustomerDetails(accountId).orElse(new CustomerDetails("",
                account.fullName(), account.email(), "", "", "", "", ""));
        EmailAddress oldEmail = account.email();
        boolean emailChanges = !oldEmail.equals(wanted.email());
        if (emailChanges) {
            if (password == null || password.isBlank()) {
                return new CustomerDetailsOutcome.PasswordRequired();
            }
            PasswordConfirmation.Result confirmed = confirmation.confirm(account, password,
                    AuditEventType.EMAIL_CHANGE_REFUSED, origin);
            if (confirmed instanceof PasswordConfirmation.TryLater later) {
                return new CustomerDetailsOutcome.TryLater(later.until());
            }
            if (confirmed instanceof PasswordConfirmation.WrongPassword) {
                return new CustomerDetailsOutcome.WrongPassword();
            }
            if (accounts.findByEmail(account.realm(), wanted.email()).filter(a -> !a.id().equals(accountId))
                    .isPresent()) {
                return new CustomerDetailsOutcome.EmailTaken();
            }
        }
        String customerNumber = stored.customerNumber() == null || stored.customerNumber().isBlank()
                ? nonNull(wanted.customerNumber()) : stored.customerNumber();
        CustomerDetails toStore = new CustomerDetails(customerNumber, wanted.fullName(), wanted.email(),
                wanted.phone(), wanted.street(), wanted.postalCode(), wanted.city(), wanted.country());
        List<String> changed = changedFields(stored, toStore);
        if (changed.isEmpty()) {
            return new CustomerDetailsOutcome.Saved(toStore, false);
        }
        accounts.saveCustomerDetails(accountId, toStore);
        if (emailChanges) {
            accounts.changeEmail(accountId, wanted.email());
            mailedLinks.spendAll(accountId, oldEmail.value(), origin, "e-mail address changed");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fields", String.join(",", changed));
        String actor = oldEmail.value();
        record(AuditEventType.CUSTOMER_DETAILS_CHANGED, accountId, actor, origin, details);
        if (emailChanges) {
            record(AuditEventType.EMAIL_CHANGED, accountId, actor, origin,
                    Map.of("oldEmail", oldEmail.value(), "newEmail", wanted.email().value()));
            Account renamed = new Account(account.id(), account.role(), wanted.email(), toStore.fullName(),
                    account.passwordHash(), account.active(), account.createdAt());
            Map<String, String> addresses = Map.of("oldEmail", oldEmail.value(), "newEmail", wanted.email().value());
            notices.sendTo(oldEmail, renamed, SecurityNotice.EMAIL_CHANGED, origin, addresses);
            notices.sendTo(wanted.email(), renamed, SecurityNotice.EMAIL_CHANGED, origin, addresses);
        }
        return new CustomerDetailsOutcome.Saved(toStore, emailChanges);
    }

    private static List<String> changedFields(CustomerDetails before, CustomerDetails after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(nonNull(before.fullName()), after.fullName())) {
            changed.add("fullName");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.add("email");
        }
        if (!Objects.equals(nonNull(before.phone()), after.phone())) {
            changed.add("phone");
        }
        if (!Objects.equals(nonNull(before.street()), after.street())) {
            changed.add("street");
        }
        if (!Objects.equals(nonNull(before.postalCode()), after.postalCode())) {
            changed.add("postalCode");
        }
        if (!Objects.equals(nonNull(before.city()), after.city())) {
            changed.add("city");
        }
        if (!Objects.equals(nonNull(before.country()), after.country())) {
            changed.add("country");
        }
        return changed;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void record(AuditEventType type, Account account, RequestOrigin origin, Map<String, String> details) {
        record(type, account.id(), account.email().value(), origin, details);
    }

    private void record(AuditEventType type, AccountId subject, String actor, RequestOrigin origin,
                        Map<String, String> details) {
        auditLog.record(new AuditEvent(clock.instant(), type, subject, actor, origin.sourceIp(), origin.userAgent(),
                details));
    }
}
