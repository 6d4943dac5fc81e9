package com.nordhost.clientarea.domain.login;

/**
 * What a person offers at the login's second step. Each kind is checked by the {@link ProofCheck} that accepts it;
 * a new kind of authenticator adds a proof and a check, and the login step stays as it is.
 */
public sealed interface SecondFactorProof {

    /** A code from an authenticator app, or the backup code, as typed. */
    record TypedCode(String typed) implements SecondFactorProof {

        @Override
        public String toString() {
            return "TypedCode[...]";
        }
    }

    /**
     * A passkey's answer that starts a login with no password (decision 0045): the browser's
     * {@code PublicKeyCredential.toJSON()}, the challenge the login page was given for it (held by that page on the
     * server, single use) and the browser's device token (null: none), which tells whether this browser signed in to
     * the account before.
     */
    record PasskeyAssertion(String responseJson, String challenge, String deviceToken) implements SecondFactorProof {

        @Override
        public String toString() {
            return "PasskeyAssertion[...]";
        }
    }

    /** A security key's or passkey's answer to the login's challenge ({@code PublicKeyCredential.toJSON()}). */
    record KeyAssertion(String responseJson) implements SecondFactorProof {

        @Override
        public String toString() {
            return "KeyAssertion[...]";
        }
    }
}
