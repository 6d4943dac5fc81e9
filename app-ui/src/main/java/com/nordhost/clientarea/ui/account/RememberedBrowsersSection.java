package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.remembered.RememberedBrowser;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.RememberedBrowserCookie;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

/**
 * Security settings' "Remembered browsers" (decision 0020): the browsers that are not asked for a code, with browser,
 * IP address, remembered on, last used and expiry, "Forget" on each and "Forget all". Shown only while two-factor
 * authentication is on (without it nothing asks for a code).
 */
class RememberedBrowsersSection extends Div {

    private final RememberedBrowsers browsers;
    private final SignedInUser user;
    private final ZoneId zone;
    private final InfoMessage message = new InfoMessage("remembered-browsers-message");

    RememberedBrowsersSection(RememberedBrowsers browsers, SignedInUser user, ZoneId zone) {
        this.browsers = browsers;
        this.user = user;
        this.zone = zone;
        setId("remembered-browsers");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("remembered.title")), new Paragraph(getTranslation("remembered.what")), message);
        List<RememberedBrowser> remembered = browsers.list(user.id());
        if (remembered.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("remembered.none"));
            none.setId("remembered-browsers-none");
            add(none);
            return;
        }
        OptionalLong thisBrowser = RememberedBrowserCookie.browserId();
        SettingsTable table = new SettingsTable("remembered-browsers-table", zone,
                getTranslation("remembered.browser"), getTranslation("remembered.ip"),
                getTranslation("remembered.rememberedAt"), getTranslation("remembered.lastUsed"),
                getTranslation("remembered.expires"));
        for (RememberedBrowser browser : remembered) {
            boolean current = thisBrowser.isPresent() && thisBrowser.getAsLong() == browser.id();
            Button forget = new Button(getTranslation("remembered.forget"), event -> forget(browser.id(), current));
            forget.setId("forget-browser-" + browser.id());
            forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            table.addRow("remembered-browser-" + browser.id(), forget,
                    current ? browser.browser() + " " + getTranslation("remembered.thisBrowser") : browser.browser(),
                    browser.ip() == null ? "" : browser.ip(), table.date(browser.rememberedAt()),
                    table.dateOr(browser.lastUsedAt(), getTranslation("remembered.neverUsed")),
                    table.date(browser.expiresAt()));
        }
        Button forgetAll = new Button(getTranslation("remembered.forgetAll"), event -> forgetAll());
        forgetAll.setId("forget-all-browsers");
        forgetAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(table, forgetAll);
    }

    private void forget(long id, boolean thisBrowser) {
        browsers.forget(user.id(), id, RequestOrigins.current());
        if (thisBrowser) {
            RememberedBrowserCookie.clear();
        }
        refresh();
        message.show(getTranslation("remembered.forgotten"));
    }

    private void forgetAll() {
        RememberedBrowsers.AllForgotten done = browsers.forgetAll(user.id(), RequestOrigins.current());
        // Every other session of the account ends at its next request; this one goes on.
        SignIn.sessionEpochAdvanced(done.sessionEpoch());
        RememberedBrowserCookie.clear();
        refresh();
        message.show(getTranslation("remembered.allForgotten"));
    }
}
