package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.web.i18n.LanguageCookie;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in person's language, kept on the account ({@link LanguagePreference}) so that it holds across
 * logout and login and is the language of their mails (and of the pages their mail links open).
 */
public final class AccountLanguage {

    private AccountLanguage() {
    }

    /**
     * At sign-in, the latest word wins: a language the person picked on screen in this session (on the login page,
     * say) is stored on the account; otherwise the stored language is shown from now on; an account that never chose
     * one keeps the language on screen, which is stored (so the mails speak it too). This browser keeps the result
     * ({@link LanguageCookie}), so the login page after logging out speaks it too.
     */
    public static void atSignIn(UI ui, LanguagePreference preference, AccountId accountId) {
        Optional<Language> onScreen = Languages.chosenOnScreen(ui).flatMap(Language::of);
        if (onScreen.isPresent()) {
            preference.choose(accountId, onScreen.get());
            Languages.use(ui, onScreen.get().locale());
        } else {
            Optional<Language> stored = preference.stored(accountId);
            if (stored.isPresent()) {
                Languages.use(ui, stored.get().locale());
            } else {
                Language.of(ui.getLocale()).ifPresent(shown -> preference.choose(accountId, shown));
            }
        }
        LanguageCookie.write(ui.getLocale());
    }

    /**
     * For the language switch on signed-in pages: stores the chosen language for whoever is signed in (nobody:
     * nothing); the switch itself keeps it in this browser.
     */
    public static SerializableConsumer<Locale> storeForSignedInUser(LanguagePreference preference) {
        return locale -> SignIn.current().ifPresent(user -> Language.of(locale)
                .ifPresent(language -> preference.choose(user.id(), language)));
    }
}
