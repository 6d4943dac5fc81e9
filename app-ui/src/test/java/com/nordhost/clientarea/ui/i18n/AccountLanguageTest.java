package com.nordhost.clientarea.ui.i18n;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The language chosen while signed in is kept on the account, shown again at the next sign-in. */
class AccountLanguageTest extends KaribuTest {

    private static final String PASSWORD = "a long password 1";

    @Test
    void the_language_chosen_while_signed_in_is_stored_and_applied_at_the_next_sign_in() {
        Account account = newCustomer(PASSWORD);
        logIn(account, PASSWORD, null);
        assertThat(services.languagePreference().stored(account.id())).as("the language on screen is stored")
                .contains(Language.ENGLISH);

        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switch"));
        _setValue(language, Languages.SWEDISH);
        assertThat(services.languagePreference().stored(account.id())).contains(Language.SWEDISH);
        assertThat(htmlLangSetTo(UI.getCurrent())).isEqualTo("sv");

        newBrowserSession();
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("a new browser starts in English").isEqualTo("en");
        logIn(account, PASSWORD, null);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.SWEDISH);
        assertThat(htmlLangSetTo(UI.getCurrent())).isEqualTo("sv");
    }

    @Test
    void html_lang_follows_the_language_of_the_page() {
        navigate("login");
        assertThat(htmlLangSetTo(UI.getCurrent())).isEqualTo(UI.getCurrent().getLocale().getLanguage());
    }

    private static String htmlLangSetTo(UI ui) {
        return Languages.pageLanguage(ui).orElse(null);
    }
}
