package com.nordhost.clientarea.domain.password;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be. Every Unicode character works (spaces too); length is counted in code points
 * of the NFKC form that is hashed, and nothing is ever silently cut off.
 */
public final class PasswordPolicy {

    public static final int MIN_CODE_POINTS = 8;
    public static final int MAX_CODE_POINTS = 256;
    /**
     * The most UTF-16 characters a password field takes and a check looks at (decision 0027): four per code
     * point, so every password this policy accepts fits however it is typed (decomposed accents, characters
     * outside the BMP); anything longer is refused before it is normalized or hashed.
     */
    public static final int MAX_INPUT_LENGTH = 4 * MAX_CODE_POINTS;

    public List<PasswordProblem> problemsWith(String password) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (tooLongToCheck(password)) {
            return List.of(PasswordProblem.TOO_LONG);
        }
        String normalized = normalize(password == null ? "" : password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_CODE_POINTS) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_CODE_POINTS) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        // Control characters cannot be typed on the login form, so a password with one would lock its owner out.
        if (normalized.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(PasswordProblem.CONTROL_CHARACTERS);
        }
        return List.copyOf(problems);
    }

    public boolean accepts(String password) {
        return problemsWith(password).isEmpty();
    }

    /** True for input longer than any password can be ({@link #MAX_INPUT_LENGTH}): never worth hashing. */
    public static boolean tooLongToCheck(String password) {
        return password != null && password.length() > MAX_INPUT_LENGTH;
    }

    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}
