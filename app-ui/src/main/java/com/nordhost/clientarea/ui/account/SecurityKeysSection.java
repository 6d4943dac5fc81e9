package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRegistration;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;

/**
 * Security settings' "Security keys and passkeys" (decisions 0024, 0045): each key with its name, whether it signs in
 * on its own (a passkey) or after the password, when it was added and last used, "Remove" (with the password) on each, and "Add a security key or passkey". Shown only while two-factor
 * authentication is on: a key is a second factor.
 */
class SecurityKeysSection extends Div {

    private final SecurityKeys keys;
    private final SecurityKeyRegistration registration;
    private final SignedInUser user;
    private final ZoneId zone;
    private H3 heading;
    private final InfoMessage message = new InfoMessage("security-keys-message");

    SecurityKeysSection(SecurityKeys keys, SecurityKeyRegistration registration, SignedInUser user, ZoneId zone) {
        this.keys = keys;
        this.registration = registration;
        this.user = user;
        this.zone = zone;
        setId("security-keys");
        refresh();
    }

    /** After a dialog that redrew this section: the message saying what it did, else the heading. */
    private void focusAfterDialog(boolean changed) {
        FocusReturn.to(changed && message.isVisible() ? message : heading);
    }

    private void refresh() {
        removeAll();
        heading = new H3(getTranslation("securityKeys.title"));
        add(heading, new Paragraph(getTranslation("securityKeys.what")),
                message);
        List<SecurityKey> listed = keys.list(user.id());
        if (listed.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("securityKeys.none"));
            none.setId("security-keys-none");
            add(none);
        } else {
            SettingsTable table = new SettingsTable("security-keys-table", zone, getTranslation("securityKeys.name"),
                    getTranslation("securityKeys.use"), getTranslation("securityKeys.addedAt"),
                    getTranslation("securityKeys.lastUsed"));
            for (SecurityKey key : listed) {
                Button remove = new Button(getTranslation("securityKeys.remove"), event -> openRemove(key));
                remove.setId("remove-security-key-" + key.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                table.addRow("security-key-" + key.id(), remove, key.name(),
                        getTranslation(key.signsInAlone() ? "securityKeys.useAlone" : "securityKeys.useAfterPassword"),
                        table.date(key.addedAt()),
                        table.dateOr(key.lastUsedAt(), getTranslation("securityKeys.neverUsed")));
            }
            add(table);
        }
        if (registration.mayAdd(user.id())) {
            Button add = new Button(getTranslation("securityKeys.add"), event -> openAdd());
            add.setId("add-security-key");
            add.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            add(add);
        } else if (!listed.isEmpty()) {
            add(new Paragraph(getTranslation("securityKeys.max", SecurityKeyRegistration.MAX_KEYS)));
        }
    }

    private void openAdd() {
        AddSecurityKeyDialog dialog = new AddSecurityKeyDialog(registration, user.id());
        dialog.addDoneListener(done -> {
            refresh();
            done.subject().ifPresent(name -> message.show(getTranslation(dialog.addedMessageKey(), name)));
            focusAfterDialog(done.changed());
        });
        dialog.open();
    }

    private void openRemove(SecurityKey key) {
        RemoveSecurityKeyDialog dialog = new RemoveSecurityKeyDialog(keys, user.id(), key);
        dialog.addDoneListener(done -> {
            refresh();
            done.subject().ifPresent(name -> message.show(getTranslation("removeKey.removed", name)));
            focusAfterDialog(done.changed());
        });
        dialog.open();
    }
}
