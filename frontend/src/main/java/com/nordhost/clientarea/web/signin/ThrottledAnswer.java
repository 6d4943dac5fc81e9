package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.security.HeldBackRequests;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * A "too many attempts, wait" answer goes out at once, and the browser's next request waits until a moment has
 * passed ({@link HeldBackRequests}). Such an answer costs the server almost nothing (the throttle is checked before
 * any password hash), so a script that floods wrong passwords at full speed would otherwise spend the server's CPU
 * on page loads and keep real customers waiting behind it. The wait holds no thread: the first version slept in
 * the request, and 600 looping scripts then held 600 threads.
 */
final class ThrottledAnswer {

    private ThrottledAnswer() {
    }

    static void holdBack() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped != null) {
            HeldBackRequests.holdNextRequest(wrapped);
        }
    }
}
