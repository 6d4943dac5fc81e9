package com.nordhost.clientarea.domain.lifecycle;

/** What erasing a customer did (decision 0036). */
public sealed interface ErasureOutcome {

    /**
     * The personal data is gone; the account is a tombstone with its customer number, and its audit events name
     * {@code pseudonym} until their retention ends.
     */
    record Erased(String customerNumber, String pseudonym) implements ErasureOutcome {
    }

    /** Not an active ADMIN (back-office), or no API client named (API). Nothing changed. */
    record NotAllowed() implements ErasureOutcome {
    }

    /** No customer account with this id (staff accounts are never erased here). */
    record UnknownCustomer() implements ErasureOutcome {
    }

    /** Erased before (another admin, a second click, a repeated API call). Nothing changed. */
    record AlreadyErased() implements ErasureOutcome {
    }

    /** No ticket reference (back-office). */
    record TicketRequired() implements ErasureOutcome {
    }

    /** The typed confirmation is not the customer's number. Nothing changed. */
    record ConfirmationMismatch() implements ErasureOutcome {
    }

    /** No reason given by the API client, or one with control characters. */
    record ReasonRequired() implements ErasureOutcome {
    }
}
