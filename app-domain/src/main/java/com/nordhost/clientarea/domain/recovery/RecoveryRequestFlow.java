package com.nordhost.clientarea.domain.recovery;

import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.PasswordCounter;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Request;
import com.nordhost.clientarea.domain.recovery.RecoveryRequests.Status;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.support.SupportDesk;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.twofactor.TwoFactorCredential;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashMap;

/**
 * The customer's side of a "lost both the app and the backup code" recovery (decision 0018), and the removal
 * when its wait is over.
 *
 * <ul>
 * <li>{@link #requestAfterPassword} (the login's code step, after the right password) and {@link #request}
 * (the "Lost both" page, e-mail and password, throttled like a login): a request for an account with an active
 * second factor; a single-use confirmation link (random token, only its SHA-256 stored, valid
 * {@link #CONFIRM_VALIDITY}) goes to the <em>registered</em> address. One open request per account, at most
 * {@link #PER_ACCOUNT_PER_DAY} a day.</li>
 * <li>{@link #confirm}: the link proves the registered mailbox; the request joins the back-office queue
 * ({@link RecoveryRequestQueue}).</li>
 * <li>{@link #cancel}: the link mailed at approval stops the removal before it takes effect.</li>
 * <li>{@link #completeDue} (at every login attempt of the account) and {@link #sweep} (periodically): an
 * approved request whose wait is over runs the support removal ({@link SupportDesk#removeSecondFactor}), so
 * its checks, audit and notice are the same as an agent's removal; the verified address is the requester.</li>
 * </ul>
 * Every step is audited; the customer is told of the request, the approval, the rejection and the cancelling.
 */
public final class RecoveryRequestFlow {

    public static final Duration CONFIRM_VALIDITY = Duration.ofHours(24);
    public static final int PER_ACCOUNT_PER_DAY = 3;
    public static final String CONFIRM_ROUTE = "recovery/confirm";
    public static final String CANCEL_ROUTE = "recovery/cancel";
    static final int SWEEP_BATCH = 100;

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final RecoveryRequests requests;
    private final PasswordHasher hasher;
    private final PasswordFailures failures;
    private final SupportDesk desk;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final String customerUrl;
    private final Duration wait;

    public RecoveryRequestFlow(AccountRepository accounts, TwoFactorRepository twoFactor, RecoveryRequests requests,
                               PasswordHasher hasher, PasswordFailures failures, SupportDesk desk, AuditTrail audit,
                               SecurityNotices notices, Transactions transactions, Clock clock, SecureRandom random,
                               String customerUrl, Duration wait) {
        this.accounts = Objects.requireNonNull(accounts);
        this.twoFactor = Objects.requireNonNull(twoFactor);
        this.requests = Objects.requireNonNull(requests);
        this.hasher = Objects.requireNonNull(hasher);
        this.failures = Objects.requireNonNull(failures);
        this.desk = Objects.requireNonNull(desk);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.customerUrl = Objects.requireNonNull(customerUrl);
        this.wait = Objects.requireNonNull(wait);
    }

    /** How long an approved request waits before the removal (setting {@code clientarea.recovery.wait.hours}). */
    public Duration waitPeriod() {
        return wait;
    }

    /**
     * From the login's code step: {@code accountId} has just given the right password in this browser (the sign-in
     * component keeps that fact on the server, never in the session).
     */
    public RecoveryOutcome requestAfterPassword(AccountId accountId, RequestOrigin origin) {
        Objects.requireNonNull(accountId, "An account is required.");
        return transactions.inTransaction(() -> accounts.findById(accountId)
                .filter(a -> a.realm() == Realm.CUSTOMER && a.active())
                .map(a -> open(a, origin))
                .orElseGet(RecoveryOutcome.BadCredentials::new));
    }

