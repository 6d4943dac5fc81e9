package com.nordhost.clientarea.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds this app's signed-in sessions on this node to {@code clientarea.session.memory.max} (decision 0037): a
 * sign-in or a restore beyond it ends the sessions idle longest in memory, never their sign-ins.
 */
@WebListener
public class SignedInSessionsInMemory implements HttpSessionAttributeListener, HttpSessionListener, HttpSessionIdListener {

    /** A session used this recently may have a request running: it is never the one ended. */
    private static final long IN_USE_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(SignedInSessionsInMemory.class.getName());

    @Inject
    @ConfigProperty(name = "clientarea.session.memory.max", defaultValue = "1000")
    int max;

    private volatile SignedInSessionsKept kept;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SignIn.SESSION_ATTRIBUTE.equals(event.getName())) {
            keep(event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        attributeAdded(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (SignIn.SESSION_ATTRIBUTE.equals(event.getName())) {
            kept().ended(event.getSession().getId());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        kept().ended(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        // Counted under its new id from then on (the id changes at sign-in, against session fixation).
        kept().ended(oldSessionId);
        if (event.getSession().getAttribute(SignIn.SESSION_ATTRIBUTE) != null) {
            keep(event.getSession());
        }
    }

    private void keep(HttpSession session) {
        List<SignedInSessionsKept.Kept> toEnd = kept().signedIn(session.getId(), new Held(session),
                System.currentTimeMillis());
        for (SignedInSessionsKept.Kept idle : toEnd) {
            idle.endInMemory();
        }
        if (!toEnd.isEmpty()) {
            LOG.log(Level.FINE, "{0} signed-in session(s) idle longest ended in memory; their sign-ins stay",
                    toEnd.size());
        }
    }

    private SignedInSessionsKept kept() {
        SignedInSessionsKept known = kept;
        if (known == null) {
            synchronized (this) {
                if (kept == null) {
                    kept = new SignedInSessionsKept(max > 0 ? max : 1000, IN_USE_MILLIS);
                }
                known = kept;
            }
        }
        return known;
    }

    private record Held(HttpSession session) implements SignedInSessionsKept.Kept {
        @Override
        public long lastAccessedMillis() {
            return session.getLastAccessedTime();
        }

        @Override
        public void endInMemory() {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile: nothing to free
            }
        }
    }
}
