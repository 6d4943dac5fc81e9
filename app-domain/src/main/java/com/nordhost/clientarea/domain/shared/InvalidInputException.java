package com.nordhost.clientarea.domain.shared;

/**
 * Input a person typed that the domain cannot accept. Carries a message key for the UI's translations
 * and an English text for logs and tests.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;

    public InvalidInputException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
