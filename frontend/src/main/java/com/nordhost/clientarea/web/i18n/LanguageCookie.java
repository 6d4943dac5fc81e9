package com.nordhost.clientarea.web.i18n;

import com.nordhost.clientarea.web.cookies.CookieHeaders;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language this browser last chose or signed in with, in a year-long cookie (HttpOnly, SameSite=Lax, Secure on
 * HTTPS), so that the login page after a logout, or tomorrow, speaks it rather than the browser's language. One per
 * app, named after the app's session cookie ({@code CLIENTAREA_LANGUAGE}, {@code BACKOFFICE_LANGUAGE}: both apps share
 * a host name, and cookies ignore ports). It holds only {@code en} or {@code sv}.
 */
public final class LanguageCookie {

    static final Duration LIFETIME = Duration.ofDays(365);
    static final String DEFAULT_NAME = "CLIENTAREA_LANGUAGE";

    private LanguageCookie() {
    }

    /** The supported language the current request's cookie names, if any. */
    public static Optional<Locale> read() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = name(request);
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
                .filter(value -> value != null && !value.isBlank()).findFirst()
                .flatMap(tag -> Languages.supported(Locale.forLanguageTag(tag)));
    }

    /** Keeps {@code locale} (a supported one) in this browser. */
    public static void write(Locale locale) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Optional<Locale> supported = Languages.supported(locale);
        if (supported.isEmpty() || request == null
                || !(VaadinService.getCurrentResponse() instanceof VaadinServletResponse response)) {
            return;
        }
        boolean https = Boolean.TRUE.equals(request.getAttribute(CookieHeaders.HTTPS_ATTRIBUTE))
                || request.isSecure();
        response.addHeader("Set-Cookie", CookieHeaders.setCookie(name(request), supported.get().getLanguage(),
                request.getContextPath(), LIFETIME.toSeconds(), https));
    }

    /** {@code CLIENTAREA_SESSION} gives {@code CLIENTAREA_LANGUAGE}; without a configured name, the client area's. */
    static String name(VaadinRequest request) {
        String session = null;
        try {
            if (request instanceof VaadinServletRequest servletRequest
                    && servletRequest.getHttpServletRequest().getServletContext() != null) {
                SessionCookieConfig config = servletRequest.getHttpServletRequest().getServletContext()
                        .getSessionCookieConfig();
                session = config == null ? null : config.getName();
            }
        } catch (UnsupportedOperationException noConfig) {
            // A container without a session cookie configuration (view tests): the client area's name.
        }
        return session != null && session.endsWith("_SESSION")
                ? session.substring(0, session.length() - "_SESSION".length()) + "_LANGUAGE" : DEFAULT_NAME;
    }
}
