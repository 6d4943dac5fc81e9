package com.nordhost.clientarea.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers OWASP's HTTP Headers cheat sheet asks for, on every response of both apps (a filter in
 * this shared jar, found by the container's annotation scan like the other shared filters).
 *
 * <p>The Content-Security-Policy is the strictest Vaadin 24's production bundle works with, proven by the
 * browser tests: everything from the app's own origin, no framing, no plugins, no foreign form targets.
 * Vaadin's bootstrap page carries inline scripts and its client runs server-sent JavaScript through
 * {@code new Function}, so scripts need {@code 'unsafe-inline'} and {@code 'unsafe-eval'}; its components set
 * inline styles. Nothing is loaded from another origin, so an injected script still cannot call home
 * ({@code connect-src 'self'}) or load a foreign script file.
 */
@WebFilter(filterName = "clientarea-security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    /** Security keys and passkeys (decision 0024) may be asked for by the page itself, never by a frame. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), publickey-credentials-create=(self), publickey-credentials-get=(self)";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }
}
