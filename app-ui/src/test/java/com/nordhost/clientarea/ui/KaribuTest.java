package com.nordhost.clientarea.ui;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.ui.login.ForgotPasswordView;
import com.nordhost.clientarea.ui.login.LoginView;
import com.nordhost.clientarea.ui.login.ResetPasswordView;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.testing.ServletWithViews;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
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
 * Karibu-Testing with the real use cases over a real H2 database ({@link TestDatabase}). Karibu does no CDI,
 * so the views with an {@code @Inject} constructor are built here with the use cases they name; the rest
 * (sign-in rules, languages) runs as in the server, from the app's {@code VaadinServiceInitListener}.
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
        routes = new Routes().autoDiscoverViews("com.nordhost.clientarea.ui");
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
                LoginView.class, () -> new LoginView(services.passwordLogin(), services.secondFactorLogin(),
                        services.languagePreference(), settings),
                MyAccountView.class, () -> new MyAccountView(services.twoFactorOverview(), services.enrollment(),
                        services.disableTwoFactor(), services.backupCodeRenewal(), services.passwordChange(),
                        services.customerDetailsChange(), settings),
                MainLayout.class, () -> new MainLayout(settings, services.languagePreference()),
                StartView.class, () -> new StartView(settings),
                ForgotPasswordView.class, () -> new ForgotPasswordView(services.passwordReset(), settings),
                ResetPasswordView.class, () -> new ResetPasswordView(services.passwordReset(), settings));
        MockVaadin.setup(MockedUI::new, new ServletWithViews(routes, views));
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
        int n = SEQUENCE.incrementAndGet();
        return db.createCustomer("customer" + n + "@example.com", "Customer Number" + n, password);
    }

    /** Turns two-factor authentication on through the domain; returns the secret and the backup code. */
    protected static Enabled enableTwoFactor(Account account) {
        PendingEnrollment pending = services.enrollment().start(account.id(), RequestOrigin.unknown());
        EnrollmentOutcome outcome = services.enrollment().confirm(account.id(), codeFor(pending.secret()),
                RequestOrigin.unknown());
        clock.advance(Duration.ofSeconds(31)); // the next code is a new time step (a code is accepted once)
        return new Enabled(pending.secret(), ((EnrollmentOutcome.Activated) outcome).backupCode());
    }

    protected record Enabled(TotpSecret secret, BackupCode backupCode) {
    }

    protected static String codeFor(TotpSecret secret) {
        return new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, clock.instant());
    }

    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** Fills in the login form and clicks Log in, as a person would. */
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

    protected static <T extends Component> T currentView(Class<T> type) {
        return _get(type);
    }
}
