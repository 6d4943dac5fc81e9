package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * Disabling, as in the help article: the password and the red {@code Disable two-factor authentication}
 * button; then the confirmation, the reminder and the red {@code Close} button.
 */
public class DisableTwoFactorDialog extends Dialog {

    private static final System.Logger LOG = System.getLogger(DisableTwoFactorDialog.class.getName());

    private final DisableTwoFactor disableTwoFactor;
    private final AccountId accountId;
    private final VerticalLayout body = new VerticalLayout();

    public DisableTwoFactorDialog(DisableTwoFactor disableTwoFactor, AccountId accountId, Runnable onClosed) {
        this.disableTwoFactor = disableTwoFactor;
        this.accountId = accountId;
        setId("disable-dialog");
        setHeaderTitle(getTranslation("disable.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        body.setPadding(false);
        add(body);
        addOpenedChangeListener(event -> {
            if (!event.isOpened() && onClosed != null) {
                onClosed.run();
            }
        });

        PasswordField password = new PasswordField(getTranslation("disable.password"));
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setId("disable-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button disable = DialogButtons.redPrimary(getTranslation("disable.submit"), event -> disable(password));
        disable.setId("disable-submit");
        disable.addClickShortcut(Key.ENTER).listenOn(password);
        body.add(new Paragraph(getTranslation("disable.intro")), password, disable);
        password.focus();
    }

    private void disable(PasswordField password) {
        DisableOutcome outcome = disableTwoFactor.disable(accountId, password.getValue(), RequestOrigins.current());
        password.clear();
        if (outcome instanceof DisableOutcome.WrongPassword) {
            password.setErrorMessage(getTranslation("common.wrongPassword"));
            password.setInvalid(true);
            password.focus();
            return;
        }
        if (outcome instanceof DisableOutcome.TryLater) {
            // The password was not checked: saying "wrong" would mislead someone who typed the right one.
            password.setErrorMessage(getTranslation("common.passwordTryLater"));
            password.setInvalid(true);
            password.focus();
            return;
        }
        if (outcome instanceof DisableOutcome.NotEnabled) {
            // Already off (another tab, or support removed it meanwhile): nothing was disabled here.
            password.setErrorMessage(getTranslation("disable.notEnabled"));
            password.setInvalid(true);
            return;
        }
        if (outcome instanceof DisableOutcome.Disabled disabled) {
            // The account's other sessions end at their next request; this one goes on.
            SignIn.sessionEpochAdvanced(disabled.sessionEpoch());
        }
        LOG.log(System.Logger.Level.INFO, "Two-factor authentication disabled for account {0}", accountId);
        body.removeAll();
        H3 done = new H3(getTranslation("disable.done"));
        done.setId("disable-done");
        Paragraph reminder = new Paragraph(getTranslation("disable.reminder"));
        reminder.addClassName("info");
        Button close = DialogButtons.redPrimary(getTranslation("common.close"), event -> close());
        close.setId("disable-close");
        body.add(done, reminder, close);
        close.focus();
    }
}
