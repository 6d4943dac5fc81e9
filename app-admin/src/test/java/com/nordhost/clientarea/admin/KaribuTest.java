package com.nordhost.clientarea.admin;

import com.nordhost.clientarea.admin.agents.AgentsView;
import com.nordhost.clientarea.admin.audit.AuditLogView;
import com.nordhost.clientarea.admin.customers.CustomerSearchView;
import com.nordhost.clientarea.admin.customers.CustomerView;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.admin.login.AgentLoginView;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.testing.ServletWithViews;
import com.nordhost.clientarea.domain.DomainSettings;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/**
 * Karibu-Testing of the back-office with the real use cases over a real H2 database ({@link TestDatabase});
 * the injected views are built here with the use cases their constructors name, the sign-in rules run as in
 * the server from {@code AgentServiceInit}. Routes are discovered once per test class, Vaadin is set up per test.
 */
public abstract class KaribuTest {

    protected static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    protected static TestDatabase db;
    protected static MutableClock clock;
    protected static DomainSettings settings;
    protected static DomainServices services;
    private static Routes routes;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        settings = TestDatabase.testSettings().withSupportEmail("help@nordhost.test");
        services = db.services(clock, settings);
        routes = new Routes().autoDiscoverViews("com.nordhost.clientarea.admin");
    }

    @AfterAll
    static void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Map<Class<?>, Supplier<?>> views = Map.of(
                AgentLoginView.class, () -> new AgentLoginView(services.passwordLogin(), services.secondFactorLogin(),
                        services.sessionEpochs(),
                        services.enrollment(), settings),
                CustomerSearchView.class, () -> new CustomerSearchView(services.customerSearch()),
                CustomerView.class, () -> new CustomerView(services.supportDesk()),
                AuditLogView.class, () -> new AuditLogView(services.auditLogQuery()),
                AgentsView.class, () -> new AgentsView(services.agentAdministration(), services.twoFactorOverview()),
                BackOfficeLayout.class, () -> new BackOfficeLayout(services.agentAdministration(), settings));
        MockVaadin.setup(MockedUI::new, new ServletWithViews(routes, views));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected void newBrowserSession() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    protected static int next() {
        return SEQUENCE.incrementAndGet();
    }

    protected static Account newCustomer() {
        int n = next();
        return db.createCustomer("customer" + n + "@example.com", "Customer Person" + n, PASSWORD);
    }

    /** An agent with 2FA already active; returns the agent and the TOTP secret. */
    protected static Agent newAgent(Role role) {
        int n = next();
        Account agent = db.createStaff(role, "agent" + n + "@nordhost.test", "Agent Person" + n, PASSWORD);
        return new Agent(agent, enableTwoFactor(agent));
    }

    protected record Agent(Account account, TotpSecret secret) {
    }

    protected static TotpSecret enableTwoFactor(Account account) {
        PendingEnrollment pending = services.enrollment().start(account.id(), RequestOrigin.unknown());
        EnrollmentOutcome outcome = services.enrollment().confirm(account.id(), codeFor(pending.secret()),
                RequestOrigin.unknown());
        if (!(outcome instanceof EnrollmentOutcome.Activated)) {
            throw new AssertionError("Enrollment failed: " + outcome);
        }
        clock.advance(Duration.ofSeconds(31));
        return pending.secret();
    }

    protected static String codeFor(TotpSecret secret) {
        return new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, clock.instant());
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    protected static void submitPassword(String email, String password) {
        navigate("login");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail address")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
    }

    protected static void submitCode(String code) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code from your 2FA app")), code);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
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
