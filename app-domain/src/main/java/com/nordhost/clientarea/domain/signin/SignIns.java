package com.nordhost.clientarea.domain.signin;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.BrowserName;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.staff.StaffAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sign-ins kept in the database (decision 0037). A completed login {@link #begin}s one and gives the browser
 * {@code <id>.<secret>.<HMAC>} for a cookie (the secret is 256 random bits stored only as its SHA-256; the HMAC, keyed
 * from the key ring, turns forged cookies away before the database is asked). Any node then {@link #restore}s the
 * signed-in state from that cookie while the sign-in is not expired (idle, absolute), its row exists and carries the
 * account's current session epoch, and the account is active: this is not a login and counts, throttles and audits
 * nothing. {@link #isCurrent} is the check at every request of an in-memory session; it also writes last seen, at most
 * once a minute.
 */
public final class SignIns {

    private static final int MAX_TOKEN_LENGTH = 200;

    /** A sign-in just begun: its id (to mark "this browser"), the cookie's value and the epoch it carries. */
    public record Begun(long id, String token, int sessionEpoch) {
        @Override
        public String toString() {
            return "Begun[id=" + id + "]";
        }
    }

    /** A browser's sign-in, restored: the account as it is now, at the epoch the sign-in carries. */
    public record Restored(Account account, long signInId, int sessionEpoch, SecondFactorUsed secondFactor) {
    }

    private final AccountRepository accounts;
    private final SignInRepository signIns;
    private final MessageSigner signer;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final SignInLimits limits;

    public SignIns(AccountRepository accounts, SignInRepository signIns, MessageSigner signer, AuditTrail audit,
                   SecurityNotices notices, Transactions transactions, Clock clock, SecureRandom random,
                   SignInLimits limits) {
        this.accounts = Objects.requireNonNull(accounts);
        this.signIns = Objects.requireNonNull(signIns);
        this.signer = Objects.requireNonNull(signer);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.limits = Objects.requireNonNull(limits);
    }

    public SignInLimits limits() {
        return limits;
    }

    /**
     * Writes the sign-in of a login that just passed every required factor (the login itself was audited by its use
     * case), at the account's current session epoch. Empty when the account is gone or inactive.
     */
    public Optional<Begun> begin(AccountId accountId, SecondFactorUsed secondFactor, RequestOrigin origin) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        return transactions.inTransaction(() -> {
            Optional<Account> account = accounts.findById(accountId).filter(Account::active);
            OptionalInt epoch = accounts.findSessionEpoch(accountId);
            if (account.isEmpty() || epoch.isEmpty()) {
                return Optional.<Begun>empty();
            }
            String secret = RandomTokens.generate(random);
            long id = signIns.add(accountId, account.get().realm(), RandomTokens.sha256Hex(secret), epoch.getAsInt(),
                    BrowserName.of(from.userAgent()), from.sourceIp(), secondFactor, clock.instant());
            String body = id + "." + secret;
            return Optional.of(new Begun(id, body + "." + signer.sign(body), epoch.getAsInt()));
        });
    }

    /**
     * The signed-in state {@code token} stands for in {@code realm}, if it is still valid; counts nothing and
     * audits nothing. Forged, unknown, expired, another realm's or outdated tokens give empty (an expired row is
     * deleted on the way).
     */
    public Optional<Restored> restore(Realm realm, String token) {
        OptionalLongId id = idOf(token);
        if (id == null) {
            return Optional.empty();
        }
        String secretHash = RandomTokens.sha256Hex(token.split("\\.", -1)[1]);
        return transactions.inTransaction(() -> {
            Optional<SignInRepository.Stored> stored = signIns.find(id.value());
            if (stored.isEmpty() || stored.get().realm() != realm
                    || !sameHash(stored.get().secretHash(), secretHash)) {
                return Optional.<Restored>empty();
            }
            SignInRepository.Stored row = stored.get();
            Optional<Account> account = accounts.findById(row.account()).filter(Account::active);
            if (!live(row) || account.isEmpty() || !sameEpoch(row)) {
                signIns.delete(row.account(), row.id());
                return Optional.<Restored>empty();
            }
            touch(row);
            return Optional.of(new Restored(account.get(), row.id(), row.sessionEpoch(), row.secondFactor()));
        });
    }

    /**
     * Whether an in-memory session of sign-in {@code signInId} at {@code epoch} may go on: its row exists, is not
     * expired and the account is still at that epoch. With {@code active} (a request of the person, not a
     * heartbeat) last seen moves on, at most once a minute. A session without a sign-in ({@code signInId} 0: signed
     * in before this existed, or a test) is checked by its epoch alone.
     */
    public boolean isCurrent(AccountId account, int epoch, long signInId, boolean active) {
        return transactions.inTransaction(() -> {
            OptionalInt current = accounts.findSessionEpoch(account);
            if (current.isEmpty() || current.getAsInt() != epoch) {
                return false;
            }
            if (signInId == 0) {
                return true;
            }
            Optional<SignInRepository.Stored> row = signIns.find(signInId);
            if (row.isEmpty() || !row.get().account().equals(account) || row.get().sessionEpoch() != epoch) {
                return false;
            }
            if (!live(row.get())) {
                signIns.delete(account, signInId);
                return false;
            }
            if (active) {
                touch(row.get());
            }
            return true;
        });
    }

    /** Log out: ends this browser's sign-in (the log-out itself is not audited, as before). */
    public void end(AccountId account, long signInId) {
        if (signInId != 0) {
            transactions.inTransaction(() -> signIns.delete(account, signInId));
        }
    }

    /** Where the account is signed in now, last active first. */
    public List<ActiveSignIn> list(AccountId account) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> signIns.listFor(account, now.minus(limits.idle()),
                now.minus(limits.absolute())));
    }

    /**
     * The owner signs out one of their sign-ins (that browser stops at its next request, on any node); false when it
     * was not theirs or already ended. Audited.
     */
    public boolean signOut(AccountId account, long signInId, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> holder = accounts.findById(account);
            if (holder.isEmpty() || !signIns.delete(account, signInId)) {
                return false;
            }
            audit.record(AuditEventType.SIGN_IN_ENDED, account, holder.get().email().value(), origin,
                    Map.of("signInId", Long.toString(signInId)));
            return true;
        });
    }

    /** The owner's "Sign out everywhere else": every sign-in but {@code current} ends; how many. Always audited. */
    public int signOutEverywhereElse(AccountId account, long current, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> holder = accounts.findById(account);
            if (holder.isEmpty()) {
                return 0;
            }
            int ended = signIns.deleteAllExcept(account, current);
            audit.record(AuditEventType.SIGNED_OUT_EVERYWHERE_ELSE, account, holder.get().email().value(), origin,
                    Map.of("ended", Integer.toString(ended)));
            return ended;
        });
    }

    /** What support's "Sign out everywhere" did. */
    public sealed interface SupportSignOut {
        record SignedOut(int ended) implements SupportSignOut {
        }

        /** The agent is not an active agent, the account no customer, or no reason was given: nothing changed. */
        record Refused(String why) implements SupportSignOut {
        }
    }

    /**
     * Support signs a customer out everywhere with a reason: every sign-in ends, audited with agent and reason, and
     * the customer is mailed in their language (the agent is not named).
     */
    public SupportSignOut signOutEverywhereBySupport(AccountId agentId, AccountId customerId, String reason,
                                                     RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> agent = StaffAction.activeStaff(accounts, agentId);
            if (agent.isEmpty()) {
                return new SupportSignOut.Refused("not an active agent");
            }
            Optional<Account> customer = accounts.findById(customerId).filter(a -> a.role() == Role.CUSTOMER);
            if (customer.isEmpty()) {
                return new SupportSignOut.Refused("no such customer");
            }
            if (!StaffAction.reasonGiven(reason)) {
                return new SupportSignOut.Refused("no reason given");
            }
            int ended = signIns.removeAll(customerId);
            audit.record(AuditEventType.SIGNED_OUT_EVERYWHERE_BY_SUPPORT, customerId, agent.get().email().value(),
                    origin, Map.of("agent", agent.get().email().value(), "ended", Integer.toString(ended),
                            "reason", StaffAction.trimmed(reason)));
            notices.send(customer.get(), SecurityNotice.SIGNED_OUT_BY_SUPPORT, null, Map.of());
            return new SupportSignOut.SignedOut(ended);
        });
    }

    /** The sweep: deletes every expired sign-in of every account; how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> signIns.deleteExpired(now.minus(limits.idle()),
                now.minus(limits.absolute())));
    }

    /** The sign-in id a cookie names (its public first part), to mark "this browser"; 0 when none. A hint only. */
    public static long idIn(String token) {
        if (token == null || token.indexOf('.') < 1) {
            return 0;
        }
        try {
            return Long.parseLong(token.substring(0, token.indexOf('.')));
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }

    private boolean live(SignInRepository.Stored row) {
        Instant now = clock.instant();
        return now.isBefore(row.lastSeenAt().plus(limits.idle()))
                && now.isBefore(row.createdAt().plus(limits.absolute()));
    }

    private boolean sameEpoch(SignInRepository.Stored row) {
        OptionalInt epoch = accounts.findSessionEpoch(row.account());
        return epoch.isPresent() && epoch.getAsInt() == row.sessionEpoch();
    }

    private void touch(SignInRepository.Stored row) {
        Instant now = clock.instant();
        Instant due = now.minus(SignInLimits.LAST_SEEN_STEP);
        if (!row.lastSeenAt().isAfter(due)) {
            signIns.touch(row.id(), now, due.plusNanos(1));
        }
    }

    private record OptionalLongId(long value) {
    }

    /** The id of a well-formed, genuine token; null for anything else (checked before the database is asked). */
    private OptionalLongId idOf(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !RandomTokens.wellFormed(parts[1])
                || !signer.isGenuine(parts[0] + "." + parts[1], parts[2])) {
            return null;
        }
        long id = idIn(token);
        return id > 0 ? new OptionalLongId(id) : null;
    }

    private static boolean sameHash(String stored, String presented) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
