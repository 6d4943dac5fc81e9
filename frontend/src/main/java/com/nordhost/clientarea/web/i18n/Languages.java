package com.nordhost.clientarea.web.i18n;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the client area (English, Swedish) and the one chosen for this session. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SWEDISH);

    private static final String SESSION_ATTRIBUTE = Languages.class.getName() + ".chosen";
    private static final String HTML_LANG = Languages.class.getName() + ".htmlLang";

    private Languages() {
    }

    /** The session's chosen language, else the browser's first supported one, else English. */
    public static void applyInitial(UI ui) {
        VaadinSession session = ui.getSession();
        Locale chosen = session == null ? null : (Locale) session.getAttribute(SESSION_ATTRIBUTE);
        ui.setLocale(chosen != null ? chosen : fromBrowser(VaadinRequest.getCurrent()).orElse(ENGLISH));
        markPage(ui);
    }

    /** Switches the session to {@code locale} and redraws the current view in it. */
    public static void choose(UI ui, Locale locale) {
        use(ui, locale);
        ui.refreshCurrentRoute(true);
    }

    /**
     * Switches the session and this UI to {@code locale} without redrawing (e.g. at sign-in, just before the
     * next page opens); later UIs of the session start in it.
     */
    public static void use(UI ui, Locale locale) {
        Locale supported = supported(locale).orElse(ENGLISH);
        ui.getSession().setAttribute(SESSION_ATTRIBUTE, supported);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        markPage(ui);
    }

    /**
     * {@code <html lang>} follows the language shown: Vaadin writes the first bundle language into the page
     * at bootstrap, whatever the UI shows, so every UI sets it from its own locale.
     */
    static void markPage(UI ui) {
        String tag = ui.getLocale().getLanguage();
        ui.getElement().executeJs("document.documentElement.lang=$0", tag);
        ComponentUtil.setData(ui, HTML_LANG, tag);
    }

    /** The language this UI last wrote into {@code <html lang>} (for tests; the browser has the real one). */
    public static Optional<String> pageLanguage(UI ui) {
        return Optional.ofNullable((String) ComponentUtil.getData(ui, HTML_LANG));
    }

    public static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    static Optional<Locale> fromBrowser(VaadinRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        List<Locale> wanted = request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
        return wanted.stream().map(Languages::supported).flatMap(Optional::stream).findFirst();
    }
}
