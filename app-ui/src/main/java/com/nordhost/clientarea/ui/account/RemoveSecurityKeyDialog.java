package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRemoval;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableConsumer;

/** Removing one security key, confirmed with the password (decision 0024). */
public class RemoveSecurityKeyDialog extends Dialog {

    private final SecurityKeys keys;
    private final AccountId accountId;
    private final SecurityKey key;
    private final SerializableConsumer<String> onRemoved;

    public RemoveSecurityKeyDialog(SecurityKeys keys, AccountId accountId, SecurityKey key,
                                   SerializableConsumer<String> onRemoved) {
        this.keys = keys;
        this.accountId = accountId;
        this.key = key;
        this.onRemoved = onRemoved;
        setId("remove-security-key-dialog");
        setHeaderTitle(getTranslation("removeKey.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        PasswordField password = new PasswordField(getTranslation("removeKey.password"));
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setId("remove-key-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button remove = DialogButtons.redPrimary(getTranslation("removeKey.submit"), event -> remove(password));
        remove.setId("remove-key-submit");
        remove.addClickShortcut(Key.ENTER).listenOn(password);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("removeKey.intro", key.name())),
                password, remove);
        body.setPadding(false);
        add(body);
        password.focus();
    }

    private void remove(PasswordField password) {
        SecurityKeyRemoval outcome = keys.remove(accountId, key.id(), password.getValue(), RequestOrigins.current());
        password.clear();
        if (outcome instanceof SecurityKeyRemoval.Removed removed) {
            close();
            onRemoved.accept(removed.name());
            return;
        }
        String messageKey = outcome instanceof SecurityKeyRemoval.WrongPassword ? "common.wrongPassword"
                : outcome instanceof SecurityKeyRemoval.TryLater ? "common.passwordTryLater" : "removeKey.notFound";
        password.setErrorMessage(getTranslation(messageKey));
        password.setInvalid(true);
        password.focus();
    }
}
