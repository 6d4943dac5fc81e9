package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.login.SessionEpochs;
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
 * Ends a signed-in session whose account's session epoch moved on since it signed in (a new password, 2FA
 * turned off or removed by support, an agent's 2FA reset; see the domain's {@code SessionEpochs}). Checked at
 * every request, so an open page on any node stops at its next round trip: Vaadin finds its session gone,
 * reloads, and the login page appears. The session that made the change remembered the new epoch and goes on.
 * Registered in both WARs by its annotation (this jar is in both).
 *
 * <p>When the database cannot say, the request is refused rather than let through: it is a security check.
 */
@WebFilter(filterName = "clientarea-session-epoch", urlPatterns = "/*", asyncSupported = true)
public class SessionEpochFilter extends HttpFilter {

    private static final System.Logger LOG = System.getLogger(SessionEpochFilter.class.getName());

    @Inject
    SessionEpochs epochs;

    public SessionEpochFilter() {
    }

    /** For tests without a container. */
    SessionEpochFilter(SessionEpochs epochs) {
        this.epochs = epochs;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Optional<SignedInUser> user = SignIn.from(session);
        if (user.isPresent()) {
            boolean current;
            try {
                current = epochs.isCurrent(user.get().id(), user.get().sessionEpoch());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Cannot check the session epoch of account {0} ({1});"
                        + " request refused", user.get().accountId(), e.toString());
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "The service cannot reach its database. Try again in a moment.");
                return;
            }
            if (!current) {
                LOG.log(System.Logger.Level.INFO, "Session of account {0} ended: its password or second factor"
                        + " changed since it signed in", user.get().accountId());
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // ended meanwhile by another request of the same session: the outcome we want
                }
            }
        }
        chain.doFilter(request, response);
    }
}
