package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login form keeps a device cookie after a complete login and sends it to the password step. */
class DeviceCookieLoginTest extends KaribuTest {

    private static final RequestOrigin STRANGER = new RequestOrigin("198.51.100.66", "curl/8");

    private static FakeResponse response() {
        return fakeResponse();
    }

    private static FakeRequest request() {
        return fakeRequest();
    }

    private static Optional<String> deviceCookieHeader() {
        Collection<String> headers = response().getHeaders("Set-Cookie");
        return headers == null ? Optional.empty()
                : headers.stream().filter(h -> h.startsWith("CLIENTAREA_DEVICE=")).reduce((first, last) -> last);
    }

    private static String loginError() {
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("login-error"));
        return error.isVisible() ? error.getText() : "";
    }

    /** A stranger's wrong passwords, sent straight to the use case, one more each time the wait ends. */
    private static void flood(Account account, int count) {
        for (int i = 0; i < count; i++) {
            LoginOutcome outcome = services.passwordLogin().logIn(Realm.CUSTOMER, account.email().value(),
                    "stranger's guess " + i, STRANGER, BrowserTokens.NONE);
            if (outcome instanceof LoginOutcome.TryLater later) {
                clock.set(later.until());
            }
        }
    }

    @Test
    void a_complete_login_leaves_a_long_lived_http_only_same_site_device_cookie() {
        Account anna = newCustomer(PASSWORD);
        submitPassword(anna.email().value(), "a wrong password");
        assertThat(deviceCookieHeader()).as("not after a wrong password").isEmpty();

        submitPassword(anna.email().value(), PASSWORD);

        assertThat(SignIn.current()).isPresent();
        assertThat(deviceCookieHeader()).hasValueSatisfying(header -> assertThat(header)
                .matches("CLIENTAREA_DEVICE=" + anna.id().value() + "\\.\\d+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43};.*")
                .contains("; Max-Age=15552000", "; HttpOnly", "; SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void a_strangers_flood_keeps_out_browsers_without_the_cookie_but_not_the_owners() {
        Account anna = newCustomer(PASSWORD);
        submitPassword(anna.email().value(), PASSWORD);
        String token = deviceCookieHeader().orElseThrow().split(";")[0].substring("CLIENTAREA_DEVICE=".length());

        flood(anna, 25);

        newBrowserSession();
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(loginError()).as("a browser without the cookie waits").startsWith("Too many");
        assertThat(SignIn.current()).isEmpty();

        newBrowserSession();
        request().addCookie(new Cookie("CLIENTAREA_DEVICE", token));
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).as("the owner's browser with the device cookie").isPresent();
        _assertOne(StartView.class);
    }

    @Test
    void another_accounts_device_cookie_does_not_help() {
        Account anna = newCustomer(PASSWORD);
        Account bert = newCustomer(PASSWORD);
        submitPassword(bert.email().value(), PASSWORD);
        String bertsToken = deviceCookieHeader().orElseThrow().split(";")[0].substring("CLIENTAREA_DEVICE=".length());
        flood(anna, 25);

        newBrowserSession();
        request().addCookie(new Cookie("CLIENTAREA_DEVICE", bertsToken));
        submitPassword(anna.email().value(), PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        assertThat(List.of(loginError())).allSatisfy(e -> assertThat(e).startsWith("Too many"));
        assertThat(Arrays.asList(request().getCookies())).hasSize(1);
    }
}
