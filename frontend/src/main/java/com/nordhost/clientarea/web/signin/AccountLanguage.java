package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;

/**
 * The signed-in person's language, kept on the account ({@link LanguagePreference}) so that it holds across
 * logout and login and is the language of their mails.
 */
public final class AccountLanguage {

    private AccountLanguage() {
    }

    /**
     * At sign-in: the stored language is shown from now on; an account that never chose one keeps the language
     * on screen, which is stored (so the mails speak it too).
     */
    public static void atSignIn(UI ui, LanguagePreference preference, AccountId accountId) {
        var stored = preference.stored(accountId);
        if (stored.isPresent()) {
            Languages.use(ui, stored.get().locale());
        } else {
            Language.of(ui.getLocale()).ifPresent(shown -> preference.choose(accountId, shown));
        }
    }

    /** For the language switch: stores the chosen language for whoever is signed in (nobody: nothing). */
    public static SerializableConsumer<Locale> storeForSignedInUser(LanguagePreference preference) {
        return locale -> SignIn.current().ifPresent(user -> Language.of(locale)
                .ifPresent(language -> preference.choose(user.id(), language)));
    }
}
