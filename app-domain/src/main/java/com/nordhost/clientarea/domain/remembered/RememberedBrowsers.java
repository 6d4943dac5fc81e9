package com.nordhost.clientarea.domain.remembered;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's remembered browsers (decision 0020): the list in Security settings, forgetting one or all of them,
 * and forgetting all of them when the account's authenticators change ({@link #forgetAllAfter}, called by those use
 * cases in their transaction). Issuing and honouring tokens is {@link RememberedBrowserTokens}', which only the
 * login holds.
 */
public final class RememberedBrowsers {

    /** Why every remembered browser of an account was forgotten; stored in the audit details. */
    public enum Reason {
        CUSTOMER_FORGOT_ALL("forgotten by the customer"),
        PASSWORD_CHANGED("password changed"),
        PASSWORD_RESET("password reset by link"),
        ACCOUNT_SECURED("account secured by its owner (This wasn't me)");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final AccountRepository accounts;
    private final RememberedBrowserRepository browsers;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public RememberedBrowsers(AccountRepository accounts, RememberedBrowserRepository browsers, AuditTrail audit,
                              Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.browsers = Objects.requireNonNull(browsers);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The account's browsers that still spare the code, most recently remembered first. */
    public List<RememberedBrowser> list(AccountId account) {
        return transactions.inTransaction(() -> browsers.listFor(account, clock.instant()));
    }

    /** The customer forgets one of their browsers; false when it was not theirs or already gone. */
    public boolean forget(AccountId account, long browserId, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> holder = accounts.findById(account);
            if (holder.isEmpty() || !browsers.delete(account, browserId)) {
                return false;
            }
            audit.record(AuditEventType.REMEMBERED_BROWSER_FORGOTTEN, account, holder.get().email().value(), origin,
                    Map.of("browserId", Long.toString(browserId)));
            return true;
        });
    }

    /** How many browsers "Forget all" forgot, and the account's new session epoch for the session that asked. */
    public record AllForgotten(int forgotten, int sessionEpoch) {
    }

    /**
     * The customer's "Forget all", a moment a customer who suspects a takeover uses: every remembered browser is
     * forgotten and every other session of the account ends at its next request. Always audited, also when there was
     * nothing to forget.
     */
    public AllForgotten forgetAll(AccountId account, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> holder = accounts.findById(account);
            if (holder.isEmpty()) {
                return new AllForgotten(0, 0);
            }
            int forgotten = browsers.deleteAll(account);
            record(account, holder.get().email().value(), origin, Reason.CUSTOMER_FORGOT_ALL, forgotten);
            return new AllForgotten(forgotten, accounts.advanceSessionEpoch(account));
        });
    }

    /**
     * Every remembered browser of the account is forgotten because {@code reason}, in the caller's transaction;
     * audited (with {@code actor}) when there was one.
     */
    public int forgetAllAfter(AccountId account, String actor, RequestOrigin origin, Reason reason) {
        return transactions.inTransaction(() -> {
            int forgotten = browsers.deleteAll(account);
            if (forgotten > 0) {
                record(account, actor, origin, reason, forgotten);
            }
            return forgotten;
        });
    }

    private void record(AccountId account, String actor, RequestOrigin origin, Reason reason, int forgotten) {
        audit.record(AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN, account, actor, origin,
                Map.of("reason", reason.text(), "forgotten", Integer.toString(forgotten)));
    }
}
