package com.nordhost.clientarea.domain.onboarding;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests;
import com.nordhost.clientarea.domain.passwordreset.PasswordResetRequests.Purpose;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's side of an invitation (decision 0029): the page at {@code invitation?token=} shows the form for a
 * valid link ({@link #check}), sets the first password with it ({@link #accept}: the {@link PasswordPolicy}, the
 * link spent with every other link of the account, audited INVITATION_ACCEPTED, nothing else changes), and for an
 * expired link mails a new invitation to the address the first went to ({@link #requestNew}).
 */
public final class InvitationAcceptance {

    /** At most this many invitations an hour per account through {@link #requestNew}. */
    public static final int NEW_LINKS_PER_HOUR = 3;

    private final AccountRepository accounts;
    private final PasswordResetRequests links;
    private final InvitationMail invitations;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public InvitationAcceptance(AccountRepository accounts, PasswordResetRequests links, InvitationMail invitations,
                                PasswordHasher hasher, PasswordPolicy policy, AuditTrail audit,
                                Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.links = Objects.requireNonNull(links);
        this.invitations = Objects.requireNonNull(invitations);
        this.hasher = Objects.requireNonNull(hasher);
        this.policy = Objects.requireNonNull(policy);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    public LinkState check(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return LinkState.INVALID;
        }
        return transactions.inTransaction(() -> state(find(token), clock.instant()));
    }

    public AcceptOutcome accept(String token, String password, RequestOrigin origin) {
        if (!RandomTokens.wellFormed(token)) {
            return new AcceptOutcome.InvalidLink();
        }
        String hash = RandomTokens.sha256Hex(token);
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<PasswordResetRequests.Link> link = find(token);
            LinkState state = state(link, now);
            if (state == LinkState.EXPIRED) {
                return new AcceptOutcome.Expired();
            }
            if (state != LinkState.VALID) {
                return new AcceptOutcome.InvalidLink();
            }
            List<PasswordProblem> problems = policy.problemsWith(password);
            if (!problems.isEmpty()) {
                return new AcceptOutcome.Rejected(problems);
            }
            Account customer = accounts.findById(link.get().accountId()).orElseThrow();
            if (!links.use(hash, now)) {
                return new AcceptOutcome.InvalidLink();
            }
            links.spendAll(customer.id(), now);
            accounts.updatePasswordHash(customer.id(), hasher.hash(password));
            audit.record(AuditEventType.INVITATION_ACCEPTED, customer.id(), customer.email().value(), from);
            return new AcceptOutcome.Accepted();
        });
    }

    /**
     * For an expired link whose customer still has no password: a new invitation to the registered address (at
     * most {@link #NEW_LINKS_PER_HOUR} an hour), audited INVITATION_RESENT by the customer. Anything else sends
     * nothing; the answer is the same either way.
     */
    public void requestNew(String token, RequestOrigin origin) {
        if (!RandomTokens.wellFormed(token)) {
            return;
        }
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<PasswordResetRequests.Link> link = find(token);
            if (state(link, now) != LinkState.EXPIRED) {
                return null;
            }
            Account customer = accounts.findById(link.get().accountId()).orElseThrow();
            if (links.countInvitationsSince(customer.id(), now.minus(Duration.ofHours(1))) >= NEW_LINKS_PER_HOUR) {
                return null;
            }
            links.spendAll(customer.id(), now);
            invitations.send(customer, AuditEventType.INVITATION_RESENT, AuditTrail.ANONYMOUS, from,
                    Map.of("by", "customer"));
            return null;
        });
    }

    private Optional<PasswordResetRequests.Link> find(String token) {
        return links.findByTokenHash(RandomTokens.sha256Hex(token)).filter(l -> l.purpose() == Purpose.INVITATION);
    }

    /** Valid: unused, in time, and the account active and still without a password. */
    private LinkState state(Optional<PasswordResetRequests.Link> link, Instant now) {
        if (link.isEmpty() || link.get().usedAt() != null) {
            return LinkState.INVALID;
        }
        Optional<Account> account = accounts.findById(link.get().accountId())
                .filter(Account::active).filter(a -> !a.hasPassword());
        if (account.isEmpty()) {
            return LinkState.INVALID;
        }
        return now.isBefore(link.get().expiresAt()) ? LinkState.VALID : LinkState.EXPIRED;
    }
}
