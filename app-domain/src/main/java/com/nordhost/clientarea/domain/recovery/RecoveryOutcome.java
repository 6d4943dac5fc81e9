package com.nordhost.clientarea.domain.recovery;

import java.time.Instant;

/** What asking for a "lost both" recovery ends in. */
public sealed interface RecoveryOutcome {

    /** A confirmation link went to the registered address. */
    record Requested() implements RecoveryOutcome {
    }

    /** The account already has an open request: no second one, no second mail. */
    record AlreadyOpen() implements RecoveryOutcome {
    }

    /** {@link RecoveryRequestFlow#PER_ACCOUNT_PER_DAY} requests in the last 24 hours: nothing was sent. */
    record TooMany() implements RecoveryOutcome {
    }

    /** Two-factor authentication is not on: there is nothing to remove (the password signs in). */
    record NoSecondFactor() implements RecoveryOutcome {
    }

    /** Unknown address or wrong password (the same answer, as at login). */
    record BadCredentials() implements RecoveryOutcome {
    }

    /** Too many wrong passwords: no password is checked before {@code until}. */
    record TryLater(Instant until) implements RecoveryOutcome {
    }
}
