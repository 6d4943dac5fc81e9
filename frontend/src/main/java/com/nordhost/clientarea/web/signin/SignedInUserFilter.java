package com.nordhost.clientarea.web.signin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Makes {@code getUserPrincipal()} and {@code isUserInRole()} answer from the fully signed-in
 * {@link SignedInUser} in the HTTP session. Someone who has passed only the password is not a principal.
 */
@WebFilter(filterName = "clientarea-signed-in-user", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SignedInUserFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new SignedInRequest(request), response);
    }

    static final class SignedInRequest extends HttpServletRequestWrapper {

        SignedInRequest(HttpServletRequest request) {
            super(request);
        }

        private Optional<SignedInUser> user() {
            return SignIn.from(getSession(false));
        }

        @Override
        public Principal getUserPrincipal() {
            return user().map(Principal.class::cast).orElse(null);
        }

        @Override
        public String getRemoteUser() {
            return user().map(SignedInUser::getName).orElse(null);
        }

        @Override
        public boolean isUserInRole(String role) {
            return user().map(u -> u.hasRole(role)).orElse(false);
        }
    }
}
