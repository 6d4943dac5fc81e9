package com.nordhost.clientarea.domain.protect;

/** What an agent's "Close the flag" ends in. */
public sealed interface FlagClosingOutcome {

    record Closed() implements FlagClosingOutcome {
    }

    /** No flag open (another agent closed it meanwhile): nothing audited or mailed. */
    record NotFlagged() implements FlagClosingOutcome {
    }

    /** The note says what support looked at; it is required. */
    record NoteRequired() implements FlagClosingOutcome {
    }

    /** Not an active agent, or not a customer. */
    record NotAllowed() implements FlagClosingOutcome {
    }
}
