package com.nordhost.clientarea.admin.login;

import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.web.signin.SignedInSessionCheck;
import com.nordhost.clientarea.web.signin.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;

/**
 * Ends the session of an agent who was deactivated, or given another role, since signing in. It is
 * checked on every request, so a page left open (a search, a customer page) stops answering at its
 * next round trip instead of at the next navigation: Vaadin finds its session gone, reloads, and the
 * login page appears. One primary-key read per request is nothing for a back-office's few agents.
 *
 * <p>When the database cannot say, the request is refused rather than let through: it is a security check.
 */
@WebFilter(filterName = "clientarea-inactive-agent-sign-out", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class InactiveAgentSignOut extends SignedInSessionCheck {

    @Inject
    AgentAdministration agents;

    @Override
    protected boolean stillValid(SignedInUser user) {
        return agents.isActiveAgent(user.id(), user.role());
    }

    @Override
    protected String endedBecause(SignedInUser user) {
        return "no longer an active " + user.role();
    }
}
