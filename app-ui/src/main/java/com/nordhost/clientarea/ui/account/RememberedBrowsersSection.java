package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.remembered.RememberedBrowser;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.web.signin.RememberedBrowserCookie;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
    private final Paragraph message = new Paragraph();

    RememberedBrowsersSection(RememberedBrowsers browsers, SignedInUser user, ZoneId zone) {
        this.browsers = browsers;
        this.user = user;
        this.zone = zone;
        setId("remembered-browsers");
        message.setId("remembered-browsers-message");
        message.addClassName("info");
        message.setVisible(false);
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
        NativeTable table = new NativeTable();
        table.setId("remembered-browsers-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("remembered.browser", "remembered.ip", "remembered.rememberedAt",
                "remembered.lastUsed", "remembered.expires")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.addHeaderCell();
        for (RememberedBrowser browser : remembered) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("remembered-browser-" + browser.id());
            boolean current = thisBrowser.isPresent() && thisBrowser.getAsLong() == browser.id();
            row.addDataCell().add(new Span(current ? browser.browser() + " " + getTranslation("remembered.thisBrowser")
                    : browser.browser()));
            row.addDataCell().setText(browser.ip() == null ? "" : browser.ip());
            row.addDataCell().setText(format(browser.rememberedAt()));
            row.addDataCell().setText(browser.lastUsedAt() == null ? getTranslation("remembered.neverUsed")
                    : format(browser.lastUsedAt()));
            row.addDataCell().setText(format(browser.expiresAt()));
            Button forget = new Button(getTranslation("remembered.forget"), event -> forget(browser.id(), current));
            forget.setId("forget-browser-" + browser.id());
            forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.addDataCell().add(forget);
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
        show(getTranslation("remembered.forgotten"));
    }

    private void forgetAll() {
        browsers.forgetAll(user.id(), RequestOrigins.current());
        RememberedBrowserCookie.clear();
        refresh();
        show(getTranslation("remembered.allForgotten"));
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(zone));
    }
}
