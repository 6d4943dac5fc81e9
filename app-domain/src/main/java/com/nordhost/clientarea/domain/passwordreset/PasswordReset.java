package com.nordhost.clientarea.domain.passwordreset;

import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * "Forgot your password?" for customers: a single-use link to the registered address.
 *
 * <ul>
 * <li>{@link #request}: the same answer whether or not the address exists (the caller shows one message for
 * every outcome). A known, active customer gets a link with a random token (stored only as its SHA-256), valid
 * {@link #VALIDITY}; at most {@link #PER_ACCOUNT_PER_HOUR} links per account and {@link #PER_IP_PER_HOUR}
 * requests per IP address an hour, beyond which nothing is sent (silently: a refusal would tell that the
 * address exists).</li>
 * <li>{@link #reset}: a new password (the {@link PasswordPolicy}) for a valid link, which then stops working,
 * with every other link of the account. Two-factor authentication stays on and is asked at the next login;
 * the wrong-password wait ends (the owner proved they read the mailbox); the customer is told and it is
 * audited.</li>
 * </ul>
 * Ending the account's other sessions is not done here (no session epoch in this branch): see decision 0015.
 */
public final class PasswordReset {

    public static final Duration VALIDITY = Duration.ofHours(1);
    public static final int PER_ACCOUNT_PER_HOUR = 3;
    public static final int PER_IP_PER_HOUR = 10;
    /** The route of the page where the new password is chosen. */
    public static final String ROUTE = "reset-password";

    private final AccountRepository accounts;
    private final PasswordResetRequests requests;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final String customerUrl;
    private final RememberedBrowsers rememberedBrowsers;
    private final Executor afterTheAnswer;

    /**
     * @param afterTheAnswer runs a request's work (limits, the link, the mail) once the page has its answer, so a
     *                       known address answers exactly as fast as an unknown one; tests pass {@code Runnable::run}
     */
    public PasswordReset(AccountRepository accounts, PasswordResetRequests requests, PasswordHasher hasher,
                         PasswordPolicy policy, AuditTrail audit, SecurityNotices notices, Transactions transactions,
                         Clock clock, SecureRandom random, String customerUrl,
                         RememberedBrowsers rememberedBrowsers, Executor afterTheAnswer) {
        this.afterTheAnswer = Objects.requireNonNull(afterTheAnswer);
        this.rememberedBrowsers = Objects.requireNonNull(rememberedBrowsers);
        this.accounts = Objects.requireNonNull(accounts);
        this.requests = Objects.requireNonNull(requests);
        this.hasher = Objects.requireNonNull(hasher);
        this.policy = Objects.requireNonNull(policy);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.customerUrl = Objects.requireNonNull(customerUrl);
    }

    /**
     * Asks for a link to {@code email}. Returns nothing on purpose, and before any of the work: every address gets the
     * same answer after the same time, whether or not it has an account.
     */
    public void request(String email, RequestOrigin origin) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        afterTheAnswer.execute(() -> send(email, from));
    }

    private void send(String email, RequestOrigin from) {
        Optional<EmailAddress> address = EmailAddress.parse(email);
        String token = RandomTokens.generate(random);
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Instant hourAgo = now.minus(Duration.ofHours(1));
            if (from.sourceIp() != null && requests.countFromIpSince(from.sourceIp(), hourAgo) >= PER_IP_PER_HOUR) {
                return null;
            }
            Optional<Account> account = address.flatMap(a -> accounts.findByEmail(Realm.CUSTOMER, a))
                    .filter(Account::active);
            if (account.isEmpty()) {
                requests.record(null, null, now, now, from.sourceIp());
                return null;
            }
            Account customer = account.get();
            if (requests.countForAccountSince(customer.id(), hourAgo) >= PER_ACCOUNT_PER_HOUR) {
                return null;
            }
            requests.record(customer.id(), RandomTokens.sha256Hex(token), now, now.plus(VALIDITY), from.sourceIp());
            audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, customer.id(), AuditTrail.ANONYMOUS, from);
            notices.send(customer, SecurityNotice.PASSWORD_RESET_LINK, from, Map.of(
                    "link", customerUrl + ROUTE + "?token=" + token,
                    "minutes", Long.toString(VALIDITY.toMinutes())));
            return null;
        });
    }

    /**
     * Mails a reset link to an active customer's registered address now, in the caller's transaction, past the
     * per-account and per-IP limits: the owner securing the account with "This wasn't me" (decision 0042) must never
     * be silently left without one. Those presses are bounded by the single-use links the notices carried; the link
     * counts towards the account's limit for later requests. Returns whether a link was mailed (not for an inactive
     * account or one without a password yet).
     */
    public boolean mailLinkForSecuredAccount(Account customer, RequestOrigin origin) {
        if (!customer.active() || !customer.hasPassword()) {
            return false;
        }
        String token = RandomTokens.generate(random);
        Instant now = clock.instant();
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        requests.record(customer.id(), RandomTokens.sha256Hex(token), now, now.plus(VALIDITY), from.sourceIp());
        audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, customer.id(), AuditTrail.ANONYMOUS, from,
                Map.of("by", "this wasn't me"));
        notices.send(customer, SecurityNotice.PASSWORD_RESET_LINK, from, Map.of(
                "link", customerUrl + ROUTE + "?token=" + token,
                "minutes", Long.toString(VALIDITY.toMinutes())));
        return true;
    }

    /** Whether the link still works (the page shows the form, or says the link is invalid). */
    public boolean linkWorks(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return false;
        }
        return transactions.inTransaction(() -> requests.findByTokenHash(RandomTokens.sha256Hex(token))
                .filter(link -> link.purpose() == PasswordResetRequests.Purpose.RESET)
                .filter(link -> link.usedAt() == null && clock.instant().isBefore(link.expiresAt()))
                .isPresent());
    }

    public ResetOutcome reset(String token, String newPassword, RequestOrigin origin) {
        if (!RandomTokens.wellFormed(token)) {
            return new ResetOutcome.InvalidLink();
        }
        String hash = RandomTokens.sha256Hex(token);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<PasswordResetRequests.Link> link = requests.findByTokenHash(hash)
                    .filter(l -> l.purpose() == PasswordResetRequests.Purpose.RESET)
                    .filter(l -> l.usedAt() == null && now.isBefore(l.expiresAt()));
            if (link.isEmpty()) {
                return new ResetOutcome.InvalidLink();
            }
            List<PasswordProblem> problems = policy.problemsWith(newPassword);
            if (!problems.isEmpty()) {
                return new ResetOutcome.Rejected(problems);
            }
            Optional<Account> account = accounts.findById(link.get().accountId()).filter(Account::active);
            if (account.isEmpty() || !requests.use(hash, now)) {
                return new ResetOutcome.InvalidLink();
            }
            Account customer = account.get();
            requests.spendAll(customer.id(), now);
            accounts.updatePasswordHash(customer.id(), hasher.hash(newPassword));
            for (PasswordCounter counter : PasswordCounter.values()) {
                accounts.resetPasswordFailures(customer.id(), counter);
            }
            // Whoever used the old password is signed out everywhere at their next request.
            accounts.advanceSessionEpoch(customer.id());
            audit.record(AuditEventType.PASSWORD_RESET_BY_LINK, customer.id(), customer.email().value(), origin);
            // Like a change: an owner resetting a password someone else may know cuts off the browsers remembered
            // with it (and a reset from a taken mailbox leaves no browser remembered before it).
            rememberedBrowsers.forgetAllAfter(customer.id(), customer.email().value(), origin,
                    RememberedBrowsers.Reason.PASSWORD_RESET);
            notices.send(customer, SecurityNotice.PASSWORD_RESET, origin);
            return new ResetOutcome.Changed();
        });
    }
}
