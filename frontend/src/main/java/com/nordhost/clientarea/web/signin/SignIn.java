package com.nordhost.clientarea.web.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignIns;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;
import java.time.Duration;

/**
 * Signing in and out of the current HTTP session. The signed-in user lives in the HTTP session under
 * {@link #SESSION_ATTRIBUTE}; {@link SignedInUserFilter} and {@link SessionAccessControl} read it from there. The
 * session is only a node's cache of the sign-in kept in the database (decision 0037): {@link SessionEpochFilter}
 * restores it from the browser's {@link SignInCookie} when it is gone.
 */
public final class SignIn {

    /** How long a session in which nobody has signed in lives without a request. */
    public static final Duration NOT_SIGNED_IN_IDLE = Duration.ofMinutes(10);
    /**
     * Session attribute: the idle time, in seconds, a session gets once someone signs in: the in-memory idle time
     * (decision 0037), after which the next request restores the sign-in from the database.
     */
    static final String IDLE_SECONDS_ATTRIBUTE = SignIn.class.getName() + ".idleSeconds";

    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

    private static final System.Logger LOG = System.getLogger(SignIn.class.getName());

    private SignIn() {
    }

    /**
     * Signs the user in: a new session id first (no session fixation), then the principal in the session.
     * Call it only when every required factor was passed.
     */
    public static void complete(SignedInUser user) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("Signing in needs a Vaadin session");
        }
        rotateSessionId();
        session.getSession().setAttribute(SESSION_ATTRIBUTE, user);
        if (session.getSession().getAttribute(IDLE_SECONDS_ATTRIBUTE) instanceof Integer idleSeconds) {
            session.getSession().setMaxInactiveInterval(idleSeconds);
        }
        LOG.log(System.Logger.Level.INFO, "Account {0} ({1}) signed in", user.accountId(), user.role());
    }

    /** The fully signed-in user of the current session, if any. */
    public static Optional<SignedInUser> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : from(session.getSession());
    }

    public static Optional<SignedInUser> from(WrappedSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInUser user ? Optional.of(user)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    public static Optional<SignedInUser> from(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInUser user ? Optional.of(user)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Replaces the stored principal (e.g. after the person changed their name or e-mail address). */
    public static void update(SignedInUser user) {
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_ATTRIBUTE, user);
    }

    /**
     * This session changed something that ended the account's other sessions (a new password, 2FA off): it goes
     * on at the account's new session epoch. The change also ended every sign-in of the account, this browser's
     * too, so this browser gets a new one (decision 0037): it was just proven by the change itself.
     */
    public static void sessionEpochAdvanced(int epoch) {
        current().ifPresent(user -> {
            SignedInUser next = user.withSessionEpoch(epoch);
            if (user.signInId() != 0) {
                SecondFactorUsed carried = user.secondFactorPassed() ? SecondFactorUsed.CARRIED_OVER
                        : SecondFactorUsed.NONE;
                Optional<SignIns.Begun> begun = signIns().flatMap(signIns -> signIns.begin(user.id(), carried,
                        RequestOrigins.current()));
                next = next.withSignIn(begun.map(SignIns.Begun::id).orElse(0L));
                begun.ifPresent(b -> SignInCookie.write(user.role().realm(), b.token(),
                        signIns().orElseThrow().limits().absolute()));
            }
            update(next);
        });
    }

    /**
     * The sign-ins, for the two moments no view is at hand (log out from the top bar, the epoch change of a dialog):
     * from CDI in the server; none where no container runs (view tests), where nothing is kept in a database anyway.
     */
    private static Optional<SignIns> signIns() {
        try {
            return Optional.of(CDI.current().select(SignIns.class).get());
        } catch (IllegalStateException noContainer) {
            return Optional.empty();
        }
    }

    /**
     * The route the visitor asked for before being sent to the login page, removed from the session
     * so it is used once.
     */
    public static Optional<String> takeRedirectTarget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        WrappedSession wrapped = session.getSession();
        Object target = wrapped.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        wrapped.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        wrapped.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        return target instanceof String path && !path.isBlank() ? Optional.of(path) : Optional.empty();
    }

    /**
     * Ends the session and this browser's sign-in in the database (decision 0037; its cookie goes too) and sends the
     * browser to {@code location} (e.g. the login route).
     */
    public static void signOut(String location) {
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        current().ifPresent(user -> {
            LOG.log(System.Logger.Level.INFO, "Account {0} signed out", user.accountId());
            signIns().ifPresent(signIns -> signIns.end(user.id(), user.signInId()));
            SignInCookie.clear(user.role().realm());
        });
        if (ui != null) {
            ui.getPage().setLocation(location);
        }
        if (session != null) {
            session.getSession().removeAttribute(SESSION_ATTRIBUTE);
            session.getSession().invalidate();
        }
    }

    private static void rotateSessionId() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest) {
            servletRequest.getHttpServletRequest().changeSessionId();
        }
    }
}
