package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.cookies.CookieHeaders;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.login.DeviceTrust;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The browser's device token (the domain's {@link DeviceTrust}) in a long-lived cookie: HttpOnly, SameSite=Lax,
 * Secure on HTTPS, one per realm ({@code CLIENTAREA_DEVICE}, {@code BACKOFFICE_DEVICE}: both apps share a host
 * name). Written after a complete login, read at the password step.
 */
public final class DeviceCookie {

    private DeviceCookie() {
    }

    static String name(Realm realm) {
        return realm == Realm.STAFF ? "BACKOFFICE_DEVICE" : "CLIENTAREA_DEVICE";
    }

    /** The token the browser sent for {@code realm}, if any. */
    public static Optional<String> read(Realm realm) {
        return readCookie(name(realm));
    }

    /** Keeps {@code token} in the browser for {@link DeviceTrust#LIFETIME}. */
    public static void write(Realm realm, String token) {
        writeCookie(name(realm), token, DeviceTrust.LIFETIME.toSeconds());
    }

    /** The current Vaadin request's cookie {@code name}, if it has a value. */
    static Optional<String> readCookie(String name) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
                .filter(value -> value != null && !value.isBlank()).findFirst();
    }

    /** A long-lived cookie on the current Vaadin response: HttpOnly, SameSite=Lax, Secure on HTTPS. */
    static void writeCookie(String name, String value, long maxAgeSeconds) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || !(VaadinService.getCurrentResponse() instanceof VaadinServletResponse response)) {
            return;
        }
        boolean https = Boolean.TRUE.equals(request.getAttribute(CookieHeaders.HTTPS_ATTRIBUTE))
                || request.isSecure();
        String path = request.getContextPath();
        response.addHeader("Set-Cookie", CookieHeaders.setCookie(name, value, path, maxAgeSeconds, https));
    }
}
