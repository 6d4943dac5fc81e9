package com.nordhost.clientarea.domain.onboarding;

/** What {@link CustomerOnboarding#resendInvitation} did. */
public enum ResendOutcome {
    /** A new link was mailed; every earlier link of the account stopped working. */
    SENT,
    /** The customer has chosen a password already: nothing sent. */
    ALREADY_ACCEPTED,
    /** No active agent, no such customer, or a deactivated customer: nothing sent. */
    NOT_ALLOWED
}
