package com.nordhost.clientarea.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.onboarding.InvitationMail;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page an invitation opens (decision 0029), as the new customer uses it. */
class InvitationViewTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/(invitation\\?token=[A-Za-z0-9_-]{43})");
    private static final String UNICODE_PASSWORD = "Smörgåsbord ✓ 密码 🔑";

    private static String invite(String email) {
        int n = next();
        Account agent = db.createStaff(Role.SUPPORT, "agent" + n + "@nordhost.test", "Agent " + n, PASSWORD);
        OnboardingOutcome outcome = services.customerOnboarding().create(agent.id(), new NewCustomer("Bertil Berg",
                email, "", "", "", "", ""), Language.ENGLISH, new RequestOrigin("198.51.100.1", "JUnit"));
        assertThat(outcome).isInstanceOf(OnboardingOutcome.Created.class);
        return linkTo(email);
    }

    private static String linkTo(String email) {
        List<Map<String, String>> mails = OutboundMailRows.outboundMailTo(db, email);
        Matcher m = LINK.matcher(mails.get(mails.size() - 1).get("body"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static void choose(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("invitation-submit")));
    }

    @Test
    void the_invited_customer_chooses_a_unicode_password_once_and_logs_in_with_it() {
        String email = "bertil" + next() + "@example.com";
        String link = invite(email);

        navigate(link);
        choose(UNICODE_PASSWORD, "something else");
        assertThat(_get(PasswordField.class, spec -> spec.withId("invitation-repeat")).isInvalid()).isTrue();
        choose("short", "short");
        assertThat(_get(PasswordField.class, spec -> spec.withId("invitation-password")).getErrorMessage())
                .contains("at least 8");
        choose(UNICODE_PASSWORD, UNICODE_PASSWORD);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-done")).getText())
                .contains("Your password has been saved");
        assertThat(SignIn.current()).as("choosing the password does not sign in").isEmpty();

        Account account = db.inTransaction(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(email)))
                .orElseThrow();
        logIn(account, UNICODE_PASSWORD, null);

        newBrowserSession();
        navigate(link);
        _assertOne(Paragraph.class, spec -> spec.withId("invitation-invalid"));
        _assertNone(PasswordField.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("invitation-forgot")).getHref())
                .isEqualTo("forgot-password");
    }

    @Test
    void an_expired_invitation_says_so_and_mails_a_new_one() {
        String email = "cecilia" + next() + "@example.com";
        String link = invite(email);
        clock.advance(InvitationMail.VALIDITY.plus(Duration.ofSeconds(1)));

        navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-expired")).getText())
                .contains("has expired", "7 days");
        _assertNone(PasswordField.class);
        _click(_get(Button.class, spec -> spec.withId("invitation-send-new")));
        _assertOne(Paragraph.class, spec -> spec.withId("invitation-new-sent"));
        String fresh = linkTo(email);
        assertThat(fresh).isNotEqualTo(link);

        navigate(fresh);
        choose(UNICODE_PASSWORD, UNICODE_PASSWORD);
        _assertOne(Paragraph.class, spec -> spec.withId("invitation-done"));
    }

    @Test
    void a_made_up_link_does_not_work() {
        navigate("invitation?token=" + "A".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-invalid")).getText())
                .contains("does not work");
        navigate("invitation");
        _assertOne(Paragraph.class, spec -> spec.withId("invitation-invalid"));
    }
}
