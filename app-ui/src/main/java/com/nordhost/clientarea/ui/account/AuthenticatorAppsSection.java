package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppSummary;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.ZoneId;
import java.util.List;

/**
 * Security settings' "Authenticator apps": each app whose codes sign in (the wizard's first, then those added), with
 * when it was added and last used, "Remove" on each (the only one says instead why it stays), and "Add an
 * authenticator app". Shown only while two-factor authentication is on.
 */
class AuthenticatorAppsSection extends Div {

    private final AuthenticatorApps apps;
    private final SignedInUser user;
    private final ZoneId zone;
    private H3 heading;
    private final InfoMessage message = new InfoMessage("authenticator-apps-message");

    AuthenticatorAppsSection(AuthenticatorApps apps, SignedInUser user, ZoneId zone) {
        this.apps = apps;
        this.user = user;
        this.zone = zone;
        setId("authenticator-apps");
        refresh();
    }

    /** After a dialog that redrew this section: the message saying what it did, else the heading. */
    private void focusAfterDialog(boolean changed) {
        FocusReturn.to(changed && message.isVisible() ? message : heading);
    }

    private void refresh() {
        removeAll();
        heading = new H3(getTranslation("apps.title"));
        add(heading, new Paragraph(getTranslation("apps.what")), message);
        List<AuthenticatorAppSummary> listed = apps.list(user.id());
        SettingsTable table = new SettingsTable("authenticator-apps-table", zone, getTranslation("apps.name"),
                getTranslation("apps.addedAt"), getTranslation("apps.lastUsed"));
        for (AuthenticatorAppSummary app : listed) {
            table.addRow("authenticator-app-" + app.id(), listed.size() == 1 ? onlyAppNote() : removeButton(app),
                    displayName(app), table.date(app.addedAt()),
                    table.dateOr(app.lastUsedAt(), getTranslation("apps.neverUsed")));
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

    private Button removeButton(AuthenticatorAppSummary app) {
        Button remove = new Button(getTranslation("apps.remove"), event -> openRemove(app));
        remove.setId("remove-app-" + app.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return remove;
    }

    /**
     * The only app cannot be removed (the domain refuses it: turning 2FA off is for that), so it is not offered: the
     * row says why and what to do instead.
     */
    private Span onlyAppNote() {
        Span note = new Span(getTranslation("apps.onlyApp"));
        note.setId("only-app-note");
        return note;
    }

    private String displayName(AuthenticatorAppSummary app) {
        return app.name() == null ? getTranslation("apps.firstApp") : app.name();
    }

    private void openAdd() {
        AddAuthenticatorAppDialog dialog = new AddAuthenticatorAppDialog(apps, user.id());
        dialog.addDoneListener(done -> {
            refresh();
            done.subject().ifPresent(name -> message.show(getTranslation("apps.added", name)));
            focusAfterDialog(done.changed());
        });
        dialog.open();
    }

    private void openRemove(AuthenticatorAppSummary app) {
        RemoveAuthenticatorAppDialog dialog = new RemoveAuthenticatorAppDialog(apps, user.id(), app.id(),
                displayName(app));
        dialog.addDoneListener(done -> {
            refresh();
            done.subject().ifPresent(name -> message.show(getTranslation("apps.removed", name)));
            focusAfterDialog(done.changed());
        });
        dialog.open();
    }
}
