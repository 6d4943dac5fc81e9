package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.cookies.CookieHeaders;
import com.nordhost.clientarea.domain.account.Realm;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The browser's sign-in (decision 0037) in a cookie, one per app ({@code CLIENTAREA_SIGNIN}, {@code BACKOFFICE_SIGNIN}:
 * both apps share a host name, and cookies ignore ports) on the app's context path: HttpOnly, SameSite=Lax, Secure on
 * HTTPS (directly or through a trusted proxy, as the other cookies), kept until the sign-in's absolute limit. The
 * value is {@code <id>.<secret>.<HMAC>}; the database holds only the secret's hash.
 */
public final class SignInCookie {

    private SignInCookie() {
    }

    static String name(Realm realm) {
        return realm == Realm.STAFF ? "BACKOFFICE_SIGNIN" : "CLIENTAREA_SIGNIN";
    }

    /** The sign-in token the current Vaadin request carries for {@code realm}. */
    public static Optional<String> read(Realm realm) {
        return DeviceCookie.readCookie(name(realm));
    }

    /** The sign-in token {@code request} carries for {@code realm}. */
    public static Optional<String> read(HttpServletRequest request, Realm realm) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name(realm).equals(c.getName())).map(Cookie::getValue)
                .filter(value -> value != null && !value.isBlank()).findFirst();
    }

    /** Keeps {@code token} in the browser for {@code lifetime}, on the current Vaadin response. */
    public static void write(Realm realm, String token, Duration lifetime) {
        DeviceCookie.writeCookie(name(realm), token, lifetime.toSeconds());
    }

    /** Removes the cookie, on the current Vaadin response (log out). */
    public static void clear(Realm realm) {
        DeviceCookie.writeCookie(name(realm), "", 0);
    }

    /** Removes the cookie on a plain servlet response (a sign-in that no longer restores anything). */
    public static void clear(HttpServletRequest request, HttpServletResponse response, Realm realm) {
        if (!response.isCommitted()) {
            boolean https = Boolean.TRUE.equals(request.getAttribute(CookieHeaders.HTTPS_ATTRIBUTE))
                    || request.isSecure();
            response.addHeader("Set-Cookie", CookieHeaders.setCookie(name(realm), "", request.getContextPath(), 0,
                    https));
        }
    }
}
