package com.nordhost.clientarea.domain.totp;

/** Why typed input is not a one-time code. The message key is for the UI's translations. */
public enum CodeProblem {
    EMPTY("code.empty", "Enter the code from your authenticator app."),
    NOT_DIGITS("code.notDigits", "The code may contain only digits (spaces or a dash are fine)."),
    WRONG_LENGTH("code.wrongLength", "The code has the wrong number of digits.");

    private final String messageKey;
    private final String text;

    CodeProblem(String messageKey, String text) {
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
