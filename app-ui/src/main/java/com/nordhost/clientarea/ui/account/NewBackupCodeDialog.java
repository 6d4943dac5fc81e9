package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewalOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.BackupCodePanel;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A new backup code for the password; the old one stops working. */
public class NewBackupCodeDialog extends SettingsDialog {

    private final BackupCodeRenewal renewal;
    private final AccountId accountId;
    private final String companyName;
    private final VerticalLayout body = new VerticalLayout();
    private final PasswordPrompt prompt;

    /** @param companyName named in the backup-code file */
    public NewBackupCodeDialog(BackupCodeRenewal renewal, AccountId accountId, String companyName) {
        this.renewal = renewal;
        this.accountId = accountId;
        this.companyName = companyName;
        setId("new-backup-code-dialog");
        setHeaderTitle(getTranslation("newBackupCode.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");
        body.setPadding(false);
        add(body);

        prompt = new PasswordPrompt(getTranslation("newBackupCode.intro"), getTranslation("newBackupCode.password"),
                getTranslation("newBackupCode.submit"), "new-backup-code-password", "new-backup-code-submit",
                this::renew);
        body.add(prompt);
        prompt.focusPassword();
    }

    private void renew(String password) {
        BackupCodeRenewalOutcome outcome = renewal.renew(accountId, password, RequestOrigins.current());
        if (outcome instanceof BackupCodeRenewalOutcome.Renewed renewed) {
            changed(null);
            body.removeAll();
            Button close = DialogButtons.redPrimary(getTranslation("common.close"), event -> close());
            close.setId("new-backup-code-close");
            body.add(new BackupCodePanel(renewed.backupCode(), companyName), close);
            close.focus();
        } else if (outcome instanceof BackupCodeRenewalOutcome.WrongPassword) {
            prompt.wrongPassword();
        } else if (outcome instanceof BackupCodeRenewalOutcome.TryLater) {
            prompt.tryLater();
        } else {
            prompt.refuse(getTranslation("newBackupCode.notEnabled"));
        }
    }
}
