package com.nordhost.clientarea.web.i18n;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;

import java.util.Locale;
import java.util.Objects;

/**
 * English / Svenska, each named in its own language. A choice switches the session; with {@code whenChosen}
 * (signed-in pages: {@code AccountLanguage.storeForSignedInUser}) it is also kept on the account.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        this(locale -> {
        });
    }

    public LanguageSwitch(SerializableConsumer<Locale> whenChosen) {
        Objects.requireNonNull(whenChosen, "The choice listener is required.");
        setId("language-switch");
        setAriaLabel(getTranslation("language.label"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setValue(Languages.supported(getLocale()).orElse(Languages.ENGLISH));
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                whenChosen.accept(event.getValue());
                getUI().ifPresent(ui -> Languages.choose(ui, event.getValue()));
            }
        });
    }
}
