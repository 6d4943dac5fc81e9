package com.nordhost.clientarea.bench.load;

/** A login that did not end signed in; the message is its kind, counted per kind in the results. */
public final class LoginFailure extends Exception {

    public LoginFailure(String kind) {
        super(kind, null, false, false);
    }
}
