package com.nordhost.clientarea.domain.onboarding;

/** What the invitation page shows for a link. */
public enum LinkState {
    /** The form to choose the password. */
    VALID,
    /** "This invitation has expired", with a button that mails a new one. */
    EXPIRED,
    /** Unknown or used: "This link no longer works", pointing to sign-in and "Forgot your password?". */
    INVALID
}
