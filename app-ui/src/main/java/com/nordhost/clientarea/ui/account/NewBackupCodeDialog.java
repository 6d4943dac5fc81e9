package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewalOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.BackupCodePanel;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** A new backup code for the password; the old one stops working. */
public class NewBackupCodeDialog extends Dialog {

    private final BackupCodeRenewal renewal;
    private final AccountId accountId;
    private final String companyName;
    private final VerticalLayout body = new VerticalLayout();

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

        PasswordField password = new PasswordField(getTranslation("newBackupCode.password"));
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setId("new-backup-code-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button create = DialogButtons.redPrimary(getTranslation("newBackupCode.submit"), event -> renew(password));
        create.setId("new-backup-code-submit");
        create.addClickShortcut(Key.ENTER).listenOn(password);
        body.add(new Paragraph(getTranslation("newBackupCode.intro")), password, create);
        password.focus();
    }

    private void renew(PasswordField password) {
        BackupCodeRenewalOutcome outcome = renewal.renew(accountId, password.getValue(), RequestOrigins.current());
        password.clear();
        if (outcome instanceof BackupCodeRenewalOutcome.Renewed renewed) {
            body.removeAll();
            Button close = DialogButtons.redPrimary(getTranslation("common.close"), event -> close());
            close.setId("new-backup-code-close");
            body.add(new BackupCodePanel(renewed.backupCode(), companyName), close);
            close.focus();
        } else if (outcome instanceof BackupCodeRenewalOutcome.WrongPassword) {
            password.setErrorMessage(getTranslation("common.wrongPassword"));
            password.setInvalid(true);
            password.focus();
        } else if (outcome instanceof BackupCodeRenewalOutcome.TryLater) {
            // The password was not checked: saying "wrong" would mislead someone who typed the right one.
            password.setErrorMessage(getTranslation("common.passwordTryLater"));
            password.setInvalid(true);
            password.focus();
        } else {
            password.setErrorMessage(getTranslation("newBackupCode.notEnabled"));
            password.setInvalid(true);
        }
    }
}
