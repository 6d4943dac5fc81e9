package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.web.accessibility.Announcements;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.DisableOutcome;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Disabling, as in the help article: what stops working (every app, the backup code, every security key and passkey,
 * remembered browsers; the account's passkeys named apart, decision 0045), the password and the red
 * {@code Disable two-factor authentication} button; then the confirmation, the reminder and the red {@code Close}
 * button.
 */
public class DisableTwoFactorDialog extends SettingsDialog {

    private static final System.Logger LOG = System.getLogger(DisableTwoFactorDialog.class.getName());

    private final DisableTwoFactor disableTwoFactor;
    private final AccountId accountId;
    private final VerticalLayout body = new VerticalLayout();
    private final PasswordPrompt prompt;

    public DisableTwoFactorDialog(DisableTwoFactor disableTwoFactor, AccountId accountId) {
        this(disableTwoFactor, accountId, 0);
    }

    /**
     * @param passkeys how many of the account's keys sign in alone: the dialog says they stop working (decision
     *                 0045), since the customer may not think of a passkey as part of two-factor authentication
     */
    public DisableTwoFactorDialog(DisableTwoFactor disableTwoFactor, AccountId accountId, long passkeys) {
        this.disableTwoFactor = disableTwoFactor;
        this.accountId = accountId;
        setId("disable-dialog");
        setHeaderTitle(getTranslation("disable.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        body.setPadding(false);
        add(body);

        prompt = new PasswordPrompt(getTranslation("disable.intro"), getTranslation("disable.password"),
                getTranslation("disable.submit"), "disable-password", "disable-submit", this::disable);
        // What stops working, before the password is asked.
        Paragraph stops = new Paragraph(getTranslation("disable.stops"));
        stops.setId("disable-stops");
        stops.addClassName("info");
        body.add(stops);
        if (passkeys > 0) {
            Paragraph passkeysStop = new Paragraph(getTranslation("disable.stopsPasskeys", passkeys));
            passkeysStop.setId("disable-stops-passkeys");
            passkeysStop.addClassName("alert");
            body.add(passkeysStop);
        }
        body.add(prompt);
        prompt.focusPassword();
    }

    private void disable(String password) {
        DisableOutcome outcome = disableTwoFactor.disable(accountId, password, RequestOrigins.current());
        if (outcome instanceof DisableOutcome.WrongPassword) {
            prompt.wrongPassword();
            return;
        }
        if (outcome instanceof DisableOutcome.TryLater) {
            prompt.tryLater();
            return;
        }
        if (outcome instanceof DisableOutcome.Required) {
            // Required meanwhile (support, another tab): the panel behind says why once this box is closed.
            prompt.refuse(getTranslation("disable.required"));
            return;
        }
        if (outcome instanceof DisableOutcome.NotEnabled) {
            // Already off (another tab, or support removed it meanwhile): nothing was disabled here.
            prompt.refuse(getTranslation("disable.notEnabled"));
            return;
        }
        changed(null);
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
        Announcements.announce(this, done.getText());
    }
}
