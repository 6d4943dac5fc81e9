package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.cookies.CookieHeaders;
import com.nordhost.clientarea.domain.DomainSettings;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Set;

/**
 * Sends the session cookie with {@code SameSite=Lax} and, when the browser used HTTPS (directly or through a
 * proxy named in {@code clientarea.trusted.proxies}), {@code Secure}. Payara writes the session cookie itself,
 * without the SameSite attribute web.xml names; so whenever a session is created or its id changes (sign-in),
 * this filter adds a second {@code Set-Cookie} with the same name, path and value and every attribute: browsers
 * apply the headers in order, the later one wins. The cookie's name is web.xml's {@code <cookie-config><name>}
 * (CLIENTAREA_SESSION, BACKOFFICE_SESSION: the two apps share a host name, and cookies ignore ports).
 * Registered in both WARs by its annotation (this jar is in both).
 */
@WebFilter(filterName = "clientarea-session-cookie-attributes", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SessionCookieAttributes extends HttpFilter {

    @Inject
    DomainSettings settings;

    public SessionCookieAttributes() {
    }

    /** For tests without a container. */
    SessionCookieAttributes(DomainSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> proxies = settings == null ? Set.of() : settings.trustedProxies();
        boolean https = CookieHeaders.isHttps(request, proxies);
        request.setAttribute(CookieHeaders.HTTPS_ATTRIBUTE, https);
        chain.doFilter(new Announcing(request, response, https), response);
    }

    static final class Announcing extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private final boolean https;
        private String announced;

        Announcing(HttpServletRequest request, HttpServletResponse response, boolean https) {
            super(request);
            this.response = response;
            this.https = https;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && isNew(session)) {
                announce(session.getId());
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            announce(id);
            return id;
        }

        private static boolean isNew(HttpSession session) {
            try {
                return session.isNew();
            } catch (IllegalStateException invalidated) {
                return false;
            }
        }

        private void announce(String id) {
            if (id == null || id.equals(announced) || response.isCommitted()) {
                return;
            }
            announced = id;
            var config = getServletContext().getSessionCookieConfig();
            String name = config.getName() == null ? "JSESSIONID" : config.getName();
            String path = config.getPath() != null ? config.getPath() : getContextPath();
            response.addHeader("Set-Cookie", CookieHeaders.setCookie(name, id, path, -1, https));
        }
    }
}
