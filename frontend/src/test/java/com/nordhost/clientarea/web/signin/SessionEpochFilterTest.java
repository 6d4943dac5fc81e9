package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static com.nordhost.clientarea.domain.testing.DomainFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in at every request (decision 0037): a session whose sign-in ended stops at its next request; a request
 * without a signed-in session but with a valid sign-in cookie is signed in again, silently; a stale cookie is cleared.
 */
class SessionEpochFilterTest {

    private final DomainFixture f = new DomainFixture();
    private final SignIns signIns = f.services.signIns();
    private final SessionEpochFilter filter = new SessionEpochFilter(signIns, f.settings,
            f.services.languagePreference());

    private final Map<String, Object> attributes = new HashMap<>();
    private final AtomicBoolean sessionExists = new AtomicBoolean();
    private final AtomicBoolean invalidated = new AtomicBoolean();
    private final AtomicInteger maxInactive = new AtomicInteger(-1);
    private final AtomicBoolean passedOn = new AtomicBoolean();
    private final List<String> setCookies = new ArrayList<>();

    private void request(String cookie, String query) throws Exception {
        passedOn.set(false);
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "setMaxInactiveInterval" -> {
                        maxInactive.set((Integer) args[0]);
                        yield null;
                    }
                    case "invalidate" -> {
                        invalidated.set(true);
                        attributes.clear();
                        sessionExists.set(false);
                        yield null;
                    }
                    default -> null;
                });
        ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) ->
                        "getInitParameter".equals(method.getName()) ? "CUSTOMER" : null);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> {
                        boolean create = args == null || (Boolean) args[0];
                        if (create) {
                            sessionExists.set(true);
                        }
                        yield sessionExists.get() ? session : null;
                    }
                    case "getCookies" -> cookie == null ? null
                            : new Cookie[] {new Cookie("CLIENTAREA_SIGNIN", cookie)};
                    case "getParameter" -> "v-r".equals(args[0]) ? query : null;
                    case "getServletContext" -> context;
                    case "getContextPath" -> "";
                    case "getRemoteAddr" -> "203.0.113.9";
                    case "isSecure" -> false;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if ("addHeader".equals(method.getName()) && "Set-Cookie".equals(args[0])) {
                        setCookies.add((String) args[1]);
                    }
                    return "isCommitted".equals(method.getName()) ? false : null;
                });
        filter.doFilter(request, response, (req, res) -> passedOn.set(true));
    }

    private SignedInUser user() {
        return (SignedInUser) attributes.get(SignIn.SESSION_ATTRIBUTE);
    }

    private SignIns.Begun begin() {
        return signIns.begin(f.customer.id(), SecondFactorUsed.APP_CODE, ORIGIN).orElseThrow();
    }

    @Test
    void a_valid_cookie_without_a_session_is_signed_in_again_for_the_in_memory_idle_time() throws Exception {
        SignIns.Begun begun = begin();

        request(begun.token(), null);

        assertThat(user()).isNotNull();
        assertThat(user().accountId()).isEqualTo(f.customer.id().value());
        assertThat(user().signInId()).isEqualTo(begun.id());
        assertThat(user().role()).isEqualTo(Role.CUSTOMER);
        assertThat(maxInactive.get()).isEqualTo((int) Duration.ofMinutes(5).toSeconds());
        assertThat(passedOn).isTrue();
        assertThat(setCookies).isEmpty();
    }

    @Test
    void a_session_whose_sign_in_was_signed_out_elsewhere_ends_at_its_next_request_and_its_cookie_goes()
            throws Exception {
        SignIns.Begun begun = begin();
        request(begun.token(), null);
        assertThat(signIns.signOut(f.customer.id(), begun.id(), ORIGIN)).isTrue();

        request(begun.token(), null);

        assertThat(invalidated).isTrue();
        assertThat(user()).isNull();
        assertThat(setCookies).singleElement().satisfies(c -> assertThat(c).startsWith("CLIENTAREA_SIGNIN=;")
                .contains("Max-Age=0", "HttpOnly", "SameSite=Lax"));
        assertThat(passedOn).as("the request goes on without a session: the login page").isTrue();
    }

    @Test
    void a_session_from_before_a_password_change_ends() throws Exception {
        SignIns.Begun begun = begin();
        request(begun.token(), null);
        assertThat(f.services.passwordChange().change(f.customer.id(), PASSWORD, "A new long password 2026",
                ORIGIN)).isInstanceOf(PasswordChangeOutcome.Changed.class);

        request(begun.token(), null);

        assertThat(invalidated).isTrue();
        assertThat(user()).isNull();
    }

    @Test
    void a_stale_cookie_restores_nothing_and_is_cleared() throws Exception {
        SignIns.Begun begun = begin();
        f.clock.advance(Duration.ofMinutes(31));

        request(begun.token(), null);

        assertThat(user()).isNull();
        assertThat(setCookies).singleElement().satisfies(c -> assertThat(c).startsWith("CLIENTAREA_SIGNIN=;"));
    }

    @Test
    void a_heartbeat_neither_restores_nor_keeps_a_sign_in_alive() throws Exception {
        SignIns.Begun begun = begin();
        request(begun.token(), "heartbeat");
        assertThat(user()).as("a heartbeat restores nothing").isNull();

        request(begun.token(), null);
        f.clock.advance(Duration.ofMinutes(20));
        request(begun.token(), "heartbeat");
        f.clock.advance(Duration.ofMinutes(11));
        request(begun.token(), "heartbeat");

        assertThat(invalidated).as("idle 31 minutes with only heartbeats").isTrue();
    }

    @Test
    void nobody_signed_in_and_no_cookie_is_not_looked_up() throws Exception {
        request(null, null);
        assertThat(sessionExists).isFalse();
        assertThat(passedOn).isTrue();
    }
}
