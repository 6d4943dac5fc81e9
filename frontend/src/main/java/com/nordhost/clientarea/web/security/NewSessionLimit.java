package com.nordhost.clientarea.web.security;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.web.proxy.ForwardedClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client address that opened {@code clientarea.visitor.sessions.per.minute} sessions this minute (120 by
 * default) gets no new one until the minute is over: a request without a session is answered 429 with
 * {@code Retry-After}, before the app would make one. Requests of sessions it already has go on as usual. The
 * address is the client's behind a trusted proxy (one balancer must not share one budget among everybody).
 */
@WebFilter(filterName = "clientarea-new-session-limit", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST})
public class NewSessionLimit extends HttpFilter {

    @Inject
    DomainSettings settings;

    @Inject
    @ConfigProperty(name = "clientarea.visitor.sessions.per.minute", defaultValue = "120")
    int perMinute;

    private volatile NewSessionBudget budget;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        NewSessionBudget sessions = budget();
        String address = ForwardedClientAddress.clientOf(request,
                settings == null ? Set.of() : settings.trustedProxies());
        if (!sessions.allows(address)) {
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain; charset=UTF-8");
            response.setStatus(429);
            response.getWriter().write("Too many new visits from your address. Please try again in a minute.\n"
                    + "För många nya besök från din adress. Försök igen om en minut.\n");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession made = request.getSession(false);
            if (made != null) {
                sessions.opened(address);
            }
        }
    }

    private NewSessionBudget budget() {
        NewSessionBudget known = budget;
        if (known == null) {
            known = new NewSessionBudget(perMinute > 0 ? perMinute : 120, Clock.systemUTC());
            budget = known;
        }
        return known;
    }
}
