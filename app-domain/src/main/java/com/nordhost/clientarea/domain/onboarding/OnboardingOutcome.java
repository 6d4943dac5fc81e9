package com.nordhost.clientarea.domain.onboarding;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;

/** What {@link CustomerOnboarding#create} did. */
public sealed interface OnboardingOutcome {

    /** The customer exists with this number and the invitation is queued. */
    record Created(AccountId account, String customerNumber) implements OnboardingOutcome {
    }

    /** A customer with this address (in any letter case) exists, or was created at the same moment: nothing stored. */
    record EmailTaken() implements OnboardingOutcome {
    }

    /** A field is not acceptable (the rules of My details): nothing stored. */
    record Invalid(String field, CustomerDetailsOutcome.Reason reason) implements OnboardingOutcome {
    }

    /** The caller is no active agent or admin: nothing stored. */
    record NotAllowed() implements OnboardingOutcome {
    }
}
