package com.nordhost.clientarea.web.cookies;

import com.nordhost.clientarea.web.proxy.ForwardedClientAddress;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * {@code Set-Cookie} headers with every attribute written out (HttpOnly, SameSite=Lax, Secure on HTTPS): the
 * session cookie's attributes from web.xml do not all reach the header on Payara, and {@code Cookie} has no
 * portable SameSite. Also decides whether a request came over HTTPS, directly or through a trusted proxy.
 */
public final class CookieHeaders {

    /** Request attribute set by {@code web.signin.SessionCookieAttributes}: Boolean, whether the browser used HTTPS. */
    public static final String HTTPS_ATTRIBUTE = CookieHeaders.class.getName() + ".https";

    private CookieHeaders() {
    }

    /**
     * Whether the browser reached us over HTTPS: the connection itself, or {@code X-Forwarded-Proto: https} from a
     * proxy whose address is in {@code trustedProxies} (from anyone else the header is ignored: a browser could
     * send it).
     */
    public static boolean isHttps(HttpServletRequest request, Set<String> trustedProxies) {
        if (request.isSecure()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return forwarded != null && trustedProxies.contains(ForwardedClientAddress.peerAddress(request))
                && "https".equalsIgnoreCase(forwarded.split(",")[0].strip());
    }

    /**
     * One {@code Set-Cookie} value: {@code name=value; Path=path; Max-Age=...; HttpOnly; SameSite=Lax[; Secure]}.
     * {@code maxAgeSeconds} below zero leaves Max-Age out (a cookie for the browser session).
     */
    public static String setCookie(String name, String value, String path, long maxAgeSeconds, boolean secure) {
        StringBuilder header = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path == null || path.isEmpty() ? "/" : path);
        if (maxAgeSeconds >= 0) {
            header.append("; Max-Age=").append(maxAgeSeconds);
        }
        header.append("; HttpOnly; SameSite=Lax");
        if (secure) {
            header.append("; Secure");
        }
        return header.toString();
    }
}
