package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.recovery.RecoveryDecision;
import com.nordhost.clientarea.domain.recovery.RecoveryQueueEntry;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer's side of a verified "lost both" recovery: asking, the confirmation page and the cancel page. */
class RecoveryRequestViewsTest extends KaribuTest {

    private static final Pattern CONFIRM = Pattern.compile("/(recovery/confirm\\?token=[A-Za-z0-9_-]{43})");
    private static final Pattern CANCEL = Pattern.compile("/(recovery/cancel\\?token=[A-Za-z0-9_-]{43})");

    @Test
    void after_the_right_password_the_code_step_asks_for_a_recovery_and_the_link_confirms_it_once() {
        Account account = newCustomer(PASSWORD);
        enableTwoFactor(account);
        submitPassword(account.email().value(), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("recovery-request-link")
                .withText("Lost both your 2FA code and backup code?")));
        _click(_get(Button.class, spec -> spec.withId("recovery-request-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-result")).getText())
                .contains("confirmation link to the e-mail address registered on your account");
        assertThat(SignIn.current()).isEmpty();
        String link = linkIn(account, "Confirm your request to turn off two-factor authentication", CONFIRM);

        newBrowserSession();
        navigate(link);
        assertThat(services.recoveryRequestQueue().pending(agent().id())).as("opening the page changes nothing")
                .noneMatch(e -> e.customerId().equals(account.id()));
        _click(_get(Button.class, spec -> spec.withId("recovery-confirm-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-confirm-done")).getText())
                .contains("your request is with our support");
        assertThat(services.recoveryRequestQueue().pending(agent().id()))
                .anyMatch(e -> e.customerId().equals(account.id()) && e.mailboxVerified());

        navigate(link);
        _assertOne(Paragraph.class, spec -> spec.withId("recovery-link-invalid"));
        _assertNone(Button.class, spec -> spec.withId("recovery-confirm-submit"));
    }

    @Test
    void the_lost_both_page_needs_the_right_password() {
        Account account = newCustomer(PASSWORD);
        enableTwoFactor(account);
        navigate("lost-both");
        _setValue(_get(TextField.class, spec -> spec.withId("recovery-email")), account.email().value());
        _setValue(_get(PasswordField.class, spec -> spec.withId("recovery-password")), "not the password");
        _click(_get(Button.class, spec -> spec.withId("recovery-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-result")).getText())
                .isEqualTo(_get(Paragraph.class, spec -> spec.withId("recovery-result")).getTranslation(
                        "login.badCredentials"));
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Confirm your request to turn off two-factor authentication")).isEmpty();

        _setValue(_get(PasswordField.class, spec -> spec.withId("recovery-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("recovery-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-result")).getText())
                .contains("confirmation link");
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(), "Confirm your request to turn off two-factor authentication")).hasSize(1);
    }

    @Test
    void the_cancel_page_stops_an_approved_removal_once_and_forged_links_are_refused() {
        Account account = newCustomer(PASSWORD);
        enableTwoFactor(account);
        services.recoveryRequestFlow().requestAfterPassword(account.id(), RequestOrigin.unknown());
        navigate(linkIn(account, "Confirm your request to turn off two-factor authentication", CONFIRM));
        _click(_get(Button.class, spec -> spec.withId("recovery-confirm-submit")));
        Account agent = agent();
        RecoveryQueueEntry entry = services.recoveryRequestQueue().pending(agent.id()).stream()
                .filter(e -> e.customerId().equals(account.id())).findFirst().orElseThrow();
        assertThat(services.recoveryRequestQueue().approve(agent.id(), entry.requestId(), "#77",
                RequestOrigin.unknown())).isEqualTo(RecoveryDecision.APPROVED);
        String cancel = linkIn(account, "Two-factor authentication will be turned off in 24 hours", CANCEL);

        newBrowserSession();
        navigate("recovery/cancel?token=" + "A".repeat(43));
        _assertOne(Paragraph.class, spec -> spec.withId("recovery-link-invalid"));
        navigate("recovery/cancel");
        _assertOne(Paragraph.class, spec -> spec.withId("recovery-link-invalid"));

        navigate(cancel);
        _click(_get(Button.class, spec -> spec.withId("recovery-cancel-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-cancel-done")).getText())
                .contains("two-factor authentication stays on");
        assertThat(OutboundMailRows.outboundMailTo(db, account.email().value(),
                "Turning off two-factor authentication was stopped")).hasSize(1);
        navigate(cancel);
        _assertOne(Paragraph.class, spec -> spec.withId("recovery-link-invalid"));
    }

    private static Account agent() {
        int n = next();
        return db.createStaff(Role.SUPPORT, "agent" + n + "@nordhost.test", "Sam Support" + n, "agent-password-1");
    }

    private static String linkIn(Account account, String subject, Pattern pattern) {
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, account.email().value(), subject);
        assertThat(mail).isNotEmpty();
        Matcher m = pattern.matcher(mail.get(mail.size() - 1).get("body"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
