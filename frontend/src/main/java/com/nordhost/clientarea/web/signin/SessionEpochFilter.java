package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.cookies.CookieHeaders;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignIns;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;


/**
 * The sign-in at every request (decisions 0014 and 0037), in both WARs by its annotation (this jar is in both).
 * <ul>
 * <li>A signed-in in-memory session goes on only while its sign-in row exists, is not expired and the account is
 * still at the session epoch it signed in with (a new password, 2FA off or removed by support, a deactivation, a
 * sign-out from another browser or by support end it): an open page on any node stops at its next round trip,
 * Vaadin finds its session gone, reloads, and the login page appears. The session that made an epoch change
 * remembered the new epoch and its new sign-in and goes on. A request of the person (not Vaadin's heartbeat)
 * moves the sign-in's last seen on, at most once a minute.</li>
 * <li>A request without a signed-in in-memory session (the node died, restarted, or the session idled out of
 * memory) that carries a valid {@link SignInCookie} is signed in again here, silently: a new HTTP session holds the
 * restored user, the page asked for opens, and Vaadin's own "session expired" is a silent reload (the system
 * messages of {@link ClientAreaServiceInitListener}). Restoring is not a login: nothing is counted or audited.</li>
 * </ul>
 * <p>When the database cannot say, the request is refused rather than let through: it is a security check.
 * The realm is the WAR's context parameter {@value #REALM_PARAMETER}.
 */
@WebFilter(filterName = "clientarea-session-epoch", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SessionEpochFilter extends SignedInSessionCheck {

    /** Context parameter naming the app's realm: CUSTOMER (the client area) or STAFF (the back-office). */
    public static final String REALM_PARAMETER = "clientarea.realm";
    /** HTTP session attribute: the restored account's language, applied to the next UI (then removed). */
    static final String RESTORED_LOCALE = SessionEpochFilter.class.getName() + ".restoredLocale";

    private static final System.Logger LOG = System.getLogger(SessionEpochFilter.class.getName());

    @Inject
    SignIns signIns;

    @Inject
    DomainSettings settings;

    @Inject
    LanguagePreference languages;

    public SessionEpochFilter() {
    }

    /** For tests without a container. */
    SessionEpochFilter(SignIns signIns, DomainSettings settings, LanguagePreference languages) {
        this.signIns = signIns;
        this.settings = settings;
        this.languages = languages;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SignIn.from(request.getSession(false)).isEmpty() && !isHeartbeat(request)) {
            Realm realm = realm(request);
            Optional<String> token = SignInCookie.read(request, realm);
            if (token.isPresent()) {
                Optional<SignIns.Restored> restored;
                try {
                    restored = signIns.restore(realm, token.get());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "Cannot restore a sign-in ({0}); request refused",
                            e.toString());
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            "The service cannot reach its database. Try again in a moment.");
                    return;
                }
                if (restored.isPresent()) {
                    restore(request, restored.get());
                } else {
                    markHttps(request);
                    SignInCookie.clear(request, response, realm);
                }
            }
        }
        super.doFilter(request, response, chain);
    }

    private void restore(HttpServletRequest request, SignIns.Restored restored) {
        boolean existed = request.getSession(false) != null;
        HttpSession session = request.getSession(true);
        if (existed) {
            // A visitor's session becomes a signed-in one: a new id, as at a login (no session fixation).
            request.changeSessionId();
        }
        var account = restored.account();
        session.setAttribute(SignIn.SESSION_ATTRIBUTE, new SignedInUser(account.id().value(), account.role(),
                account.email().value(), account.fullName(), restored.secondFactor() != SecondFactorUsed.NONE,
                restored.sessionEpoch(), restored.signInId()));
        session.setAttribute(SignIn.IDLE_SECONDS_ATTRIBUTE, inMemorySeconds());
        session.setMaxInactiveInterval(inMemorySeconds());
        if (languages != null && account.realm() == Realm.CUSTOMER) {
            languages.stored(account.id()).ifPresent(language -> session.setAttribute(RESTORED_LOCALE,
                    language.locale()));
        }
        LOG.log(System.Logger.Level.DEBUG, "Sign-in {0} of account {1} restored", restored.signInId(),
                account.id());
    }

    private int inMemorySeconds() {
        DomainSettings s = settings == null ? DomainSettings.defaults() : settings;
        return (int) Math.min(s.sessionInMemoryIdle().toSeconds(), s.sessionIdle().toSeconds());
    }

    private void markHttps(HttpServletRequest request) {
        if (request.getAttribute(CookieHeaders.HTTPS_ATTRIBUTE) == null && settings != null) {
            request.setAttribute(CookieHeaders.HTTPS_ATTRIBUTE, CookieHeaders.isHttps(request,
                    settings.trustedProxies()));
        }
    }

    private static Realm realm(HttpServletRequest request) {
        String configured = request.getServletContext().getInitParameter(REALM_PARAMETER);
        return "STAFF".equals(configured) ? Realm.STAFF : Realm.CUSTOMER;
    }

    /** Vaadin's heartbeat says only that a tab is open, not that anyone uses it. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    @Override
    protected boolean stillValid(SignedInUser user) {
        return signIns.isCurrent(user.id(), user.sessionEpoch(), user.signInId(), true);
    }

    @Override
    protected boolean stillValid(SignedInUser user, HttpServletRequest request) {
        return signIns.isCurrent(user.id(), user.sessionEpoch(), user.signInId(), !isHeartbeat(request));
    }

    @Override
    protected void ended(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        markHttps(request);
        SignInCookie.clear(request, response, user.role().realm());
    }

    @Override
    protected String endedBecause(SignedInUser user) {
        return "its sign-in ended (signed out elsewhere, expired, or its password or second factor changed)";
    }
}
