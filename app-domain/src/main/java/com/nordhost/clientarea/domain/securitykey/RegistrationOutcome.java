package com.nordhost.clientarea.domain.securitykey;

/** What adding a security key ends in. */
public sealed interface RegistrationOutcome {

    /**
     * @param use   what the key may do now
     * @param asked what the customer asked for: a passkey asked for whose authenticator did not verify its user was
     *              added as a key for after the password (decision 0045), and the screen says so
     */
    record Added(long keyId, String name, KeyUse use, KeyUse asked) implements RegistrationOutcome {

        public Added(long keyId, String name) {
            this(keyId, name, KeyUse.AFTER_PASSWORD, KeyUse.AFTER_PASSWORD);
        }

        /** A passkey was asked for and the key cannot sign in alone. */
        public boolean passkeyRefused() {
            return asked == KeyUse.SIGNS_IN_ALONE && use != KeyUse.SIGNS_IN_ALONE;
        }
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
