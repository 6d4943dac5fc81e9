package com.nordhost.clientarea.domain.lifecycle;

/** What deactivating or reactivating a customer did. */
public sealed interface DeactivationOutcome {

    /** The account is inactive now: nobody signs in, every session ends at its next request. */
    record Deactivated() implements DeactivationOutcome {
    }

    /** The account is active again, with its password and second factor as they were. */
    record Reactivated() implements DeactivationOutcome {
    }

    /** Nothing changed: the account was already inactive (another agent, or a second click). */
    record AlreadyInactive() implements DeactivationOutcome {
    }

    /** Nothing changed: the account was already active. */
    record AlreadyActive() implements DeactivationOutcome {
    }

    /** No active agent or admin is acting. */
    record NotAllowed() implements DeactivationOutcome {
    }

    record UnknownCustomer() implements DeactivationOutcome {
    }

    /** No reason, or one with control characters. */
    record ReasonRequired() implements DeactivationOutcome {
    }

    /** No ticket reference. */
    record TicketRequired() implements DeactivationOutcome {
    }
}
