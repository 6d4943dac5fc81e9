package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.RequirementOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import com.nordhost.clientarea.domain.twofactor.TwoFactorStatus;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.layout.TwoFactorRequiredBanner;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.EnrollmentDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Required two-factor authentication as the customer meets it (decision 0046): the banner with the days left on every
 * page during the grace period, the wizard before any page after it, and the disable button that says why it cannot
 * be used. Support requires it here (the setting's path is the same rule, proven in the domain and the browser test).
 */
class RequiredTwoFactorTest extends KaribuTest {

    private static final TicketReference TICKET = TicketReference.of("#5150");

    private static Account requiredCustomer() {
        Account customer = newCustomer(PASSWORD);
        Account agent = db.createStaff(Role.SUPPORT, "agent" + next() + "@nordhost.test", "Sam Support", PASSWORD);
        assertThat(services.twoFactorRequirementDesk().require(agent.id(), customer.id(), TICKET, "Reseller",
                RequestOrigin.unknown())).isInstanceOf(RequirementOutcome.Required.class);
        return customer;
    }

    /** The banner's text; empty when it is hidden (Karibu finds visible components only). */
    private static String bannerText() {
        return _find(Paragraph.class, spec -> spec.withId("two-factor-required-text")).stream()
                .map(Paragraph::getText).findFirst().orElse("");
    }

    /** The wizard, as the customer goes through it: Get started, the key typed by hand, the code, Submit, Close. */
    private static void completeWizard() {
        _click(_get(Button.class, spec -> spec.withId("enrollment-get-started")));
        String typed = _get(Span.class, spec -> spec.withId("enrollment-secret")).getText();
        TotpSecret secret = TotpSecret.fromBase32(typed.replace(" ", ""));
        _setValue(_get(TextField.class, spec -> spec.withId("enrollment-code")), codeFor(secret));
        _click(_get(Button.class, spec -> spec.withId("enrollment-submit")));
        _assertOne(H3.class, spec -> spec.withId("enrollment-activated"));
        _click(_get(Button.class, spec -> spec.withId("enrollment-close")));
        clock.advance(Duration.ofSeconds(31));
    }

    @Test
    void during_the_grace_period_every_page_shows_the_days_left_and_the_banner_opens_the_wizard() {
        Account customer = requiredCustomer();
        clock.advance(Duration.ofDays(3));

        submitPassword(customer.email().value(), PASSWORD);

        assertThat(SignIn.current()).as("signed in with the password during the grace").isPresent();
        _assertOne(StartView.class);
        assertThat(bannerText()).isEqualTo("Our support requires two-factor authentication for your account. Set it"
                + " up within 11 days: after that, the Client area asks you to set it up right after your password.");
        navigate("account");
        _assertOne(MyAccountView.class);
        assertThat(bannerText()).as("on every page").contains("within 11 days");

        _click(_get(Button.class, spec -> spec.withId("two-factor-required-set-up")));
        _assertOne(EnrollmentDialog.class);
        completeWizard();

        assertThat(services.twoFactorOverview().of(customer.id()).status()).isEqualTo(TwoFactorStatus.ACTIVE);
        _assertNone(TwoFactorRequiredBanner.class); // gone once 2FA is on
        _assertOne(MyAccountView.class);
    }

    @Test
    void one_day_is_said_as_one_day() {
        Account customer = requiredCustomer();
        clock.advance(Duration.ofDays(13).plusHours(2));
        submitPassword(customer.email().value(), PASSWORD);
        assertThat(bannerText()).contains("within 1 day:");
    }

    @Test
    void after_the_grace_period_the_wizard_comes_before_any_page_and_nobody_is_signed_in_until_it_is_done() {
        Account customer = requiredCustomer();
        clock.advance(Duration.ofDays(14));

        submitPassword(customer.email().value(), PASSWORD);

        assertThat(SignIn.current()).as("the password alone does not sign in").isEmpty();
        _assertOne(EnrollmentDialog.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("enroll-required")).getText())
                .isEqualTo("Your account must use two-factor authentication. Set it up now to continue to the Client"
                        + " area.");
        _get(EnrollmentDialog.class).close();
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-error")).getText())
                .isEqualTo("Two-factor authentication is not set up yet. You cannot use the Client area without it.");
        navigate("account");
        _assertOne(LoginView.class);
        _assertNone(MyAccountView.class);

        submitPassword(customer.email().value(), PASSWORD);
        _assertOne(EnrollmentDialog.class);
        completeWizard();

        assertThat(SignIn.current()).hasValueSatisfying(u -> assertThat(u.secondFactorPassed()).isTrue());
        _assertOne(MyAccountView.class); // the page asked for before the login
        _assertNone(TwoFactorRequiredBanner.class);
    }

    @Test
    void while_required_the_disable_button_is_disabled_and_says_why() {
        Account customer = requiredCustomer();
        TwoFactorOn twoFactor = enableTwoFactor(customer);
        logIn(customer, PASSWORD, twoFactor.secret());

        navigate("account");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Security settings")));

        Button disable = _get(Button.class, spec -> spec.withText("Click here to disable"));
        assertThat(disable.isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("twofactor-required-reason")).getText())
                .isEqualTo("Our support requires two-factor authentication for your account (ticket #5150), so it"
                        + " cannot be turned off. Write to " + SUPPORT_EMAIL + " if you need it lifted.");
        _assertNone(TwoFactorRequiredBanner.class); // 2FA is on: nothing to set up
    }

    @Test
    void without_a_requirement_nothing_changes() {
        Account customer = newCustomer(PASSWORD);
        clock.advance(Duration.ofDays(100));
        submitPassword(customer.email().value(), PASSWORD);
        _assertOne(StartView.class);
        _assertNone(TwoFactorRequiredBanner.class);
    }
}
