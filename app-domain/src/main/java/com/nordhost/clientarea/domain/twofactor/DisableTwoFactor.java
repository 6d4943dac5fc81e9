package com.nordhost.clientarea.domain.twofactor;


import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import java.time.Instant;
import java.util.Optional;

/** The customer turns two-factor authentication off, confirming with the password. */
public final class DisableTwoFactor {

    private final AccountRepository accounts;
    private final TwoFactorRepository twoFactor;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordFailures failures;
    private final SecurityNotices notices;
    private final RememberedBrowsers rememberedBrowsers;
    private final SecurityKeys securityKeys;

    public DisableTwoFactor(AccountRepository accounts, TwoFactorRepository twoFactor, PasswordHasher hasher,
                            AuditTrail audit, Transactions transactions, PasswordFailures failures,
                            SecurityNotices notices, RememberedBrowsers rememberedBrowsers,
                            SecurityKeys securityKeys) {
        this.securityKeys = java.util.Objects.requireNonNull(securityKeys);
        this.notices = notices;
        this.rememberedBrowsers = java.util.Objects.requireNonNull(rememberedBrowsers);
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.failures = failures;
    }

    public DisableOutcome disable(AccountId accountId, String password, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
            if (!twoFactor.find(accountId).map(TwoFactorCredential::isActive).orElse(false)) {
                return new DisableOutcome.NotEnabled();
            }
            Optional<Instant> wait = failures.waitUntil(accountId);
            if (wait.isPresent()) {
                // Too many wrong passwords (PasswordThrottle): not checked, so a guess now learns nothing.
                audit.record(AuditEventType.TWO_FACTOR_DISABLE_REFUSED, accountId, account.email().value(), origin,
                        java.util.Map.of("reason", "password throttled"));
                return new DisableOutcome.TryLater(wait.get());
            }
            if (password == null || !hasher.verify(password, account.passwordHash())) {
                int failed = failures.failed(accountId);
                audit.record(AuditEventType.TWO_FACTOR_DISABLE_REFUSED, accountId, account.email().value(), origin,
                        java.util.Map.of("reason", "wrong password", "passwordFailures", Integer.toString(failed)));
                return new DisableOutcome.WrongPassword();
            }
            failures.succeeded(accountId);
            if (!twoFactor.delete(accountId)) {
                return new DisableOutcome.NotEnabled();
            }
            // Every other session of the account ends at its next request; the caller keeps this one going.
            int epoch = accounts.advanceSessionEpoch(accountId);
            audit.record(AuditEventType.TWO_FACTOR_DISABLED_BY_CUSTOMER, accountId, account.email().value(), origin);
            // A browser remembered now would skip a second factor turned on again later.
            rememberedBrowsers.forgetAllAfter(accountId, account.email().value(), origin,
                    RememberedBrowsers.Reason.TWO_FACTOR_DISABLED);
            securityKeys.removeAllAfter(accountId, account.email().value(), origin,
                    SecurityKeys.Reason.TWO_FACTOR_DISABLED);
            notices.send(account, SecurityNotice.TWO_FACTOR_DISABLED, origin);
            return new DisableOutcome.Disabled(epoch);
        });
    }
}
