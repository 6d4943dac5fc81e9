package com.nordhost.clientarea.domain.passwordreset;

import com.nordhost.clientarea.domain.password.PasswordProblem;
import java.util.List;

/** What choosing a new password through a reset link ends in. */
public sealed interface ResetOutcome {

    /** The password was replaced; sign in with it (and the second factor, if on). */
    record Changed() implements ResetOutcome {
    }

    /** Unknown, expired or already used link: all the same to the visitor. */
    record InvalidLink() implements ResetOutcome {
    }

    /** The new password breaks the policy; the link still works. */
    record Rejected(List<PasswordProblem> problems) implements ResetOutcome {
    }
}
