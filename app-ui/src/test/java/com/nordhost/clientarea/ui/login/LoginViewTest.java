package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitCode;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    private static String loginError() {
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("login-error"));
        return error.isVisible() ? error.getText() : "";
    }

    @Test
    void a_customer_without_two_factor_logs_in_with_email_and_password() {
        Account anna = newCustomer(PASSWORD);
        String sessionIdBefore = VaadinSession.getCurrent().getSession().getId();

        submitPassword("  " + anna.email().value().toUpperCase() + " ", PASSWORD);

        assertThat(SignIn.current()).map(SignedInUser::accountId).contains(anna.id().value());
        _assertOne(StartView.class);
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("session id rotated at login")
                .isNotEqualTo(sessionIdBefore);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_message() {
        Account anna = newCustomer(PASSWORD);

        submitPassword(anna.email().value(), "wrong password!");
        String wrongPassword = loginError();
        submitPassword("nobody-" + anna.email().value(), PASSWORD);
        String unknownEmail = loginError();

        assertThat(wrongPassword).isEqualTo("The e-mail address or the password is wrong.");
        assertThat(unknownEmail).isEqualTo(wrongPassword);
        assertThat(SignIn.current()).isEmpty();
        _assertOne(LoginView.class);
    }

    @Test
    void the_fields_are_bounded_and_an_over_long_value_sent_anyway_gets_the_usual_message() {
        Account anna = newCustomer(PASSWORD);
        assertThat(_get(TextField.class, spec -> spec.withId("login-email")).getMaxLength()).isEqualTo(254);
        assertThat(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("login-password")).getMaxLength()).isEqualTo(1024);

        // What a crafted UIDL message can still do: the browser's maxlength binds nobody else.
        submitPassword(anna.email().value(), PASSWORD + "x".repeat(1024 * 1024));
        assertThat(loginError()).isEqualTo("The e-mail address or the password is wrong.");
        submitPassword("a".repeat(8 * 1024 * 1024) + "@example.com", PASSWORD);
        assertThat(loginError()).isEqualTo("The e-mail address or the password is wrong.");
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void with_two_factor_on_the_second_step_asks_for_the_code_from_the_app() {
        Account bo = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = enableTwoFactor(bo);

        submitPassword(bo.email().value(), PASSWORD);

        assertThat(SignIn.current()).as("the password alone does not sign in").isEmpty();
        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from your 2FA app"));
        assertThat(code.getElement().getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getElement().getChildren()
                .anyMatch(input -> "numeric".equals(input.getAttribute("inputmode")))).isTrue();

        String typed = codeFor(twoFactor.secret());
        submitCode(typed.substring(0, 3) + " " + typed.substring(3));

        assertThat(SignIn.current()).map(SignedInUser::secondFactorPassed).contains(true);
        _assertOne(StartView.class);
    }

    @Test
    void a_wrong_code_is_refused_with_a_message_and_a_used_code_is_refused_too() {
        Account cleo = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = enableTwoFactor(cleo);
        String right = codeFor(twoFactor.secret());
        String wrong = right.equals("000000") ? "111111" : "000000";

        submitPassword(cleo.email().value(), PASSWORD);
        submitCode(wrong);

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from your 2FA app"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("That code is not right. Enter the newest code from your app.");
        assertThat(SignIn.current()).isEmpty();

        submitCode("12ab56");
        assertThat(code.getErrorMessage()).isEqualTo("The code may contain only digits (spaces or a dash are fine).");

        submitCode(right);
        assertThat(SignIn.current()).isPresent();
    }

    @Test
    void a_code_from_a_phone_three_minutes_ahead_is_refused_and_the_customer_is_told_to_fix_the_clock() {
        Account cleo = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = enableTwoFactor(cleo);
        String fromTheFuture = new TotpGenerator(TotpParameters.DEFAULT)
                .codeAt(twoFactor.secret(), clock.instant().plusSeconds(180));

        submitPassword(cleo.email().value(), PASSWORD);
        submitCode(fromTheFuture);

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code from your 2FA app"));
        assertThat(code.getErrorMessage()).isEqualTo("That code is not right: your phone's clock seems to be about "
                + "3 minutes ahead. Turn on automatic date and time in the phone's settings (or the app's time "
                + "correction), then enter the newest code.");
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void the_backup_code_logs_in_once_and_the_new_backup_code_is_shown() {
        Account dan = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = enableTwoFactor(dan);

        submitPassword(dan.email().value(), PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Use your backup code instead")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Backup code")),
                twoFactor.backupCode().display().toLowerCase());
        _click(_get(Button.class, spec -> spec.withText("Log in")));

        _assertOne(H2.class, spec -> spec.withText("Your new backup code"));
        String newCode = _get(Span.class, spec -> spec.withId("backup-code")).getText();
        assertThat(newCode).isNotEqualTo(twoFactor.backupCode().display()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        _assertOne(Paragraph.class, spec -> spec.withText(
                "Make sure that you save the backup code somewhere safe, so you can access the Client area if you lose your app or phone."));
        _click(_get(Button.class, spec -> spec.withText("Continue to the Client area")));
        _assertOne(StartView.class);
        assertThat(SignIn.current()).isPresent();

        // The old backup code is used up; the new one works.
        SignIn.signOut("login");
        newBrowserSession();
        submitPassword(dan.email().value(), PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Use your backup code instead")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Backup code")), twoFactor.backupCode().display());
        _click(_get(Button.class, spec -> spec.withText("Log in")));
        TextField backupCode = _get(TextField.class, spec -> spec.withLabel("Backup code"));
        assertThat(backupCode.isInvalid()).isTrue();
        assertThat(backupCode.getErrorMessage()).as("a used backup code is answered about the backup code")
                .startsWith("That backup code is not right, or it was used already");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Backup code")), newCode);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
        _assertOne(H2.class, spec -> spec.withText("Your new backup code"));
    }

    @Test
    void a_visitor_is_sent_to_login_and_back_to_the_page_asked_for() {
        Account eva = newCustomer(PASSWORD);

        navigate("account");
        _assertOne(LoginView.class);
        _assertNone(MyAccountView.class);

        submitPassword(eva.email().value(), PASSWORD);
        // submitPassword navigates to login first, which keeps the stored target.
        _assertOne(MyAccountView.class);
    }

    @Test
    void someone_who_passed_only_the_password_is_still_sent_to_login() {
        Account finn = newCustomer(PASSWORD);
        enableTwoFactor(finn);

        submitPassword(finn.email().value(), PASSWORD);
        navigate("account");

        _assertOne(LoginView.class);
        _assertNone(MyAccountView.class);
        navigate("");
        _assertOne(LoginView.class);
    }

    @Test
    void the_lost_both_link_explains_the_verified_recovery_request() {
        navigate("login");
        _assertNone(Div.class, spec -> spec.withId("lost-both-help"));

        _click(_get(Button.class, spec -> spec.withText("Lost both your 2FA code and backup code?")));

        Div help = _get(Div.class, spec -> spec.withId("lost-both-help"));
        assertThat(help.getElement().getTextRecursively())
                .contains("where the code is asked for, choose “Lost both your 2FA code and backup code?”")
                .contains("confirmation link to the e-mail address registered on the account")
                .contains("waiting period");
        _assertOne(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("lost-both-page-link"));
    }

    @Test
    void log_out_ends_the_session() {
        Account gus = newCustomer(PASSWORD);
        logIn(gus, PASSWORD, null);
        VaadinSession session = VaadinSession.getCurrent();

        _click(_get(Button.class, spec -> spec.withId("log-out").withText("Log out")));

        HttpSession httpSession = ((WrappedHttpSession) session.getSession()).getHttpSession();
        assertThat(((FakeHttpSession) httpSession).isValid()).as("session invalidated").isFalse();
        assertThat(SignIn.from(httpSession)).isEmpty();
    }

    @Test
    void the_side_menu_offers_log_out_too_for_a_phone_where_the_top_bar_is_narrow() {
        Account ida = newCustomer(PASSWORD);
        logIn(ida, PASSWORD, null);
        VaadinSession session = VaadinSession.getCurrent();
        com.vaadin.flow.component.applayout.AppLayout frame = _get(com.vaadin.flow.component.applayout.AppLayout.class);
        Button inMenu = _get(Button.class, spec -> spec.withId("menu-log-out").withText("Log out"));
        assertThat(frame.getElement().getChildren().filter(child -> "drawer".equals(child.getAttribute("slot"))))
                .as("in the drawer").anyMatch(drawn -> drawn.equals(inMenu.getElement()));

        _click(inMenu);

        HttpSession httpSession = ((WrappedHttpSession) session.getSession()).getHttpSession();
        assertThat(((FakeHttpSession) httpSession).isValid()).as("session invalidated").isFalse();
    }

    @Test
    void a_throttled_second_factor_says_try_later_and_a_locked_one_names_support() {
        Account hugo = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = enableTwoFactor(hugo);
        db.inTransaction(() -> {
            db.twoFactor().setThrottle(hugo.id(), clock.instant().plus(Duration.ofMinutes(5)), false);
            return null;
        });

        submitPassword(hugo.email().value(), PASSWORD);
        submitCode(codeFor(twoFactor.secret()));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code from your 2FA app")).getErrorMessage())
                .isEqualTo("Too many wrong codes in a row. Wait a while (at most 15 minutes) and try again.");
        assertThat(SignIn.current()).isEmpty();

        db.inTransaction(() -> {
            db.twoFactor().setThrottle(hugo.id(), null, true);
            return null;
        });
        submitPassword(hugo.email().value(), PASSWORD);
        assertThat(loginError()).startsWith("Two-factor authentication for this account is locked")
                .contains("help@nordhost.test");
        submitPassword(hugo.email().value(), "a wrong password");
        assertThat(loginError()).as("only the right password learns of the lock")
                .doesNotStartWith("Two-factor authentication for this account is locked");
    }

    @Test
    void after_five_wrong_passwords_the_form_asks_to_wait_even_for_the_right_password() {
        Account ida = newCustomer(PASSWORD);
        String nobody = "nobody-" + ida.email().value();
        for (int i = 0; i < 5; i++) {
            submitPassword(ida.email().value(), "wrong password " + i);
            assertThat(loginError()).isEqualTo("The e-mail address or the password is wrong.");
            submitPassword(nobody, "wrong password " + i);
            assertThat(loginError()).isEqualTo("The e-mail address or the password is wrong.");
        }

        submitPassword(ida.email().value(), PASSWORD);
        String waiting = loginError();
        assertThat(waiting).isEqualTo("Too many failed login attempts. Wait a moment and try again (at most 5 minutes).");
        assertThat(SignIn.current()).isEmpty();
        submitPassword(nobody, PASSWORD);
        assertThat(loginError()).as("an address without an account looks the same").isEqualTo(waiting);

        clock.advance(Duration.ofSeconds(1));
        submitPassword(ida.email().value(), PASSWORD);
        assertThat(SignIn.current()).map(SignedInUser::accountId).contains(ida.id().value());
    }

    @Test
    void in_memory_sessions_end_after_5_idle_minutes_while_the_sign_in_keeps_30() {
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(5 * 60);

        Account anna = newCustomer(PASSWORD);
        submitPassword(anna.email().value(), PASSWORD);

        assertThat(SignIn.current()).isPresent();
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(5 * 60);
        long signIn = SignIn.current().orElseThrow().signInId();
        clock.advance(Duration.ofMinutes(29));
        assertThat(services.signIns().isCurrent(anna.id(), SignIn.current().orElseThrow().sessionEpoch(), signIn,
                true)).as("the sign-in after 29 idle minutes").isTrue();
    }
}
