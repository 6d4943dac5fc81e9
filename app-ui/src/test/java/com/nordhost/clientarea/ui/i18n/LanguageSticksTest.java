package com.nordhost.clientarea.ui.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The language a first-time customer picks is the one they get: after login, and on pages their mails open. */
class LanguageSticksTest extends KaribuTest {

    private static final Pattern RESET_LINK = Pattern.compile("/(reset-password\\?token=[A-Za-z0-9_-]{43}&lang=[a-z]{2})");

    @SuppressWarnings("unchecked")
    private static void choose(Locale language) {
        _setValue(_get(Select.class, spec -> spec.withId("language-switch")), language);
    }

    private static void logInById(Account account) {
        _setValue(_get(TextField.class, spec -> spec.withId("login-email")), account.email().value());
        _setValue(_get(PasswordField.class, spec -> spec.withId("login-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("login-submit")));
        _get(StartView.class);
    }

    @Test
    void svenska_chosen_on_the_login_page_wins_over_the_stored_english_and_is_stored() {
        Account anna = newCustomer(PASSWORD);
        services.languagePreference().choose(anna.id(), Language.ENGLISH);
        navigate("login");

        choose(Languages.SWEDISH);
        logInById(anna);

        assertThat(UI.getCurrent().getLocale().getLanguage()).as("shown after login").isEqualTo("sv");
        assertThat(services.languagePreference().stored(anna.id())).as("stored: the mails speak it")
                .contains(Language.SWEDISH);
    }

    @Test
    void without_a_choice_on_screen_the_stored_language_applies_at_login() {
        Account bo = newCustomer(PASSWORD);
        services.languagePreference().choose(bo.id(), Language.SWEDISH);
        navigate("login");

        logInById(bo);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
        assertThat(services.languagePreference().stored(bo.id())).contains(Language.SWEDISH);
    }

    @Test
    void a_login_leaves_this_browsers_language_in_a_cookie_for_the_login_page_after_logout() {
        Account cai = newCustomer(PASSWORD);
        services.languagePreference().choose(cai.id(), Language.SWEDISH);
        navigate("login");

        logInById(cai);

        assertThat(fakeResponse().getHeaders("Set-Cookie")).as("Set-Cookie")
                .anySatisfy(header -> assertThat(header).startsWith("CLIENTAREA_LANGUAGE=sv;")
                        .contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000"));
    }

    @Test
    void a_link_in_a_swedish_mail_opens_its_page_in_swedish_whatever_the_browser_asks_for() {
        Account dag = newCustomer(PASSWORD);
        services.languagePreference().choose(dag.id(), Language.SWEDISH);
        services.passwordReset().request(dag.email().value(), RequestOrigin.unknown());
        List<Map<String, String>> mail = OutboundMailRows.outboundMailTo(db, dag.email().value());
        Matcher link = RESET_LINK.matcher(mail.get(mail.size() - 1).get("body"));
        assertThat(link.find()).as("a link naming the account's language in " + mail).isTrue();
        assertThat(link.group(1)).endsWith("&lang=sv");

        newBrowserSession();
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("this browser's own language").isEqualTo("en");
        navigate(link.group(1));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
        assertThat(_get(Button.class, spec -> spec.withId("reset-submit")).getText())
                .isEqualTo("Spara det nya lösenordet");
        // The rest of the visit follows: the login page it leads to speaks Swedish too.
        navigate("login");
        assertThat(_get(H2.class).getText()).isEqualTo("Logga in i kundzonen");
    }
}
