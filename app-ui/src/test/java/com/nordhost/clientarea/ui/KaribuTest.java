package com.nordhost.clientarea.ui;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.persistence.testing.OverTestDatabase;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.testing.ConstructorInjection;
import com.nordhost.clientarea.web.testing.ServletWithViews;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitCode;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponseWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/**
 * Karibu-Testing with the real use cases over a real H2 database ({@link TestDatabase}). Karibu does no CDI,
 * so the views with an {@code @Inject} constructor are built here with the use cases they name; the rest
 * (sign-in rules, languages) runs as in the server, from the app's {@code VaadinServiceInitListener}.
 */
public abstract class KaribuTest extends OverTestDatabase {

    private static final Routes ROUTES = ServletWithViews.routesOf("com.nordhost.clientarea.ui");

    @BeforeEach
    void setUpVaadin() {
        ConstructorInjection views = new ConstructorInjection().offerEveryResultOf(services).offer(settings);
        MockVaadin.setup(MockedUI::new, new ServletWithViews(ROUTES, views));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** As if the person opened the site again in a new browser: a new HTTP session. */
    protected void newBrowserSession() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** A new customer with a unique e-mail address. */
    protected static Account newCustomer(String password) {
        int n = next();
        return db.createCustomer("customer" + n + "@example.com", "Customer Number" + n, password);
    }

    /** Logs in fully: the password, and the code from the app when two-factor authentication is on. */
    protected static void logIn(Account account, String password, TotpSecret secretOrNull) {
        submitPassword(account.email().value(), password);
        if (secretOrNull != null) {
            submitCode(codeFor(secretOrNull));
            clock.advance(Duration.ofSeconds(31));
        }
        if (SignIn.current().isEmpty()) {
            throw new AssertionError("Login failed for " + account.email());
        }
    }

    /** The current request as the fake servlet container holds it (to add the cookies a browser would send). */
    protected static FakeRequest fakeRequest() {
        jakarta.servlet.ServletRequest r = ((VaadinServletRequest) VaadinService.getCurrentRequest());
        while (!(r instanceof FakeRequest) && r instanceof ServletRequestWrapper wrapper) {
            r = wrapper.getRequest();
        }
        return (FakeRequest) r;
    }

    /** The current response as the fake servlet container holds it (to read the cookies it sets). */
    protected static FakeResponse fakeResponse() {
        jakarta.servlet.ServletResponse r = ((VaadinServletResponse) VaadinService.getCurrentResponse());
        while (!(r instanceof FakeResponse) && r instanceof ServletResponseWrapper wrapper) {
            r = wrapper.getResponse();
        }
        return (FakeResponse) r;
    }

    protected static <T extends Component> T currentView(Class<T> type) {
        return _get(type);
    }
}
