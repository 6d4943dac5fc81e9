package com.nordhost.clientarea.domain.onboarding;

import com.nordhost.clientarea.domain.password.PasswordProblem;
import java.util.List;

/** What choosing the first password with an invitation link ends in. */
public sealed interface AcceptOutcome {

    /** The password is set; sign in with it. */
    record Accepted() implements AcceptOutcome {
    }

    /** The link is older than its seven days: ask for a new one ({@link InvitationAcceptance#requestNew}). */
    record Expired() implements AcceptOutcome {
    }

    /** Unknown or already used link (or a password was chosen another way): all the same to the visitor. */
    record InvalidLink() implements AcceptOutcome {
    }

    /** The password breaks the policy; the link still works. */
    record Rejected(List<PasswordProblem> problems) implements AcceptOutcome {
    }
}
