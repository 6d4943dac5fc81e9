package com.nordhost.clientarea.admin.login;

import com.nordhost.clientarea.web.errors.AccessDeniedView;
import com.vaadin.flow.component.html.H1;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.admin.agents.AgentsView;
import com.nordhost.clientarea.admin.apitokens.ApiTokensView;
import com.nordhost.clientarea.admin.audit.AuditLogView;
import com.nordhost.clientarea.admin.customers.CustomerSearchView;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.domain.twofactor.TwoFactorStatus;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.EnrollmentDialog;
import com.nordhost.clientarea.web.twofactor.SecondFactorForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitCode;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AgentLoginTest extends KaribuTest {

    @Test
    void a_visitor_who_is_not_signed_in_gets_the_agent_login() {
        navigate("");
        _assertOne(AgentLoginView.class);
        navigate("audit");
        _assertOne(AgentLoginView.class);
    }

    @Test
    void customer_credentials_never_open_the_back_office() {
        Account customer = newCustomer();
        submitPassword(customer.email().value(), PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-error")).getText())
                .isEqualTo("Wrong e-mail address or password.");
        _assertNone(EnrollmentDialog.class);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_asked_to_wait() {
        Agent agent = newAgent(Role.SUPPORT);
        String email = agent.account().email().value();
        for (int i = 0; i < 5; i++) {
            submitPassword(email, "wrong password " + i);
            assertThat(loginError()).isEqualTo("Wrong e-mail address or password.");
        }

        // While the wait holds the password is not checked: the right one gets the same answer as a guess.
        submitPassword(email, PASSWORD);
        assertThat(loginError()).isEqualTo(
                "Too many failed login attempts. Wait a moment and try again (at most 5 minutes).");
        assertThat(SignIn.current()).isEmpty();
        _assertNone(SecondFactorForm.class);
        submitPassword(email, "wrong password again");
        assertThat(loginError()).startsWith("Too many failed login attempts.");

        // After the wait the right password leads on to the code from the app.
        clock.advance(Duration.ofMinutes(5));
        submitPassword(email, PASSWORD);
        _assertOne(SecondFactorForm.class);
        assertThat(SignIn.current()).isEmpty();
    }

    private static String loginError() {
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("login-error"));
        assertThat(error.isVisible()).isTrue();
        return error.getText();
    }

    @Test
    void an_agent_without_2fa_must_enrol_before_anything_opens() {
        int n = next();
        Account agent = db.createStaff(Role.SUPPORT, "new" + n + "@nordhost.test", "New Agent", PASSWORD);
        submitPassword(agent.email().value(), PASSWORD);

        // Not signed in after the password: the enrollment wizard is the only way on.
        assertThat(SignIn.current()).isEmpty();
        _assertOne(EnrollmentDialog.class);
        _click(_get(Button.class, spec -> spec.withId("enrollment-get-started")));
        String typedSecret = _get(Span.class, spec -> spec.withId("enrollment-secret")).getText();
        TotpSecret secret = TotpSecret.fromBase32(typedSecret);
        _setValue(_get(TextField.class, spec -> spec.withId("enrollment-code")), codeFor(secret));
        _click(_get(Button.class, spec -> spec.withId("enrollment-submit")));
        _assertOne(H3.class, spec -> spec.withId("enrollment-activated"));
        assertThat(SignIn.current()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("enrollment-close")));
        assertThat(SignIn.current()).hasValueSatisfying(u -> assertThat(u.secondFactorPassed()).isTrue());
        _assertOne(CustomerSearchView.class);
        assertThat(services.twoFactorOverview().of(agent.id()).status()).isEqualTo(TwoFactorStatus.ACTIVE);
    }

    @Test
    void closing_the_enrollment_half_way_signs_nobody_in() {
        int n = next();
        Account agent = db.createStaff(Role.SUPPORT, "half" + n + "@nordhost.test", "Half Way", PASSWORD);
        submitPassword(agent.email().value(), PASSWORD);
        _get(EnrollmentDialog.class).close();
        assertThat(SignIn.current()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-error")).getText())
                .contains("not set up yet");
        navigate("");
        _assertOne(AgentLoginView.class);
    }

    @Test
    void an_agent_with_2fa_logs_in_with_the_code() {
        Agent agent = newAgent(Role.SUPPORT);
        submitPassword(agent.account().email().value(), PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        submitCode(codeFor(agent.secret()));
        clock.advance(Duration.ofSeconds(31));
        _assertOne(CustomerSearchView.class);
    }

    @Test
    void the_code_step_never_offers_to_remember_the_browser_and_every_login_asks_for_the_code() {
        Agent agent = newAgent(Role.SUPPORT);
        submitPassword(agent.account().email().value(), PASSWORD);
        _assertOne(SecondFactorForm.class);
        _assertNone(com.vaadin.flow.component.checkbox.Checkbox.class);
        submitCode(codeFor(agent.secret()));
        clock.advance(Duration.ofSeconds(31));
        assertThat(db.inTransaction(() -> new com.nordhost.clientarea.persistence.remembered.JpaRememberedBrowsers(
                db.transactions()).listFor(agent.account().id(), clock.instant()))).isEmpty();

        newBrowserSession();
        submitPassword(agent.account().email().value(), PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        _assertOne(SecondFactorForm.class);
    }

    @Test
    void an_agent_who_logs_in_with_the_backup_code_gets_a_new_one_with_the_explanation() {
        int n = next();
        Account agent = db.createStaff(Role.SUPPORT, "backup" + n + "@nordhost.test", "Backup Agent", PASSWORD);
        PendingEnrollment pending = services.enrollment().start(agent.id(), RequestOrigin.unknown());
        EnrollmentOutcome.Activated activated = (EnrollmentOutcome.Activated) services.enrollment()
                .confirm(agent.id(), codeFor(pending.secret()), RequestOrigin.unknown());
        clock.advance(Duration.ofSeconds(31));

        submitPassword(agent.email().value(), PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Use your backup code instead")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Backup code")), activated.backupCode().display());
        _click(_get(Button.class, spec -> spec.withText("Log in")));

        assertThat(SignIn.current()).as("not before the new code was shown").isEmpty();
        _assertOne(H2.class, spec -> spec.withText("Your new backup code"));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "You logged in with your backup code, so it cannot be used again. Here is a new one."));
        assertThat(_get(Span.class, spec -> spec.withId("backup-code")).getText())
                .isNotEqualTo(activated.backupCode().display());
        _click(_get(Button.class, spec -> spec.withId("login-continue")));
        assertThat(SignIn.current()).hasValueSatisfying(u -> assertThat(u.secondFactorPassed()).isTrue());
        _assertOne(CustomerSearchView.class);
    }

    @Test
    void a_support_agent_cannot_open_admin_pages_nor_see_them_in_the_menu() {
        logIn(newAgent(Role.SUPPORT));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Customers", "Recovery requests", "My sign-ins");
        assertDenied("audit", AuditLogView.class);
        assertDenied("agents", AgentsView.class);
        assertDenied("api-tokens", ApiTokensView.class);
        navigate("");
        _assertOne(CustomerSearchView.class);
    }

    /** The page says plainly that this account has no access (HTTP 403 in the server); never the view. */
    private static void assertDenied(String route, Class<?> view) {
        navigate(route);
        _assertOne(AccessDeniedView.class);
        _assertOne(H1.class, spec -> spec.withText("No access"));
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(view::isInstance);
    }

    @Test
    void a_principal_without_the_second_factor_opens_nothing() {
        Agent agent = newAgent(Role.ADMIN);
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(SignIn.SESSION_ATTRIBUTE,
                new com.nordhost.clientarea.web.signin.SignedInUser(agent.account().id().value(), Role.ADMIN,
                        agent.account().email().value(), "", false));
        navigate("audit");
        _assertOne(AgentLoginView.class);
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void an_admin_opens_audit_log_and_agents() {
        logIn(newAgent(Role.ADMIN));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Customers", "Recovery requests", "My sign-ins", "Audit log", "Agents", "API tokens",
                        "Import customers");
        navigate("audit");
        _assertOne(AuditLogView.class);
        navigate("agents");
        _assertOne(AgentsView.class);
    }

    @Test
    void an_agent_deactivated_meanwhile_is_signed_out_at_the_next_page() {
        Agent admin = newAgent(Role.ADMIN);
        Agent agent = newAgent(Role.SUPPORT);
        logIn(agent);
        _assertOne(CustomerSearchView.class);

        assertThat(services.agentAdministration().deactivate(admin.account().id(), agent.account().id(),
                com.nordhost.clientarea.domain.shared.RequestOrigin.unknown()))
                .isInstanceOf(com.nordhost.clientarea.domain.staff.AgentOutcome.Deactivated.class);
        navigate("customers");

        _assertOne(AgentLoginView.class);
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void log_out_is_in_the_top_bar_and_in_the_side_menu_for_a_phone_where_the_bar_is_narrow() {
        logIn(newAgent(Role.SUPPORT));
        _assertOne(Button.class, spec -> spec.withId("log-out").withText("Log out"));
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();

        _click(_get(Button.class, spec -> spec.withId("menu-log-out").withText("Log out")));

        jakarta.servlet.http.HttpSession http =
                ((com.vaadin.flow.server.WrappedHttpSession) session.getSession()).getHttpSession();
        assertThat(((com.github.mvysny.fakeservlet.FakeHttpSession) http).isValid()).as("session ended").isFalse();
    }
}
