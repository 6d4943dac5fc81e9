package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.login.SessionEpochs;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;


/**
 * Ends a signed-in session whose account's session epoch moved on since it signed in (a new password, 2FA
 * turned off or removed by support, an agent's 2FA reset; see the domain's {@code SessionEpochs}). Checked at
 * every request, so an open page on any node stops at its next round trip: Vaadin finds its session gone,
 * reloads, and the login page appears. The session that made the change remembered the new epoch and goes on.
 * Registered in both WARs by its annotation (this jar is in both).
 *
 * <p>When the database cannot say, the request is refused rather than let through: it is a security check.
 */
@WebFilter(filterName = "clientarea-session-epoch", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SessionEpochFilter extends SignedInSessionCheck {

    @Inject
    SessionEpochs epochs;

    public SessionEpochFilter() {
    }

    /** For tests without a container. */
    SessionEpochFilter(SessionEpochs epochs) {
        this.epochs = epochs;
    }

    @Override
    protected boolean stillValid(SignedInUser user) {
        return epochs.isCurrent(user.id(), user.sessionEpoch());
    }

    @Override
    protected String endedBecause(SignedInUser user) {
        return "its password or second factor changed since it signed in";
    }
}
