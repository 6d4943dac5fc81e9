package com.nordhost.clientarea.domain.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the client area speaks, for its pages and its mails. Stored on the account by tag
 * ({@code account.language}): never rename a tag.
 */
public enum Language {
    ENGLISH("en"),
    SWEDISH("sv");

    /** Used for an account that never chose a language. */
    public static final Language DEFAULT = ENGLISH;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code en}, {@code sv}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag or locale's language part ({@code sv-SE} is Swedish); empty for others. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty() : fromTag(locale.toLanguageTag());
    }
}
