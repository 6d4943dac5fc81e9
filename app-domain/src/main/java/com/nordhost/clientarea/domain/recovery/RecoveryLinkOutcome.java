package com.nordhost.clientarea.domain.recovery;

/** What opening a confirmation or cancel link and pressing its button ends in. */
public enum RecoveryLinkOutcome {
    DONE,
    /** Unknown, forged, used, expired or too late: all the same to the visitor. */
    INVALID_LINK
}
