package com.nordhost.clientarea.domain.provisioning;

import com.nordhost.clientarea.domain.password.PasswordProblem;
import java.util.List;

/** What a create or a replace came to. */
public sealed interface ProvisioningOutcome {

    /** Created or changed (or nothing had changed): the customer as stored now. */
    record Done(ProvisionedCustomer customer) implements ProvisioningOutcome {
    }

    /** A value the rules of My details refuse: {@code field} (fullName, email, externalId) and why. */
    record Invalid(String field, String reason) implements ProvisioningOutcome {
    }

    /** The password policy refuses the password. */
    record PasswordRefused(List<PasswordProblem> problems) implements ProvisioningOutcome {
    }

    /** Another customer has the address, in any letter case. */
    record EmailTaken() implements ProvisioningOutcome {
    }

    record NotFound() implements ProvisioningOutcome {
    }

    /** The customer changed since the version the caller names (If-Match). */
    record VersionMismatch(String current) implements ProvisioningOutcome {
    }
}
