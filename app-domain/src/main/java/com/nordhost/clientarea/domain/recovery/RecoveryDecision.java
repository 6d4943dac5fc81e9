package com.nordhost.clientarea.domain.recovery;

/** What an agent's approval or rejection of a recovery request ends in. */
public enum RecoveryDecision {
    APPROVED,
    REJECTED,
    /** The acting account is not an active staff member. */
    NOT_ALLOWED,
    TICKET_INVALID,
    REASON_REQUIRED,
    /** Not (or no longer) waiting for a decision: another agent decided, or the customer's account changed. */
    NOT_PENDING
}
