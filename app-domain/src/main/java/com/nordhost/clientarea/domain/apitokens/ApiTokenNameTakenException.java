package com.nordhost.clientarea.domain.apitokens;

/** Another token has the name (the database's unique constraint, also for two ADMINs at the same moment). */
public class ApiTokenNameTakenException extends RuntimeException {

    public ApiTokenNameTakenException(Throwable cause) {
        super("An API token with this name exists.", cause);
    }
}
