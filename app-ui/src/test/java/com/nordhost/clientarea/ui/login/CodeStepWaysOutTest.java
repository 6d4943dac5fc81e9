package com.nordhost.clientarea.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code step as a first-time customer meets it: one way for "lost both", not two; nothing filed with one click.
 */
class CodeStepWaysOutTest extends KaribuTest {

    private static final String LOST_BOTH = "Lost both your 2FA code and backup code?";
    private static final String CONFIRM_MAIL = "Confirm your request to turn off two-factor authentication";

    /** The links and link-like buttons a person sees on the page (Karibu finds visible components only). */
    private static List<String> waysOut() {
        List<Component> found = new java.util.ArrayList<>(_find(RouterLink.class));
        _find(Button.class).stream().filter(b -> b.getThemeNames().contains("tertiary-inline")).forEach(found::add);
        return found.stream().map(c -> c.getElement().getText()).toList();
    }

    @Test
    void the_code_step_offers_the_backup_code_and_one_lost_both_link_and_the_password_step_keeps_its_links() {
        Account anna = newCustomer(PASSWORD);
        enableTwoFactor(anna);
        navigate("login");
        assertThat(waysOut()).as("the password step").contains("Forgot your password?", LOST_BOTH);

        submitPassword(anna.email().value(), PASSWORD);

        assertThat(waysOut()).as("the code step")
                .containsExactlyInAnyOrder("Use your backup code instead", LOST_BOTH);
    }

    @Test
    void lost_both_at_the_code_step_asks_for_a_confirmation_before_filing_a_request() {
        Account bo = newCustomer(PASSWORD);
        enableTwoFactor(bo);
        submitPassword(bo.email().value(), PASSWORD);

        _click(_get(Button.class, spec -> spec.withId("recovery-request-link").withText(LOST_BOTH)));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("recovery-request-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-request-what")).getText())
                .contains("confirmation link to the e-mail address registered on the account", "24 hours");
        assertThat(OutboundMailRows.outboundMailTo(db, bo.email().value(), CONFIRM_MAIL))
                .as("nothing filed by opening it").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("recovery-request-cancel")));
        _assertNone(Dialog.class);
        assertThat(OutboundMailRows.outboundMailTo(db, bo.email().value(), CONFIRM_MAIL))
                .as("nothing filed by Cancel").isEmpty();
        _assertOne(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("second-factor-code"));

        _click(_get(Button.class, spec -> spec.withId("recovery-request-link")));
        Button ask = _get(Button.class, spec -> spec.withId("recovery-request-submit"));
        assertThat(ask.getText()).isEqualTo("Ask to turn off two-factor authentication");
        assertThat(ask.getThemeNames()).contains("primary", "error");
        _click(ask);

        _assertNone(Dialog.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-result")).getText())
                .contains("confirmation link to the e-mail address registered on your account");
        assertThat(OutboundMailRows.outboundMailTo(db, bo.email().value(), CONFIRM_MAIL)).hasSize(1);
        assertThat(SignIn.current()).isEmpty();
    }
}
