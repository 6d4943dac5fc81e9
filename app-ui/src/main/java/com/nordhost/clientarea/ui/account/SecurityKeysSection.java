package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.webauthn.SecurityKeyRegistration;
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
 * Security settings' "Security keys and passkeys" (decision 0024): each key with its name, when it was added and last
 * used, "Remove" (with the password) on each, and "Add a security key or passkey". Shown only while two-factor
 * authentication is on: a key is a second factor.
 */
class SecurityKeysSection extends Div {

    private final SecurityKeys keys;
    private final SecurityKeyRegistration registration;
    private final SignedInUser user;
    private final ZoneId zone;
    private final Paragraph message = new Paragraph();

    SecurityKeysSection(SecurityKeys keys, SecurityKeyRegistration registration, SignedInUser user, ZoneId zone) {
        this.keys = keys;
        this.registration = registration;
        this.user = user;
        this.zone = zone;
        setId("security-keys");
        message.setId("security-keys-message");
        message.addClassName("info");
        message.setVisible(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("securityKeys.title")), new Paragraph(getTranslation("securityKeys.what")),
                message);
        List<SecurityKey> listed = keys.list(user.id());
        if (listed.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("securityKeys.none"));
            none.setId("security-keys-none");
            add(none);
        } else {
            NativeTable table = new NativeTable();
            table.setId("security-keys-table");
            NativeTableRow head = table.getHead().addRow();
            for (String key : List.of("securityKeys.name", "securityKeys.addedAt", "securityKeys.lastUsed")) {
                head.addHeaderCell().setText(getTranslation(key));
            }
            head.addHeaderCell();
            for (SecurityKey key : listed) {
                NativeTableRow row = table.getBody().addRow();
                row.setId("security-key-" + key.id());
                row.addDataCell().setText(key.name());
                row.addDataCell().setText(format(key.addedAt()));
                row.addDataCell().setText(key.lastUsedAt() == null ? getTranslation("securityKeys.neverUsed")
                        : format(key.lastUsedAt()));
                Button remove = new Button(getTranslation("securityKeys.remove"), event -> openRemove(key));
                remove.setId("remove-security-key-" + key.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                row.addDataCell().add(remove);
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
        new AddSecurityKeyDialog(registration, user.id(), name -> {
            refresh();
            show(getTranslation("addKey.added", name));
        }).open();
    }

    private void openRemove(SecurityKey key) {
        new RemoveSecurityKeyDialog(keys, user.id(), key, name -> {
            refresh();
            show(getTranslation("removeKey.removed", name));
        }).open();
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
