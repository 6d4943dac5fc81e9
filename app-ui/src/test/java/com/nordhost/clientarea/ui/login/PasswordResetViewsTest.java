package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "Forgot your password?" and the page its link opens, as a person uses them. */
class PasswordResetViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/(reset-password\\?token=[A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "my brand new password";

    @Test
    void the_login_page_links_to_forgot_password() {
        navigate("login");
        _assertOne(RouterLink.class, spec -> spec.withId("forgot-password-link").withText("Forgot your password?"));
    }

    @Test
    void a_known_and_an_unknown_address_get_the_same_answer() {
        Account account = newCustomer(PASSWORD);
        String known = askForLink(account.email().value());
        String unknown = askForLink("nobody-" + account.email().value());

        assertThat(known).isEqualTo(unknown).contains("If a client account with this address exists");
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Choose a new password")).hasSize(1);
        assertThat(OutboundMailRows.outboundMailTo(db, "nobody-" + account.email().value())).isEmpty();
    }

    @Test
    void the_link_sets_a_new_password_once_and_login_works_with_it() {
        Account account = newCustomer(PASSWORD);
        askForLink(account.email().value());
        String link = linkIn(account);

        navigate(link);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-new")), NEW_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-repeat")), "something else entirely");
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-repeat")).isInvalid()).isTrue();

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-new")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-repeat")), "short");
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-new")).getErrorMessage())
                .contains("at least 8");

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-new")), NEW_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-repeat")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-done")).getText())
                .contains("Your password has been changed");
        assertThat(SignIn.current()).as("a reset does not sign in").isEmpty();
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Your password was reset by link"))
                .hasSize(1);

        logIn(account, NEW_PASSWORD, null);

        newBrowserSession();
        navigate(link);
        _assertOne(Paragraph.class, spec -> spec.withId("reset-invalid"));
        _assertNone(PasswordField.class);
    }

    @Test
    void an_expired_or_made_up_link_shows_one_message_and_a_way_to_ask_again() {
        Account account = newCustomer(PASSWORD);
        askForLink(account.email().value());
        String link = linkIn(account);

        navigate("reset-password?token=" + "A".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText()).contains("does not work");
        navigate("reset-password");
        _assertOne(Paragraph.class, spec -> spec.withId("reset-invalid"));

        clock.advance(PasswordReset.VALIDITY.plus(Duration.ofSeconds(1)));
        navigate(link);
        _assertOne(Paragraph.class, spec -> spec.withId("reset-invalid"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("reset-again")).getHref()).isEqualTo("forgot-password");
    }

    private static String askForLink(String email) {
        navigate("forgot-password");
        _setValue(_get(TextField.class, spec -> spec.withId("forgot-email")), email);
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));
        _assertNone(TextField.class, spec -> spec.withId("forgot-email"));
        return _get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText();
    }

    private static String linkIn(Account account) {
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, account.email().value(),
                "Choose a new password");
        Matcher m = LINK.matcher(mail.get(mail.size() - 1).get("body"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
