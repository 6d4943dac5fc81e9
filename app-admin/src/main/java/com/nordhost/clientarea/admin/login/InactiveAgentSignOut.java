package com.nordhost.clientarea.admin.login;

import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Ends the session of an agent who was deactivated, or given another role, since signing in. It is
 * checked on every request, so a page left open (a search, a customer page) stops answering at its
 * next round trip instead of at the next navigation: Vaadin finds its session gone, reloads, and the
 * login page appears. One primary-key read per request is nothing for a back-office's few agents.
 *
 * <p>When the database cannot say, the request is refused rather than let through: it is a security check.
 */
@WebFilter(filterName = "clientarea-inactive-agent-sign-out", urlPatterns = "/*", asyncSupported = true)
public class InactiveAgentSignOut extends HttpFilter {

    private static final System.Logger LOG = System.getLogger(InactiveAgentSignOut.class.getName());

    @Inject
    AgentAdministration agents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Optional<SignedInUser> user = SignIn.from(session);
        if (user.isPresent()) {
            boolean active;
            try {
                active = agents.isActiveAgent(user.get().id(), user.get().role());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Cannot check whether account {0} is still an active agent"
                        + " ({1}); request refused", user.get().accountId(), e.toString());
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "The back-office cannot reach its database. Try again in a moment.");
                return;
            }
            if (!active) {
                LOG.log(System.Logger.Level.WARNING, "Account {0} is no longer an active {1}: session ended",
                        user.get().accountId(), user.get().role());
                invalidate(session);
            }
        }
        chain.doFilter(request, response);
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile by another request of the same agent: the outcome we want
        }
    }
}
