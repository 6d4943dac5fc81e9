package com.nordhost.clientarea.domain.account;

/** Another account of the same realm already has this e-mail address. */
public class EmailAddressTakenException extends RuntimeException {

    public EmailAddressTakenException(String message, Throwable cause) {
        super(message, cause);
    }
}
