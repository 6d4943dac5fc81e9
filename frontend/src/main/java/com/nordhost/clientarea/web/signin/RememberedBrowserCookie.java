package com.nordhost.clientarea.web.signin;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The client area's remembered-browser token (decision 0020) in the cookie {@code CLIENTAREA_REMEMBERED}: HttpOnly,
 * SameSite=Lax, Secure on HTTPS (as {@link DeviceCookie}), kept for the remembered days. Separate from the device
 * cookie, which only separates password counters: this one spares the code. The back-office never reads or
 * writes it.
 */
public final class RememberedBrowserCookie {

    static final String NAME = "CLIENTAREA_REMEMBERED";

    private RememberedBrowserCookie() {
    }

    /** The token this browser sent, if any. */
    public static Optional<String> read() {
        return DeviceCookie.readCookie(NAME);
    }

    /**
     * The id of the remembered browser this browser's cookie names (the token's public first part), to mark "this
     * browser" in the list; a hint only, nothing is decided by it.
     */
    public static OptionalLong browserId() {
        Optional<String> token = read();
        if (token.isEmpty() || token.get().indexOf('.') < 1) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(token.get().substring(0, token.get().indexOf('.'))));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
    }

    /** Keeps {@code token} in the browser for {@code lifetime}. */
    public static void write(String token, Duration lifetime) {
        DeviceCookie.writeCookie(NAME, token, lifetime.toSeconds());
    }

    /** Removes the cookie from this browser (a forgotten or no longer valid token only costs a request). */
    public static void clear() {
        DeviceCookie.writeCookie(NAME, "", 0);
    }
}
