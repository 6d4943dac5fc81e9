package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRemoval;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;

/** Removing one security key, confirmed with the password (decision 0024). */
public class RemoveSecurityKeyDialog extends SettingsDialog {

    private final SecurityKeys keys;
    private final AccountId accountId;
    private final SecurityKey key;
    private final PasswordPrompt prompt;

    public RemoveSecurityKeyDialog(SecurityKeys keys, AccountId accountId, SecurityKey key) {
        this.keys = keys;
        this.accountId = accountId;
        this.key = key;
        setId("remove-security-key-dialog");
        setHeaderTitle(getTranslation("removeKey.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        prompt = new PasswordPrompt(getTranslation("removeKey.intro", key.name()),
                getTranslation("removeKey.password"), getTranslation("removeKey.submit"), "remove-key-password",
                "remove-key-submit", this::remove);
        add(prompt);
        prompt.focusPassword();
    }

    private void remove(String password) {
        SecurityKeyRemoval outcome = keys.remove(accountId, key.id(), password, RequestOrigins.current());
        if (outcome instanceof SecurityKeyRemoval.Removed removed) {
            changed(removed.name());
            close();
        } else if (outcome instanceof SecurityKeyRemoval.WrongPassword) {
            prompt.wrongPassword();
        } else if (outcome instanceof SecurityKeyRemoval.TryLater) {
            prompt.tryLater();
        } else {
            prompt.refuse(getTranslation("removeKey.notFound"));
        }
    }
}
