package com.nordhost.clientarea.domain.support;

public sealed interface UnlockOutcome {

    record Unlocked() implements UnlockOutcome {
    }

    record NotLocked() implements UnlockOutcome {
    }

    record ReasonRequired() implements UnlockOutcome {
    }

    record UnknownCustomer() implements UnlockOutcome {
    }

    record NotAllowed() implements UnlockOutcome {
    }
}
