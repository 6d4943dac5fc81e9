package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

/** The page a notice's "This wasn't me" link opens (decision 0042). */
class ThisWasntMeViewTest extends KaribuTest {

    private static final Pattern PROTECT = Pattern.compile("/(this-wasnt-me\\?token=[A-Za-z0-9_-]{43})");

    @Test
    void opening_the_link_changes_nothing_and_the_button_ends_the_other_sign_in_and_mails_a_reset_link() {
        Account account = newCustomer(PASSWORD);
        TwoFactorOn twoFactor = enableTwoFactor(account);
        logIn(account, PASSWORD, twoFactor.secret());
        SignedInUser signedIn = SignIn.current().orElseThrow();
        String link = linkIn(account, "Two-factor authentication was turned on");

        newBrowserSession();
        navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "You opened the \"This wasn't me\" link of a message about your account. Nothing has changed yet. "
                        + "If someone else may be using your account, press the button: it"))).isNotNull();
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "ends every sign-in to your account, on every device, at its next click",
                "forgets every browser that was remembered not to ask for a code",
                "stops a pending request to turn off two-factor authentication",
                "sends a link to choose a new password to the account's e-mail address",
                "tells our support, who will look at the account");
        assertThat(_get(Paragraph.class, spec -> spec.withId("protect-never")).getText())
                .startsWith("It does not change your password, your e-mail address or your two-factor authentication");
        assertThat(services.sessionEpochs().isCurrent(account.id(), signedIn.sessionEpoch()))
                .as("opening the page changes nothing").isTrue();
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Choose a new password")).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("protect-submit").withText("Secure my account")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("protect-done")).getText())
                .isEqualTo("Your account is secured: every sign-in has ended and no browser is remembered any more. "
                        + "Our support has been told.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("protect-next")).getText())
                .startsWith("A link to choose a new password is on its way to the account's e-mail address.");
        assertThat(services.sessionEpochs().isCurrent(account.id(), signedIn.sessionEpoch()))
                .as("the first browser's sign-in ends at its next request").isFalse();
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Choose a new password")).hasSize(1);
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Your account was secured")).hasSize(1);
        Account agent = db.createStaff(Role.SUPPORT, "agent" + next() + "@nordhost.test", "Sam Support", PASSWORD);
        assertThat(services.ownerFlagDesk().flagOf(agent.id(), account.id())).isPresent();
        assertThat(SignIn.current()).as("the page signs nobody in").isEmpty();

        navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId("protect-invalid")).getText())
                .contains("it was used already, is older than 7 days, or is incomplete. Nothing was changed.");
        _assertNone(Button.class, spec -> spec.withId("protect-submit"));
    }

    @Test
    void a_forged_or_incomplete_link_says_so_and_offers_forgot_your_password() {
        navigate("this-wasnt-me?token=" + "A".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("protect-invalid")).getText())
                .isEqualTo("This link does not work: it was used already, is older than 7 days, or is incomplete. "
                        + "Nothing was changed. If someone else may be using your account, choose a new password with "
                        + "\"Forgot your password?\" and write to " + SUPPORT_EMAIL + ".");
        _assertNone(Button.class, spec -> spec.withId("protect-submit"));
        RouterLink forgot = _get(RouterLink.class, spec -> spec.withId("protect-forgot"));
        assertThat(forgot.getText()).isEqualTo("Forgot your password?");
        assertThat(forgot.getHref()).isEqualTo("forgot-password");

        navigate("this-wasnt-me");
        _get(Paragraph.class, spec -> spec.withId("protect-invalid"));
    }

    @Test
    void after_an_address_change_the_page_says_where_the_new_password_link_went_and_to_write_to_support() {
        Account account = newCustomer(PASSWORD);
        assertThat(services.customerDetailsChange().change(account.id(), new CustomerDetails(
                TestDatabase.customerNumberFor(account), account.fullName(),
                EmailAddress.of("taken" + next() + "@example.net"), "+46 8 123 456 00", "Storgatan 1", "111 22",
                "Stockholm", "Sweden"), PASSWORD, new RequestOrigin("198.51.100.66", "Firefox/140")))
                .isInstanceOf(CustomerDetailsOutcome.Saved.class);
        String link = linkIn(account, "The e-mail address of your account was changed");

        navigate(link);
        _click(_get(Button.class, spec -> spec.withId("protect-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("protect-next")).getText()).isEqualTo(
                "The account's e-mail address was changed after the message with this link was sent, so the link to "
                        + "choose a new password went to the new address. If you did not change it, reply to that "
                        + "message or write to " + SUPPORT_EMAIL + " at once: our support has been told and will help "
                        + "you get your account back.");
    }

    private static String linkIn(Account account, String subject) {
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, account.email().value(), subject);
        assertThat(mail).isNotEmpty();
        Matcher m = PROTECT.matcher(mail.get(mail.size() - 1).get("body"));
        assertThat(m.find()).as("the notice carries the link").isTrue();
        return m.group(1);
    }
}
