package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppSummary;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Security settings' "Authenticator apps": each app whose codes sign in (the wizard's first, then those added), with
 * when it was added and last used, "Remove" on each, and "Add an authenticator app". Shown only while two-factor
 * authentication is on.
 */
class AuthenticatorAppsSection extends Div {

    private final AuthenticatorApps apps;
    private final SignedInUser user;
    private final ZoneId zone;
    private final Paragraph message = new Paragraph();

    AuthenticatorAppsSection(AuthenticatorApps apps, SignedInUser user, ZoneId zone) {
        this.apps = apps;
        this.user = user;
        this.zone = zone;
        setId("authenticator-apps");
        message.setId("authenticator-apps-message");
        message.addClassName("info");
        message.setVisible(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("apps.title")), new Paragraph(getTranslation("apps.what")), message);
        List<AuthenticatorAppSummary> listed = apps.list(user.id());
        NativeTable table = new NativeTable();
        table.setId("authenticator-apps-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("apps.name", "apps.addedAt", "apps.lastUsed")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.addHeaderCell();
        for (AuthenticatorAppSummary app : listed) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("authenticator-app-" + app.id());
            row.addDataCell().setText(displayName(app));
            row.addDataCell().setText(format(app.addedAt()));
            row.addDataCell().setText(app.lastUsedAt() == null ? getTranslation("apps.neverUsed")
                    : format(app.lastUsedAt()));
            Button remove = new Button(getTranslation("apps.remove"), event -> openRemove(app));
            remove.setId("remove-app-" + app.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.addDataCell().add(remove);
        }
        add(table);
        if (listed.size() < AuthenticatorApps.MAX_APPS) {
            Button add = new Button(getTranslation("apps.add"), event -> openAdd());
            add.setId("add-authenticator-app");
            add(add);
        } else {
            add(new Paragraph(getTranslation("apps.full", AuthenticatorApps.MAX_APPS)));
        }
    }

    private String displayName(AuthenticatorAppSummary app) {
        return app.name() == null ? getTranslation("apps.firstApp") : app.name();
    }

    private void openAdd() {
        AddAuthenticatorAppDialog dialog = new AddAuthenticatorAppDialog(apps, user.id());
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                refresh();
                dialog.added().ifPresent(name -> show(getTranslation("apps.added", name)));
            }
        });
        dialog.open();
    }

    private void openRemove(AuthenticatorAppSummary app) {
        RemoveAuthenticatorAppDialog dialog = new RemoveAuthenticatorAppDialog(apps, user.id(), app.id(),
                displayName(app));
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                refresh();
                if (dialog.removed()) {
                    show(getTranslation("apps.removed", displayName(app)));
                }
            }
        });
        dialog.open();
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
