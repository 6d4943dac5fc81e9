package com.nordhost.clientarea.domain.securitykey;

import com.nordhost.clientarea.domain.account.Account;
import java.time.Instant;

/** What signing in with a passkey alone ends in (decision 0045). */
public sealed interface PasskeyOutcome {

    /** Signed in: the caller completes the sign-in as after any login. */
    record SignedIn(Account account) implements PasskeyOutcome {
    }

    /** The passkey is not registered here (removed, or two-factor authentication was turned off since). */
    record UnknownPasskey() implements PasskeyOutcome {
    }

    /** The key was added to be used after the password only: sign in with the password, then use the key. */
    record AfterPasswordOnly() implements PasskeyOutcome {
    }

    /** The key did not verify its user this time (no PIN, fingerprint or face): not enough alone. */
    record UserNotVerified() implements PasskeyOutcome {
    }

    /** The key's counter did not go up: a copy of it may exist; the customer was told by mail. */
    record Cloned() implements PasskeyOutcome {
    }

    /** The request was older than its lifetime: ask again. */
    record Expired() implements PasskeyOutcome {
    }

    /** Malformed, forged, another origin, a wrong signature, or an account that cannot sign in now. */
    record NotAccepted() implements PasskeyOutcome {
    }

    /** Too many refused second factors in a row: no answer is checked before {@code until}. */
    record TryLater(Instant until) implements PasskeyOutcome {
    }

    /** The second factor is locked: only support unlocks it. */
    record Locked() implements PasskeyOutcome {
    }

    /** Passkeys are not offered here (the client area is on an IP address, which is no relying party). */
    record Unavailable() implements PasskeyOutcome {
    }
}
