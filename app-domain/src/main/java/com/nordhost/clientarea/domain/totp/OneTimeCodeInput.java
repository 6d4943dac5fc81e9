package com.nordhost.clientarea.domain.totp;

/**
 * Reads a code as people type or paste it: {@code 123456}, {@code 123 456} or {@code 123-456}.
 * Anything else is refused with a reason.
 */
public sealed interface OneTimeCodeInput {

    record Valid(String digits) implements OneTimeCodeInput {
        @Override
        public String toString() {
            return "Valid[hidden]";
        }
    }

    record Invalid(CodeProblem problem) implements OneTimeCodeInput {
    }

    static OneTimeCodeInput parse(String input, int expectedDigits) {
        if (input == null || input.isBlank()) {
            return new Invalid(CodeProblem.EMPTY);
        }
        StringBuilder digits = new StringBuilder(expectedDigits);
        String trimmed = input.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return new Invalid(CodeProblem.NOT_DIGITS);
            }
        }
        if (digits.length() != expectedDigits) {
            return new Invalid(CodeProblem.WRONG_LENGTH);
        }
        return new Valid(digits.toString());
    }

    /** Authenticator apps show codes as "123 456"; some paste a non-breaking space. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }
}
