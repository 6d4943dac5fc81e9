package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.AccountId;
import java.util.Objects;

/**
 * A half-finished login: the right password was given for {@code accountId} while the account's session epoch was
 * {@code sessionEpoch}. Anything that moves the epoch before the second factor is given (a password change or reset,
 * 2FA turned off or removed by support, a deactivation) ends it: the second step then asks to start again. Held only
 * by the login component on the server, never in a cookie or the session.
 */
public record PendingLogin(AccountId accountId, int sessionEpoch) {

    public PendingLogin {
        Objects.requireNonNull(accountId, "The account is required.");
    }
}
