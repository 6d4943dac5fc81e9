package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.twofactor.RemoveAppOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** Removing one authenticator app: the password and the red {@code Remove the app}, as turning 2FA off asks. */
class RemoveAuthenticatorAppDialog extends Dialog {

    private static final System.Logger LOG = System.getLogger(RemoveAuthenticatorAppDialog.class.getName());

    private final AuthenticatorApps apps;
    private final AccountId accountId;
    private final long appId;
    private boolean removed;

    RemoveAuthenticatorAppDialog(AuthenticatorApps apps, AccountId accountId, long appId, String appName) {
        this.apps = apps;
        this.accountId = accountId;
        this.appId = appId;
        setId("remove-app-dialog");
        setHeaderTitle(getTranslation("apps.remove.title", appName));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        add(body);

        PasswordField password = new PasswordField(getTranslation("disable.password"));
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setId("remove-app-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button remove = DialogButtons.redPrimary(getTranslation("apps.remove.submit"), event -> remove(password));
        remove.setId("remove-app-submit");
        remove.addClickShortcut(Key.ENTER).listenOn(password);
        body.add(new Paragraph(getTranslation("apps.remove.intro", appName)), password, remove);
        password.focus();
    }

    boolean removed() {
        return removed;
    }

    private void remove(PasswordField password) {
        RemoveAppOutcome outcome = apps.remove(accountId, appId, password.getValue(), RequestOrigins.current());
        password.clear();
        if (outcome instanceof RemoveAppOutcome.Removed) {
            LOG.log(System.Logger.Level.INFO, "Authenticator app {0} removed for account {1}", appId, accountId);
            removed = true;
            close();
        } else if (outcome instanceof RemoveAppOutcome.WrongPassword) {
            refuse(password, getTranslation("common.wrongPassword"));
        } else if (outcome instanceof RemoveAppOutcome.TryLater) {
            // The password was not checked: saying "wrong" would mislead someone who typed the right one.
            refuse(password, getTranslation("common.passwordTryLater"));
        } else if (outcome instanceof RemoveAppOutcome.LastApp) {
            refuse(password, getTranslation("apps.remove.last"));
        } else {
            // Removed meanwhile in another tab, or 2FA turned off: closing refreshes the list.
            close();
        }
    }

    private void refuse(PasswordField password, String text) {
        password.setErrorMessage(text);
        password.setInvalid(true);
        password.focus();
    }
}
