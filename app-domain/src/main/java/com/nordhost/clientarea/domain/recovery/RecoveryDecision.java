package com.nordhost.clientarea.domain.recovery;

/** What an agent's approval or rejection of a recovery request ends in. */
public enum RecoveryDecision {
    APPROVED,
    REJECTED,
    /** The acting account is not an active staff member. */
    NOT_ALLOWED,
    TICKET_INVALID,
    REASON_REQUIRED,
    /** The wait was cut short: the removal was done at once. */
    WAIT_SHORTENED,
    /** The wait was already over (the removal only waited for the sweep): it was done now. */
    REMOVED_AS_DUE,
    /** Four eyes: the agent who approved a request cannot also cut its wait short. */
    APPROVER_CANNOT_SHORTEN,
    /**
     * Four eyes (decision 0032): the agent cutting the wait short was not an active agent when the request was
     * approved (created after it, or reactivated since), so cannot be the second pair of eyes.
     */
    SECOND_AGENT_NOT_INDEPENDENT,
    /** Not (or no longer) waiting for a decision: another agent decided, or the customer's account changed. */
    NOT_PENDING
}
