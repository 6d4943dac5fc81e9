package com.nordhost.clientarea.web.i18n;

import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the client area (English, Swedish) and the one shown in this session: chosen on screen, else this
 * browser's last ({@link LanguageCookie}), else the browser's own, else English. A mail link's {@code ?lang=} (the
 * account's language) switches the session too ({@link #followLink}).
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SWEDISH);

    private static final String SESSION_ATTRIBUTE = Languages.class.getName() + ".chosen";
    private static final String HTML_LANG = Languages.class.getName() + ".htmlLang";
    /** Session attribute: the language the person picked in a language switch in this session (their latest word). */
    private static final String ON_SCREEN_ATTRIBUTE = Languages.class.getName() + ".chosenOnScreen";
    /** The query parameter of mail links that names the account's language ({@code ?lang=sv}). */
    public static final String LINK_PARAMETER = SecurityNotices.LANGUAGE_PARAMETER;

    private Languages() {
    }

    /**
     * The session's language, else the one this browser last chose or signed in with (its cookie), else the browser's
     * first supported one, else English.
     */
    public static void applyInitial(UI ui) {
        VaadinSession session = ui.getSession();
        Locale chosen = session == null ? null : (Locale) session.getAttribute(SESSION_ATTRIBUTE);
        ui.setLocale(chosen != null ? chosen
                : LanguageCookie.read().or(() -> fromBrowser(VaadinRequest.getCurrent())).orElse(ENGLISH));
        markPage(ui);
    }

    /**
     * The person chose {@code locale} on screen: the session and this browser switch to it, it counts as their latest
     * word ({@link #chosenOnScreen}), and the current view is redrawn in it.
     */
    public static void choose(UI ui, Locale locale) {
        use(ui, locale);
        ui.getSession().setAttribute(ON_SCREEN_ATTRIBUTE, ui.getLocale());
        LanguageCookie.write(ui.getLocale());
        ui.refreshCurrentRoute(true);
    }

    /** The language the person picked on screen in this session, if they did (a sign-in stores it on the account). */
    public static Optional<Locale> chosenOnScreen(UI ui) {
        VaadinSession session = ui.getSession();
        return Optional.ofNullable(session == null ? null : (Locale) session.getAttribute(ON_SCREEN_ATTRIBUTE));
    }

    /**
     * A page opened from a mail link with {@code ?lang=sv} (the account's language) is shown in that language, and so
     * is the rest of the session, whatever the browser asks for. Runs before the page is built (a UI listener).
     */
    public static void followLink(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get(LINK_PARAMETER);
        if (asked == null || asked.isEmpty() || asked.get(0) == null) {
            return;
        }
        supported(Locale.forLanguageTag(asked.get(0).strip()))
                .filter(locale -> !locale.equals(event.getUI().getLocale()))
                .ifPresent(locale -> use(event.getUI(), locale));
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
