package com.nordhost.clientarea.domain.protect;

/** What pressing "Secure my account" behind a "This wasn't me" link ends in. */
public sealed interface SecuringOutcome {

    /**
     * Done. {@code resetLinkMailed}: a new-password link went to the registered address (not for a deactivated
     * account); {@code addressChangedSince}: the account's address is no longer the one this link was mailed to, so
     * that link went to the new address and support is the way back.
     */
    record Secured(boolean resetLinkMailed, boolean addressChangedSince, boolean deactivated)
            implements SecuringOutcome {
    }

    /** Unknown, used or expired link: nothing changed. */
    record InvalidLink() implements SecuringOutcome {
    }
}
