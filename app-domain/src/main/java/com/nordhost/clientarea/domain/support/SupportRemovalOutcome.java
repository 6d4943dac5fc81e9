package com.nordhost.clientarea.domain.support;

public sealed interface SupportRemovalOutcome {

    record Removed() implements SupportRemovalOutcome {
    }

    /** The request did not come from the customer's registered address: nothing was changed. */
    record AddressMismatch() implements SupportRemovalOutcome {
    }

    record ReasonRequired() implements SupportRemovalOutcome {
    }

    /** No second factor (or another agent removed it first). */
    record NotEnabled() implements SupportRemovalOutcome {
    }

    record UnknownCustomer() implements SupportRemovalOutcome {
    }

    /** The acting account is not an active staff member. */
    record NotAllowed() implements SupportRemovalOutcome {
    }
}
