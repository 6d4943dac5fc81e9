package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.shared.PlainText;

import java.util.Optional;

/** The name a customer gives an added authenticator app ("Phone", "Tablet"): what Security settings lists it by. */
public final class AuthenticatorAppName {

    public static final int MAX_LENGTH = 60;

    public enum Problem { EMPTY, TOO_LONG, CONTROL_CHARACTERS }

    private AuthenticatorAppName() {
    }

    /** Leading and trailing spaces are not part of a name. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip();
    }

    public static Optional<Problem> problemWith(String typed) {
        String name = normalize(typed);
        if (name.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (PlainText.hasControlCharacters(name, false)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        return Optional.empty();
    }

    /** Names are compared as the customer reads them: "phone" and "Phone " are the same app. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && normalize(a).equalsIgnoreCase(normalize(b));
    }
}
