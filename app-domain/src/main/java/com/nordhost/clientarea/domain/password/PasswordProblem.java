package com.nordhost.clientarea.domain.password;

/** Why a new password is refused. The message key is for the UI's translations. */
public enum PasswordProblem {
    TOO_SHORT("password.tooShort", "The password must have at least " + PasswordPolicy.MIN_CODE_POINTS + " characters."),
    TOO_LONG("password.tooLong", "The password may have at most " + PasswordPolicy.MAX_CODE_POINTS + " characters."),
    CONTROL_CHARACTERS("password.controlCharacters", "The password may not contain control characters.");

    private final String messageKey;
    private final String text;

    PasswordProblem(String messageKey, String text) {
        this.messageKey = messageKey;
        this.text = text;
    }

    public String messageKey() {
        return messageKey;
    }

    public String text() {
        return text;
    }
}
