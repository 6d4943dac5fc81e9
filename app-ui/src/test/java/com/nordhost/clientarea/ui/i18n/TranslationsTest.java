package com.nordhost.clientarea.ui.i18n;

import com.nordhost.clientarea.web.testing.TranslationFiles;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.login.LoginView;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest extends KaribuTest {

    @Test
    void every_key_exists_in_english_and_swedish() {
        TranslationFiles.assertEveryKeyInBothLanguages();
    }

    @Test
    void the_language_switch_shows_the_client_area_in_swedish() {
        navigate("login");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switch"));
        _setValue(language, Languages.SWEDISH);

        _assertOne(H2.class, spec -> spec.withText("Logga in i kundzonen"));
        _assertOne(Button.class, spec -> spec.withText("Har du tappat bort både 2FA-koden och reservkoden?"));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");

        Account anna = newCustomer(PASSWORD);
        submitPasswordInSwedish(anna.email().value(), PASSWORD);
        navigate("account");
        _get(com.vaadin.flow.component.tabs.Tabs.class)
                .setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Säkerhetsinställningar")));
        _assertOne(Button.class, spec -> spec.withText("Klicka här för att aktivera"));
    }

    private static void submitPasswordInSwedish(String email, String password) {
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("E-postadress")),
                email);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Lösenord")),
                password);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Button.class, spec -> spec.withText("Logga in")));
        _assertOne(com.nordhost.clientarea.ui.start.StartView.class);
    }

    @Test
    void english_is_the_default() {
        navigate("login");
        _assertOne(LoginView.class);
        _assertOne(H2.class, spec -> spec.withText("Log in to the Client area"));
    }
}
