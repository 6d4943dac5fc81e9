package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInUserFilterTest {

    private final Map<String, Object> attributes = new HashMap<>();

    private HttpServletRequest request() {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) ->
                        "getAttribute".equals(method.getName()) ? attributes.get((String) args[0]) : null);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) ->
                        "getSession".equals(method.getName()) ? session : null);
        return new SignedInUserFilter.SignedInRequest(request);
    }

    @Test
    void nobody_signed_in_is_no_principal() {
        HttpServletRequest request = request();
        assertThat(request.getUserPrincipal()).isNull();
        assertThat(request.isUserInRole("CUSTOMER")).isFalse();
    }

    @Test
    void the_signed_in_user_is_the_principal_with_their_role_only() {
        attributes.put(SignIn.SESSION_ATTRIBUTE, new SignedInUser(7, Role.CUSTOMER, "anna@example.com", "Anna", true));
        HttpServletRequest request = request();
        assertThat(request.getUserPrincipal().getName()).isEqualTo("anna@example.com");
        assertThat(request.getRemoteUser()).isEqualTo("anna@example.com");
        assertThat(request.isUserInRole("CUSTOMER")).isTrue();
        assertThat(request.isUserInRole("SUPPORT")).isFalse();
    }
}
