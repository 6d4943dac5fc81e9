package com.nordhost.clientarea.domain.staff;

import com.nordhost.clientarea.domain.account.Account;


/** Results of the admins' agent management. */
public sealed interface AgentOutcome {

    record Created(Account agent) implements AgentOutcome {
    }

    record Deactivated() implements AgentOutcome {
    }

    record Reactivated() implements AgentOutcome {
    }

    record SecondFactorReset() implements AgentOutcome {
    }

    /** Deactivated (or active) already, no second factor to reset, or not an agent: nothing was changed. */
    record NothingToDo() implements AgentOutcome {
    }

    /** An admin cannot deactivate, reactivate or reset themself (they would lock the back-office out). */
    record NotOnYourself() implements AgentOutcome {
    }

    /** The acting account is not an active admin. */
    record NotAllowed() implements AgentOutcome {
    }
}
