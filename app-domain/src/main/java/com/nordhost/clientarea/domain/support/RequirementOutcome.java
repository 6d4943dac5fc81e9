package com.nordhost.clientarea.domain.support;

import java.time.Instant;

/** What support's "Require two-factor authentication" and its lifting end in (decision 0046). */
public sealed interface RequirementOutcome {

    /** Required from now; a customer without 2FA is led to the wizard at the first login from {@code dueAt}. */
    record Required(Instant dueAt) implements RequirementOutcome {
    }

    /** Support's requirement is gone; {@code stillRequiredBySetting}: the hosting company's setting still requires it. */
    record Lifted(boolean stillRequiredBySetting) implements RequirementOutcome {
    }

    /** Support already requires it (another agent, another tab): nothing changed. */
    record AlreadyRequired() implements RequirementOutcome {
    }

    /** Support does not require it (lifted meanwhile): nothing changed. */
    record NotRequiredBySupport() implements RequirementOutcome {
    }

    record ReasonRequired() implements RequirementOutcome {
    }

    record UnknownCustomer() implements RequirementOutcome {
    }

    record NotAllowed() implements RequirementOutcome {
    }
}
