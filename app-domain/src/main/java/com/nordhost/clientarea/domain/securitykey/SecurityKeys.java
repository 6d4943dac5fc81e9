package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's security keys (decision 0024): the list in Security settings, removing one with the password, and
 * removing all of them when the second factor goes ({@link #removeAllAfter}, called by those use cases in their
 * transaction). Adding one and signing in with one are the ceremonies' ({@code webauthn} package).
 */
public final class SecurityKeys {

    /** Why every key of an account was removed; stored in the audit details. */
    public enum Reason {
        TWO_FACTOR_DISABLED("two-factor authentication turned off"),
        TWO_FACTOR_REMOVED_BY_SUPPORT("two-factor authentication removed by support");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final AccountRepository accounts;
    private final SecurityKeyRepository keys;
    private final WebAuthnChallenges challenges;
    private final PasswordHasher hasher;
    private final PasswordFailures failures;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Transactions transactions;

    public SecurityKeys(AccountRepository accounts, SecurityKeyRepository keys, WebAuthnChallenges challenges,
                        PasswordHasher hasher, PasswordFailures failures, AuditTrail audit,
                        SecurityNotices notices, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.keys = Objects.requireNonNull(keys);
        this.challenges = Objects.requireNonNull(challenges);
        this.hasher = Objects.requireNonNull(hasher);
        this.failures = Objects.requireNonNull(failures);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** The account's keys, oldest first. */
    public List<SecurityKey> list(AccountId account) {
        return transactions.inTransaction(() -> keys.listFor(account));
    }

    /** Whether the account has a key: the login's second step then offers it first. */
    public boolean any(AccountId account) {
        return transactions.inTransaction(() -> !keys.credentialIds(account).isEmpty());
    }

    /**
     * The customer removes one key, confirming with the password (wrong passwords count towards the same wait as
     * the other settings dialogs). Audited and notified.
     */
    public SecurityKeyRemoval remove(AccountId accountId, long keyId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> holder = accounts.findById(accountId);
            Optional<SecurityKey> key = holder.isEmpty() ? Optional.empty()
                    : keys.listFor(accountId).stream().filter(k -> k.id() == keyId).findFirst();
            if (key.isEmpty()) {
                return new SecurityKeyRemoval.NotFound();
            }
            Account account = holder.get();
            Optional<Instant> wait = failures.waitUntil(accountId);
            if (wait.isPresent()) {
                audit.record(AuditEventType.SECURITY_KEY_REMOVAL_REFUSED, accountId, account.email().value(), origin,
                        Map.of("reason", "password throttled", "keyId", Long.toString(keyId)));
                return new SecurityKeyRemoval.TryLater(wait.get());
            }
            if (password == null || !hasher.verify(password, account.passwordHash())) {
                int failed = failures.failed(accountId);
                audit.record(AuditEventType.SECURITY_KEY_REMOVAL_REFUSED, accountId, account.email().value(), origin,
                        Map.of("reason", "wrong password", "keyId", Long.toString(keyId),
                                "passwordFailures", Integer.toString(failed)));
                return new SecurityKeyRemoval.WrongPassword();
            }
            failures.succeeded(accountId);
            if (!keys.delete(accountId, keyId)) {
                return new SecurityKeyRemoval.NotFound();
            }
            String name = key.get().name();
            audit.record(AuditEventType.SECURITY_KEY_REMOVED, accountId, account.email().value(), origin,
                    Map.of("keyId", Long.toString(keyId), "name", name));
            notices.send(account, SecurityNotice.SECURITY_KEY_REMOVED, origin, Map.of("keyName", name));
            return new SecurityKeyRemoval.Removed(name);
        });
    }

    /**
     * Every key of the account is removed because {@code reason}, in the caller's transaction; audited (with
     * {@code actor}) when there was one. The caller's own notice (2FA turned off or removed) tells the customer.
     */
    public int removeAllAfter(AccountId account, String actor, RequestOrigin origin, Reason reason) {
        return transactions.inTransaction(() -> {
            int removed = keys.deleteAll(account);
            challenges.deleteAll(account);
            if (removed > 0) {
                audit.record(AuditEventType.SECURITY_KEYS_REMOVED, account, actor, origin,
                        Map.of("reason", reason.text(), "removed", Integer.toString(removed)));
            }
            return removed;
        });
    }
}
