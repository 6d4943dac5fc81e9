package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.totp.CodeProblem;
import com.nordhost.clientarea.domain.totp.PhoneClockOffset;
import java.util.Optional;

public sealed interface EnrollmentOutcome {

    /** Two-factor authentication is on; show the backup code, once. */
    /**
     * {@code sessionEpoch}: the account's new session epoch. A second factor turned on ends every other session (one
     * may be the intruder's the customer is locking out); the session that turned it on keeps going with it.
     */
    record Activated(BackupCode backupCode, int sessionEpoch) implements EnrollmentOutcome {
    }

    record WrongCode(Optional<PhoneClockOffset> clockOffset) implements EnrollmentOutcome {

        public WrongCode() {
            this(Optional.empty());
        }
    }

    record MalformedCode(CodeProblem problem) implements EnrollmentOutcome {
    }

    /** More than {@link Enrollment#PENDING_LIFETIME} (30 minutes) passed since the start: start again. */
    record Expired() implements EnrollmentOutcome {
    }

    /** Nothing to confirm: never started, or already on. */
    record NotPending() implements EnrollmentOutcome {
    }
}
