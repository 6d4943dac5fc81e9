package com.nordhost.clientarea.domain.account;

/** What {@link CustomerDetailsChange#change} did. */
public sealed interface CustomerDetailsOutcome {

    /** Stored (or nothing had changed); {@code details} as stored now, {@code emailChanged} when the login changed. */
    record Saved(CustomerDetails details, boolean emailChanged) implements CustomerDetailsOutcome {
    }

    /** The e-mail address would change and no current password was given: nothing stored. */
    record PasswordRequired() implements CustomerDetailsOutcome {
    }

    /** The current password was wrong (or too many wrong passwords: not checked): nothing stored. */
    record WrongPassword() implements CustomerDetailsOutcome {
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

    enum Reason { REQUIRED, TOO_LONG, FORMAT }
}
