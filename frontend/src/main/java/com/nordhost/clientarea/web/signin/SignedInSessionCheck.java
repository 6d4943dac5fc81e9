package com.nordhost.clientarea.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * A rule checked against the database at every request of a signed-in session, open pages included: when it
 * no longer holds, the session ends here and the next page is the login. When the database cannot say, the
 * request is refused (503) rather than let through: these are security checks.
 */
public abstract class SignedInSessionCheck extends HttpFilter {

    private final System.Logger log = System.getLogger(getClass().getName());

    /** Whether the signed-in session may go on; may throw when the database cannot be asked. */
    protected abstract boolean stillValid(SignedInUser user);

    /** The same, for a check that also looks at the request (a heartbeat is not the person's activity). */
    protected boolean stillValid(SignedInUser user, HttpServletRequest request) {
        return stillValid(user);
    }

    /** What else ends with an invalid session (a cookie to clear); nothing by default. */
    protected void ended(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
    }

    /** For the log line when a session ends: why, without secrets. */
    protected abstract String endedBecause(SignedInUser user);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Optional<SignedInUser> user = SignIn.from(session);
        if (user.isPresent()) {
            boolean valid;
            try {
                valid = stillValid(user.get(), request);
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.ERROR, "Cannot check the session of account {0} ({1}); request refused",
                        user.get().accountId(), e.toString());
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "The service cannot reach its database. Try again in a moment.");
                return;
            }
            if (!valid) {
                log.log(System.Logger.Level.INFO, "Session of account {0} ended: {1}", user.get().accountId(),
                        endedBecause(user.get()));
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // ended meanwhile by another request of the same session: the outcome we want
                }
                ended(user.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
