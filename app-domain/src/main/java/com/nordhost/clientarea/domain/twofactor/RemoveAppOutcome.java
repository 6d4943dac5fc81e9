package com.nordhost.clientarea.domain.twofactor;

import java.time.Instant;

/** What removing one authenticator app came to. */
public sealed interface RemoveAppOutcome {

    record Removed() implements RemoveAppOutcome {
    }

    record WrongPassword() implements RemoveAppOutcome {
    }

    /** Too many wrong passwords: not checked until then. */
    record TryLater(Instant until) implements RemoveAppOutcome {
    }

    /** The account's only app: turning two-factor authentication off is the way to stop using codes. */
    record LastApp() implements RemoveAppOutcome {
    }

    /** Not this account's app, or already removed (another tab, another node). */
    record NotFound() implements RemoveAppOutcome {
    }
}
