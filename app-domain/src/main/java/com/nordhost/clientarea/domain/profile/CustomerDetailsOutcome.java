package com.nordhost.clientarea.domain.profile;

import com.nordhost.clientarea.domain.account.CustomerDetails;
import java.time.Instant;

/** What {@link CustomerDetailsChange#change} did. */
public sealed interface CustomerDetailsOutcome {

    /** Stored (or nothing had changed); {@code details} as stored now, {@code emailChanged} when the login changed. */
    record Saved(CustomerDetails details, boolean emailChanged) implements CustomerDetailsOutcome {
    }

    /** The e-mail address would change and no current password was given: nothing stored. */
    record PasswordRequired() implements CustomerDetailsOutcome {
    }

    /** The current password was wrong: nothing stored. */
    record WrongPassword() implements CustomerDetailsOutcome {
    }

    /**
     * Too many wrong passwords in a row ({@code PasswordThrottle}): the password was not checked (nor counted),
     * nothing stored; try again at or after {@code until}.
     */
    record TryLater(Instant until) implements CustomerDetailsOutcome {
    }

    /** Another account already uses the new e-mail address: nothing stored. */
    record EmailTaken() implements CustomerDetailsOutcome {
    }

    /**
     * A field is not acceptable: nothing stored. {@code field} is one of fullName, email, phone, street,
     * postalCode, city, country; {@code reason} one of {@link Reason}.
     */
    record Invalid(String field, Reason reason) implements CustomerDetailsOutcome {
    }

    enum Reason { REQUIRED, TOO_LONG, FORMAT, CONTROL_CHARACTERS }
}
