package com.nordhost.clientarea.domain.signin;

/** How the second factor was given at a sign-in; stored by name (VARCHAR 32): never rename a constant. */
public enum SecondFactorUsed {
    /** The account has no second factor (a customer without 2FA). */
    NONE,
    /** A code from an authenticator app. */
    APP_CODE,
    BACKUP_CODE,
    SECURITY_KEY,
    /** A remembered browser spared the code (decision 0020). */
    REMEMBERED_BROWSER,
    /** The second factor was set up during this login (an agent's first login). */
    SET_UP_AT_LOGIN,
    /**
     * The browser's earlier sign-in, which passed a second factor, ended with a change the browser made itself (a new
     * password, 2FA off): this one carries it over.
     */
    CARRIED_OVER,
    /** A passkey alone: possession and user verification, no password (decision 0045). */
    PASSKEY
}
