package com.nordhost.clientarea.domain.profile;


import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.throttle.PasswordThrottle;
import java.time.Instant;
import java.util.List;

public sealed interface PasswordChangeOutcome {

    /** {@code sessionEpoch}: the account's new session epoch, for the session that made the change to keep. */
    record Changed(int sessionEpoch) implements PasswordChangeOutcome {
    }

    record WrongCurrentPassword() implements PasswordChangeOutcome {
    }

    /** The new password breaks the policy; each problem is named. */
    record Rejected(List<PasswordProblem> problems) implements PasswordChangeOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Too many wrong passwords in a row ({@link PasswordThrottle}): the password was not checked (nor counted),
     * nothing changed; try again at or after {@code until}.
     */
    record TryLater(Instant until) implements PasswordChangeOutcome {
    }
}
