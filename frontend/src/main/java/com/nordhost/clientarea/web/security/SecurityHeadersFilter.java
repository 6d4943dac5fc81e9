package com.nordhost.clientarea.web.security;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.web.cookies.CookieHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The response headers OWASP's HTTP Headers cheat sheet asks for, on every response of both apps (a filter in
 * this shared jar, found by the container's annotation scan like the other shared filters), and HSTS when the
 * browser came over HTTPS (itself, or through a trusted proxy that says so).
 *
 * <p>The Content-Security-Policy is the strictest Vaadin 24's production bundle works with, proven by the
 * browser tests: everything from the app's own origin, no framing, no plugins, no foreign form targets.
 * Vaadin's bootstrap page carries inline scripts and its client runs server-sent JavaScript through
 * {@code new Function}, so scripts need {@code 'unsafe-inline'} and {@code 'unsafe-eval'}; its components set
 * inline styles. Nothing is loaded from another origin, so an injected script still cannot call home
 * ({@code connect-src 'self'}) or load a foreign script file.
 */
@WebFilter(filterName = "clientarea-security-headers", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    /** Security keys and passkeys (decision 0024) may be asked for by the page itself, never by a frame. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), publickey-credentials-create=(self), publickey-credentials-get=(self)";

    /**
     * A year of HTTPS only, sent only on a response the browser got over HTTPS (RFC 6797 section 7.2); not for
     * subdomains, which are the hosting company's other services.
     */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Inject
    DomainSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CookieHeaders.isHttps(request, settings == null ? Set.of() : settings.trustedProxies())) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }
}
