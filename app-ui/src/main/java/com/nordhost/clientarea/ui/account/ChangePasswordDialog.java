package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.profile.PasswordChangeOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.stream.Collectors;

/** Change password: the current one, the new one twice, and the rules shown. */
public class ChangePasswordDialog extends SettingsDialog {

    private final PasswordChange passwordChange;
    private final AccountId accountId;
    private final PasswordField current;
    private final PasswordField newPassword;
    private final PasswordField repeat;

    public ChangePasswordDialog(PasswordChange passwordChange, AccountId accountId) {
        this.passwordChange = passwordChange;
        this.accountId = accountId;
        setId("change-password-dialog");
        setHeaderTitle(getTranslation("changePassword.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");

        current = passwordField("changePassword.current", "change-password-current", "current-password");
        newPassword = passwordField("changePassword.new", "change-password-new", "new-password");
        repeat = passwordField("changePassword.repeat", "change-password-repeat", "new-password");
        Paragraph rules = new Paragraph(getTranslation("changePassword.rules", PasswordPolicy.MIN_CODE_POINTS,
                PasswordPolicy.MAX_CODE_POINTS));
        rules.setId("password-rules");
        newPassword.setHelperText(getTranslation("changePassword.rulesShort", PasswordPolicy.MIN_CODE_POINTS));

        Button change = DialogButtons.redPrimary(getTranslation("changePassword.submit"), event -> change());
        change.setId("change-password-submit");
        change.addClickShortcut(Key.ENTER).listenOn(current, newPassword, repeat);
        VerticalLayout body = new VerticalLayout(rules, current, newPassword, repeat, change);
        body.setPadding(false);
        add(body);
        current.focus();
    }

    private PasswordField passwordField(String labelKey, String id, String autocomplete) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        field.setId(id);
        field.setWidthFull();
        field.setManualValidation(true);
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }

    private void change() {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("changePassword.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        PasswordChangeOutcome outcome = passwordChange.change(accountId, current.getValue(), newPassword.getValue(),
                RequestOrigins.current());
        if (outcome instanceof PasswordChangeOutcome.Changed changed) {
            // The account's other sessions end at their next request; this one goes on.
            SignIn.sessionEpochAdvanced(changed.sessionEpoch());
            changed(null);
            close();
            Notification.show(getTranslation("changePassword.done"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else if (outcome instanceof PasswordChangeOutcome.WrongCurrentPassword) {
            current.clear();
            current.setErrorMessage(getTranslation("common.wrongPassword"));
            current.setInvalid(true);
            current.focus();
        } else if (outcome instanceof PasswordChangeOutcome.TryLater) {
            // The current password was not checked: saying "wrong" would mislead someone who typed the right one.
            current.clear();
            current.setErrorMessage(getTranslation("common.passwordTryLater"));
            current.setInvalid(true);
            current.focus();
        } else if (outcome instanceof PasswordChangeOutcome.Rejected rejected) {
            newPassword.setErrorMessage(rejected.problems().stream().map(p -> getTranslation(p.messageKey()))
                    .collect(Collectors.joining(" ")));
            newPassword.setInvalid(true);
            newPassword.focus();
        }
    }
}
