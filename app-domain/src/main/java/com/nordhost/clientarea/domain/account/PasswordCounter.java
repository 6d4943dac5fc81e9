package com.nordhost.clientarea.domain.account;

/**
 * Which of an account's two wrong-password counters a password check uses (see throttle.PasswordFailures):
 * one for browsers that once completed a login to the account and for signed-in sessions, one for everyone else.
 */
public enum PasswordCounter {
    /** Browsers without a device token for the account: where a stranger's guesses land. */
    UNTRUSTED,
    /** Browsers with a valid device token for the account, and signed-in sessions re-entering the password. */
    TRUSTED
}
