package com.nordhost.clientarea.admin;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.persistence.testing.OverTestDatabase;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.testing.ConstructorInjection;
import com.nordhost.clientarea.web.testing.ServletWithViews;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitCode;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/**
 * Karibu-Testing of the back-office with the real use cases over a real H2 database ({@link TestDatabase});
 * the injected views are built here with the use cases their constructors name, the sign-in rules run as in
 * the server from {@code AgentServiceInit}. Routes are discovered once per test class, Vaadin is set up per test.
 */
public abstract class KaribuTest extends OverTestDatabase {

    private static final Routes ROUTES = ServletWithViews.routesOf("com.nordhost.clientarea.admin");

    @BeforeEach
    void setUpVaadin() {
        ConstructorInjection views = new ConstructorInjection().offerEveryResultOf(services).offer(settings);
        MockVaadin.setup(MockedUI::new, new ServletWithViews(ROUTES, views));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected void newBrowserSession() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    protected static Account newCustomer() {
        int n = next();
        return db.createCustomer("customer" + n + "@example.com", "Customer Person" + n, PASSWORD);
    }

    /** An agent with 2FA already active; returns the agent and the TOTP secret. */
    protected static Agent newAgent(Role role) {
        int n = next();
        Account agent = db.createStaff(role, "agent" + n + "@nordhost.test", "Agent Person" + n, PASSWORD);
        return new Agent(agent, enableTwoFactor(agent).secret());
    }

    /** An agent with 2FA already active whose account was created at {@code createdAt} (newAgent's is now). */
    protected static Agent newAgent(Role role, java.time.Instant createdAt) {
        int n = next();
        Account agent = db.createStaff(role, "agent" + n + "@nordhost.test", "Agent Person" + n, PASSWORD, createdAt);
        return new Agent(agent, enableTwoFactor(agent).secret());
    }

    protected record Agent(Account account, TotpSecret secret) {
    }

    /** Logs the agent in with password and the code from the app. */
    protected static void logIn(Agent agent) {
        submitPassword(agent.account().email().value(), PASSWORD);
        submitCode(codeFor(agent.secret()));
        clock.advance(Duration.ofSeconds(31));
        if (SignIn.current().isEmpty()) {
            throw new AssertionError("Login failed for " + agent.account().email());
        }
    }
}
