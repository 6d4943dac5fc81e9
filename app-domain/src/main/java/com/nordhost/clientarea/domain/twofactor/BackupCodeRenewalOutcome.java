package com.nordhost.clientarea.domain.twofactor;


import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import java.time.Instant;

public sealed interface BackupCodeRenewalOutcome {

    /** The old code no longer works; show this one, once. */
    record Renewed(BackupCode backupCode) implements BackupCodeRenewalOutcome {
    }

    record WrongPassword() implements BackupCodeRenewalOutcome {
    }

    record NotEnabled() implements BackupCodeRenewalOutcome {
    }

    /**
     * Too many wrong passwords in a row ({@link PasswordThrottle}): the password was not checked (nor counted),
     * nothing changed; try again at or after {@code until}.
     */
    record TryLater(Instant until) implements BackupCodeRenewalOutcome {
    }
}
