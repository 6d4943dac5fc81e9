package com.nordhost.clientarea.domain.protect;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.notification.ProtectLinks;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.domain.recovery.MailedLinks;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The button behind a notice's "This wasn't me" link (decision 0042), no sign-in needed. Opening the page asks only
 * {@link #linkWorks} (mail scanners open links); {@link #secure} spends the link and, in one transaction: advances
 * the session epoch (every session and half-finished login of the account ends at its next request, on every node),
 * forgets every remembered browser, spends the earlier reset links and voids an open "lost both" request, mails a new
 * reset link past the reset's limits, flags the account for support, audits and sends "your account was secured".
 * It can only protect: the password, the address and the second factor stay as they are. A deactivated account is
 * secured the same way but gets no reset link (it cannot sign in until support reactivates it).
 */
public final class AccountSecuring {

    /** The reason the audit trail gives for voiding an open recovery request. */
    public static final String VOIDED_REASON = "account secured by its owner (This wasn't me)";

    private final AccountRepository accounts;
    private final ProtectLinks links;
    private final OwnerFlags flags;
    private final RememberedBrowsers rememberedBrowsers;
    private final MailedLinks mailedLinks;
    private final PasswordReset passwordReset;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public AccountSecuring(AccountRepository accounts, ProtectLinks links, OwnerFlags flags,
                           RememberedBrowsers rememberedBrowsers, MailedLinks mailedLinks, PasswordReset passwordReset,
                           AuditTrail audit, SecurityNotices notices, Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.links = Objects.requireNonNull(links);
        this.flags = Objects.requireNonNull(flags);
        this.rememberedBrowsers = Objects.requireNonNull(rememberedBrowsers);
        this.mailedLinks = Objects.requireNonNull(mailedLinks);
        this.passwordReset = Objects.requireNonNull(passwordReset);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Whether the link still works: the page offers the button, or says the link does not work. Changes nothing. */
    public boolean linkWorks(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return false;
        }
        return transactions.inTransaction(() -> valid(RandomTokens.sha256Hex(token), clock.instant()).isPresent());
    }

    public SecuringOutcome secure(String token, RequestOrigin origin) {
        if (!RandomTokens.wellFormed(token)) {
            return new SecuringOutcome.InvalidLink();
        }
        String hash = RandomTokens.sha256Hex(token);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<ProtectLinks.Link> link = valid(hash, now);
            Optional<Account> found = link.flatMap(l -> accounts.findById(l.accountId()))
                    .filter(a -> a.role() == Role.CUSTOMER);
            if (found.isEmpty() || !links.use(hash, now)) {
                return new SecuringOutcome.InvalidLink();
            }
            Account customer = found.get();
            // The epoch's UPDATE also locks the account row: a second press for the account waits for this one.
            accounts.advanceSessionEpoch(customer.id());
            flags.raise(customer.id(), now);
            String actor = customer.email().value();
            rememberedBrowsers.forgetAllAfter(customer.id(), actor, origin, RememberedBrowsers.Reason.ACCOUNT_SECURED);
            mailedLinks.spendAll(customer.id(), actor, origin, VOIDED_REASON);
            boolean mailed = passwordReset.mailLinkForSecuredAccount(customer, origin);
            boolean addressChanged = !link.get().sentToHash().equals(RandomTokens.sha256Hex(actor));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("resetLinkMailed", Boolean.toString(mailed));
            details.put("addressChangedSince", Boolean.toString(addressChanged));
            audit.record(AuditEventType.ACCOUNT_SECURED_BY_OWNER, customer.id(), actor, origin, details);
            notices.send(customer, SecurityNotice.ACCOUNT_SECURED, origin);
            return new SecuringOutcome.Secured(mailed, addressChanged, !customer.active());
        });
    }

    private Optional<ProtectLinks.Link> valid(String hash, Instant now) {
        return links.find(hash).filter(l -> l.usedAt() == null && now.isBefore(l.expiresAt()));
    }
}
