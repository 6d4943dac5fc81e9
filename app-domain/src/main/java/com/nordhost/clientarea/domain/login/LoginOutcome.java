package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import java.time.Instant;

/** What the password step of a login ends in. */
public sealed interface LoginOutcome {

    /** No second factor is on and none is required yet: the person is signed in. */
    record LoggedIn(Account account) implements LoginOutcome {
    }

    /**
     * The password was right, no second factor is on, and one is required now (every agent; a customer under the
     * hosting company's setting or support's requirement after the grace period; decision 0046): the person sets it
     * up with the wizard before anything else opens, and is signed in only when it is on.
     */
    record SecondFactorSetUpRequired(Account account) implements LoginOutcome {
    }

    /**
     * The password was right and the browser is remembered for the account (decision 0020): signed in without the
     * code. Customers only.
     */
    record LoggedInWithRememberedBrowser(Account account) implements LoginOutcome {
    }

    /** The password was right; ask for the second factor next, for this {@link PendingLogin}. */
    record SecondFactorRequired(PendingLogin pending) implements LoginOutcome {

        public AccountId accountId() {
            return pending.accountId();
        }
    }

    record Refused(Reason reason) implements LoginOutcome {
    }

    /**
     * Too many wrong passwords in a row ({@link PasswordThrottle}): no password is checked before
     * {@code until}. Given for addresses without an account too, so it does not reveal who has one.
     */
    record TryLater(Instant until) implements LoginOutcome {
    }

    enum Reason {
        /** Same for an unknown e-mail and a wrong password, so the form does not reveal who has an account. */
        BAD_CREDENTIALS,
        /**
         * Given only for the right password (a wrong one gets {@link #BAD_CREDENTIALS}), so only someone who
         * knows the password learns of the lock; the right password is not counted as a failure.
         */
        SECOND_FACTOR_LOCKED
    }
}
