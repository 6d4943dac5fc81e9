package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import java.time.Instant;

public sealed interface DisableOutcome {

    /** {@code sessionEpoch}: the account's new session epoch, for the session that made the change to keep. */
    record Disabled(int sessionEpoch) implements DisableOutcome {
    }

    record WrongPassword() implements DisableOutcome {
    }

    record NotEnabled() implements DisableOutcome {
    }

    /**
     * Two-factor authentication is required for the account (decision 0046): it stays on; the password was not
     * asked. {@code requirement} says who requires it.
     */
    record Required(TwoFactorRequirement requirement) implements DisableOutcome {
    }

    /**
     * Too many wrong passwords in a row ({@link PasswordThrottle}): the password was not checked (nor counted),
     * nothing changed; try again at or after {@code until}.
     */
    record TryLater(Instant until) implements DisableOutcome {
    }
}
