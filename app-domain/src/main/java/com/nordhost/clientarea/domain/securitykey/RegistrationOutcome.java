package com.nordhost.clientarea.domain.securitykey;

/** What adding a security key ends in. */
public sealed interface RegistrationOutcome {

    record Added(long keyId, String name) implements RegistrationOutcome {
    }

    /** The name cannot be used; {@code messageKey} says why (missing, too long, control characters). */
    record BadName(String messageKey) implements RegistrationOutcome {
    }

    /** The browser's answer did not verify, or its challenge was unknown, used or expired: start again. */
    record Refused() implements RegistrationOutcome {
    }

    /** This authenticator's credential is already registered (to this or another account). */
    record AlreadyRegistered() implements RegistrationOutcome {
    }

    /** Two-factor authentication is off, the account is not a customer's, or it has the most keys allowed. */
    record NotAllowed() implements RegistrationOutcome {
    }
}
