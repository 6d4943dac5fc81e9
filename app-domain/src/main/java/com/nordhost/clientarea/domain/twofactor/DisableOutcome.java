package com.nordhost.clientarea.domain.twofactor;

public sealed interface DisableOutcome {

    record Disabled() implements DisableOutcome {
    }

    record WrongPassword() implements DisableOutcome {
    }

    record NotEnabled() implements DisableOutcome {
    }
}