    /** From the "Lost both" page: e-mail and password, counted like a login's password. */
    public RecoveryOutcome request(String email, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<EmailAddress> address = EmailAddress.parse(email);
            Optional<Account> found = address.flatMap(a -> accounts.findByEmail(Realm.CUSTOMER, a));
            if (found.isEmpty()) {
                String decoyKey = address.map(a -> Realm.CUSTOMER.name() + ' ' + a.value()).orElse(null);
                if (decoyKey != null) {
                    Optional<Instant> until = failures.unknownAddressWaitUntil(decoyKey);
                    if (until.isPresent()) {
                        return new RecoveryOutcome.TryLater(until.get());
                    }
                }
                hasher.verifyDecoy(password == null ? "" : password);
                if (decoyKey != null) {
                    failures.unknownAddressFailed(decoyKey);
                }
                return new RecoveryOutcome.BadCredentials();
            }
            Account account = found.get();
            Optional<Instant> until = failures.waitUntil(account.id(), PasswordCounter.UNTRUSTED);
            if (until.isPresent()) {
                return new RecoveryOutcome.TryLater(until.get());
            }
            if (password == null || !hasher.matches(password, account.passwordHash()) || !account.active()) {
                int failed = failures.failed(account.id(), PasswordCounter.UNTRUSTED);
                audit.record(AuditEventType.RECOVERY_REQUEST_REFUSED, account.id(), account.email().value(), origin,
                        Map.of("reason", "wrong password", "passwordFailures", Integer.toString(failed)));
                return new RecoveryOutcome.BadCredentials();
            }
            failures.succeeded(account.id(), PasswordCounter.UNTRUSTED);
            return open(account, origin);
        });
    }

    /** Whether a confirmation link still works (the page then offers its button). */
    public boolean confirmLinkWorks(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return false;
        }
        return transactions.inTransaction(() -> requests.findByConfirmTokenHash(RandomTokens.sha256Hex(token))
                .filter(r -> r.status() == Status.UNCONFIRMED && clock.instant().isBefore(r.confirmExpiresAt()))
                .isPresent());
    }

    /** The customer confirms with the mailed link: the registered mailbox is proven; the request joins the queue. */
    public RecoveryLinkOutcome confirm(String token, RequestOrigin origin) {
        if (!RandomTokens.wellFormed(token)) {
            return RecoveryLinkOutcome.INVALID_LINK;
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Request> found = requests.findByConfirmTokenHash(RandomTokens.sha256Hex(token));
            RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
            if (found.isEmpty() || !requests.confirm(found.get().id(), now, from.sourceIp())) {
                return RecoveryLinkOutcome.INVALID_LINK;
            }
            Request request = found.get();
            audit.record(AuditEventType.RECOVERY_REQUEST_CONFIRMED, request.accountId(), request.verifiedEmail(),
                    from, Map.of("request", Long.toString(request.id())));
            return RecoveryLinkOutcome.DONE;
        });
    }

    /** Whether a cancel link still works: the approved removal has not yet taken effect. */
    public boolean cancelLinkWorks(String token) {
        if (!RandomTokens.wellFormed(token)) {
            return false;
        }
        return transactions.inTransaction(() -> requests.findByCancelTokenHash(RandomTokens.sha256Hex(token))
                .filter(r -> r.status() == Status.APPROVED)
                .isPresent());
    }

    /**
     * The owner stops an approved removal with the link mailed at approval (no sign-in needed: the link proves
     * the registered mailbox). Single use; too late once the removal was done.
     */
    public RecoveryLinkOutcome cancel(String token, RequestOrigin origin) {
        if (!RandomTokens.wellFormed(token)) {
            return RecoveryLinkOutcome.INVALID_LINK;
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Request> found = requests.findByCancelTokenHash(RandomTokens.sha256Hex(token))
                    .filter(r -> r.status() == Status.APPROVED);
            if (found.isEmpty() || !requests.close(found.get().id(), Status.APPROVED, Status.CANCELLED, now)) {
                return RecoveryLinkOutcome.INVALID_LINK;
            }
            Request request = found.get();
            audit.record(AuditEventType.RECOVERY_REQUEST_CANCELLED, request.accountId(), request.verifiedEmail(),
                    origin, Map.of("request", Long.toString(request.id())));
            accounts.findById(request.accountId())
                    .ifPresent(a -> notices.send(a, SecurityNotice.RECOVERY_CANCELLED, origin));
            return RecoveryLinkOutcome.DONE;
        });
    }

    /**
     * At a login attempt of {@code accountId}, before its second factor is read: an approved request whose wait
     * is over takes effect now (and an unconfirmed one past its deadline expires). In the caller's transaction.
     */
    public void completeDue(AccountId accountId) {
        transactions.inTransaction(() -> {
            requests.findOpen(accountId).ifPresent(this::settle);
            return null;
        });
    }

    /** The periodic sweep: expires unconfirmed requests past their deadline and completes due removals. */
    public int sweep() {
        int settled = 0;
        for (Status status : new Status[] {Status.UNCONFIRMED, Status.APPROVED}) {
            for (Request request : transactions.inTransaction(() -> requests.findByStatus(status, SWEEP_BATCH))) {
                // One transaction per request: one failure does not undo the others.
                if (transactions.inTransaction(() -> settle(request))) {
                    settled++;
                }
            }
        }
        return settled;
    }

    /** Expires or completes the request if its time has come; true when it did. */
    private boolean settle(Request request) {
        Instant now = clock.instant();
        if (request.status() == Status.UNCONFIRMED && !now.isBefore(request.confirmExpiresAt())) {
            if (requests.close(request.id(), Status.UNCONFIRMED, Status.EXPIRED, now)) {
                audit.record(AuditEventType.RECOVERY_REQUEST_EXPIRED, request.accountId(), AuditTrail.ANONYMOUS,
                        null, Map.of("request", Long.toString(request.id())));
                return true;
            }
            return false;
        }
        if (request.status() == Status.APPROVED && !now.isBefore(request.effectiveAt())) {
            return complete(request, now);
        }
        return false;
    }

    /**
     * Claims the request first (APPROVED → COMPLETED, conditional: one node wins), then runs the support removal
     * as the approving agent, with the verified address as the requester. If that removal refuses (the agent was
     * deactivated, the registered address changed since), the request is voided instead and nothing changes.
     */
    private boolean complete(Request request, Instant now) {
        if (!requests.close(request.id(), Status.APPROVED, Status.COMPLETED, now)) {
            return false;
        }
        Map<String, String> details = Map.of("request", Long.toString(request.id()), "ticket", request.ticket());
        SupportRemovalOutcome outcome;
        try {
            outcome = desk.removeSecondFactor(request.decidedBy(), request.accountId(),
                    TicketReference.of(request.ticket()), EmailAddress.stored(request.verifiedEmail()),
                    "Verified recovery request " + request.id() + " (password given: " + request.passwordGiven()
                            + ", mailbox verified), after the waiting period", null);
        } catch (InvalidInputException e) {
            outcome = new SupportRemovalOutcome.NotAllowed();
        }
        if (outcome instanceof SupportRemovalOutcome.Removed || outcome instanceof SupportRemovalOutcome.NotEnabled) {
            audit.record(AuditEventType.RECOVERY_REQUEST_COMPLETED, request.accountId(), AuditTrail.ANONYMOUS, null,
                    withOutcome(details, outcome));
            return true;
        }
        requests.close(request.id(), Status.COMPLETED, Status.VOIDED, now);
        audit.record(AuditEventType.RECOVERY_REQUEST_VOIDED, request.accountId(), AuditTrail.ANONYMOUS, null,
                withOutcome(details, outcome));
        return true;
    }

    private static Map<String, String> withOutcome(Map<String, String> details, SupportRemovalOutcome outcome) {
        LinkedHashMap<String, String> all = new LinkedHashMap<>(details);
        all.put("outcome", outcome.getClass().getSimpleName());
        return all;
    }

    private RecoveryOutcome open(Account account, RequestOrigin origin) {
        Instant now = clock.instant();
        boolean active = twoFactor.find(account.id()).map(TwoFactorCredential::isActive).orElse(false);
        if (!active) {
            return new RecoveryOutcome.NoSecondFactor();
        }
        Optional<Request> open = requests.findOpen(account.id());
        if (open.isPresent() && settle(open.get())) {
            open = requests.findOpen(account.id());
        }
        if (open.isPresent()) {
            audit.record(AuditEventType.RECOVERY_REQUEST_REFUSED, account.id(), account.email().value(), origin,
                    Map.of("reason", "already open", "request", Long.toString(open.get().id())));
            return new RecoveryOutcome.AlreadyOpen();
        }
        if (requests.countForAccountSince(account.id(), now.minus(Duration.ofDays(1))) >= PER_ACCOUNT_PER_DAY) {
            audit.record(AuditEventType.RECOVERY_REQUEST_REFUSED, account.id(), account.email().value(), origin,
                    Map.of("reason", "too many requests"));
            return new RecoveryOutcome.TooMany();
        }
        String token = RandomTokens.generate(random);
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        long id = requests.create(account.id(), account.email().value(), true, RandomTokens.sha256Hex(token), now,
                now.plus(CONFIRM_VALIDITY), from.sourceIp());
        audit.record(AuditEventType.RECOVERY_REQUESTED, account.id(), account.email().value(), origin,
                Map.of("request", Long.toString(id), "passwordGiven", "true"));
        notices.send(account, SecurityNotice.RECOVERY_REQUESTED, origin, Map.of(
                "link", customerUrl + CONFIRM_ROUTE + "?token=" + token,
                "hours", Long.toString(CONFIRM_VALIDITY.toHours())));
        return new RecoveryOutcome.Requested();
    }
}
