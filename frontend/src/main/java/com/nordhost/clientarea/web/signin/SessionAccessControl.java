package com.nordhost.clientarea.web.signin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Vaadin's route protection ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}, and a
 * route without an annotation is denied) over the {@link SignedInUser} in the HTTP session. It reads the
 * session itself rather than the request's principal, so it gives the same answers in the server (where
 * {@link SignedInUserFilter} also exposes the user) and in browserless tests. A visitor who is not signed in
 * is forwarded to the login view, which sends them back afterwards ({@link SignIn#takeRedirectTarget()}).
 */
public class SessionAccessControl extends NavigationAccessControl {

    public SessionAccessControl(Class<? extends Component> loginView) {
        setLoginView(loginView);
    }

    @Override
    protected Principal getPrincipal(VaadinRequest request) {
        return request == null ? null : SignIn.from(request.getWrappedSession(false)).orElse(null);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        SignedInUser user = request == null ? null : SignIn.from(request.getWrappedSession(false)).orElse(null);
        return role -> user != null && user.hasRole(role);
    }
}
