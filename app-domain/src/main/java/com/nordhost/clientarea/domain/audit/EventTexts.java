package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.Language;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one home of what a security event means in the customer's words, in English and Swedish: every
 * {@link AuditEventType} ({@code event.<TYPE>}), the actor ({@code actor.<ACTOR>}) and the summary of wrong passwords
 * ("12 wrong passwords from 3 addresses"). Recent security activity and the "Download my data" text file both read
 * it, so a new event type gets its words once (EventTextsTest fails until it has them in both languages). The
 * back-office keeps its own, more technical, audit texts.
 */
public final class EventTexts {

    static final String BUNDLE = "com.nordhost.clientarea.domain.audit.EventTexts";

    private EventTexts() {
    }

    public static String of(AuditEventType type, Locale locale) {
        return bundle(locale).getString("event." + type.name());
    }

    public static String of(EventActor actor, Locale locale) {
        return bundle(locale).getString("actor." + actor.name());
    }

    /** "1 wrong password from 1 address", "12 wrong passwords from 3 addresses". */
    public static String wrongPasswords(int count, int addresses, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return counted(bundle, "summary.passwords", count) + " " + counted(bundle, "summary.from", addresses);
    }

    private static String counted(ResourceBundle bundle, String key, int n) {
        return bundle.getString(key + (n == 1 ? ".one" : ".other")).replace("{n}", Integer.toString(n));
    }

    private static ResourceBundle bundle(Locale locale) {
        Language language = Language.of(locale).orElse(Language.DEFAULT);
        // No fallback to the JVM's default locale: English is the base bundle, whatever the server's locale.
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
