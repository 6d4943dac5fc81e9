package com.nordhost.clientarea.domain.support;

/**
 * What keeps a 2FA removal request, as the agent typed it, from going ahead; in the order the form asks for
 * the fields, so the agent can be shown every problem at once.
 */
public enum RemovalProblem {
    TICKET_MISSING,
    /** Too long, or with control characters. */
    TICKET_INVALID,
    REQUESTER_MISSING,
    /** Not an e-mail address at all. */
    REQUESTER_INVALID,
    /** An address, but not the one registered on the account: the help article's rule refuses the request. */
    REQUESTER_NOT_REGISTERED,
    REASON_MISSING,
    /** Control characters other than line breaks (NUL, escape, ...). */
    REASON_INVALID
}
