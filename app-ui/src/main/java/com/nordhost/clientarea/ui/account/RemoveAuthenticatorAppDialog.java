package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.twofactor.RemoveAppOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;

/** Removing one authenticator app: the password and the red {@code Remove the app}, as turning 2FA off asks. */
class RemoveAuthenticatorAppDialog extends SettingsDialog {

    private static final System.Logger LOG = System.getLogger(RemoveAuthenticatorAppDialog.class.getName());

    private final AuthenticatorApps apps;
    private final AccountId accountId;
    private final long appId;
    private final String appName;
    private final PasswordPrompt prompt;

    RemoveAuthenticatorAppDialog(AuthenticatorApps apps, AccountId accountId, long appId, String appName) {
        this.apps = apps;
        this.accountId = accountId;
        this.appId = appId;
        this.appName = appName;
        setId("remove-app-dialog");
        setHeaderTitle(getTranslation("apps.remove.title", appName));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        prompt = new PasswordPrompt(getTranslation("apps.remove.intro", appName), getTranslation("disable.password"),
                getTranslation("apps.remove.submit"), "remove-app-password", "remove-app-submit", this::remove);
        add(prompt);
        prompt.focusPassword();
    }


    private void remove(String password) {
        RemoveAppOutcome outcome = apps.remove(accountId, appId, password, RequestOrigins.current());
        if (outcome instanceof RemoveAppOutcome.Removed) {
            LOG.log(System.Logger.Level.INFO, "Authenticator app {0} removed for account {1}", appId, accountId);
            changed(appName);
            close();
        } else if (outcome instanceof RemoveAppOutcome.WrongPassword) {
            prompt.wrongPassword();
        } else if (outcome instanceof RemoveAppOutcome.TryLater) {
            prompt.tryLater();
        } else if (outcome instanceof RemoveAppOutcome.LastApp) {
            prompt.refuse(getTranslation("apps.remove.last"));
        } else {
            // Removed meanwhile in another tab, or 2FA turned off: closing refreshes the list.
            close();
        }
    }
}
