package com.nordhost.clientarea.web.i18n;

import com.vaadin.flow.component.select.Select;

import java.util.Locale;

/** English / Svenska, each named in its own language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setId("language-switch");
        setAriaLabel(getTranslation("language.label"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setValue(Languages.supported(getLocale()).orElse(Languages.ENGLISH));
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                getUI().ifPresent(ui -> Languages.choose(ui, event.getValue()));
            }
        });
    }
}
