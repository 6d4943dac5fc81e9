package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.shared.Transactions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A session signed in at an older epoch ends at its next request; one at the current epoch goes on. */
class SessionEpochFilterTest {

    private final AtomicInteger epochInDatabase = new AtomicInteger(3);
    private final Map<String, Object> attributes = new HashMap<>();
    private final AtomicBoolean invalidated = new AtomicBoolean();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    private SessionEpochFilter filter() {
        AccountRepository accounts = (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> {
                    if ("findSessionEpoch".equals(method.getName())) {
                        return OptionalInt.of(epochInDatabase.get());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Transactions transactions = (Transactions) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Transactions.class}, (proxy, method, args) -> ((Supplier<?>) args[0]).get());
        return new SessionEpochFilter(new SessionEpochs(accounts, transactions));
    }

    private void request() throws Exception {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "invalidate" -> {
                        invalidated.set(true);
                        yield null;
                    }
                    default -> null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) ->
                        "getSession".equals(method.getName()) ? session : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
        filter().doFilter(request, response, (req, res) -> passedOn.set(true));
    }

    @Test
    void a_session_at_the_current_epoch_goes_on() throws Exception {
        attributes.put(SignIn.SESSION_ATTRIBUTE, new SignedInUser(7, Role.CUSTOMER, "anna@example.com", "Anna", true, 3));
        request();
        assertThat(invalidated).isFalse();
        assertThat(passedOn).isTrue();
    }

    @Test
    void a_session_from_before_a_password_change_ends() throws Exception {
        attributes.put(SignIn.SESSION_ATTRIBUTE, new SignedInUser(7, Role.CUSTOMER, "anna@example.com", "Anna", true, 2));
        request();
        assertThat(invalidated).isTrue();
        assertThat(passedOn).as("the request goes on without a session: the login page").isTrue();
    }

    @Test
    void nobody_signed_in_is_not_looked_up() throws Exception {
        epochInDatabase.set(-99);
        request();
        assertThat(invalidated).isFalse();
    }
}
