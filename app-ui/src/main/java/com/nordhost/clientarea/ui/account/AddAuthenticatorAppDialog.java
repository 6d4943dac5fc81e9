package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.web.accessibility.Announcements;
import com.nordhost.clientarea.web.twofactor.WrongCodeMessage;
import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.AddAppOutcome;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppName;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.OneTimeCodeField;
import com.nordhost.clientarea.web.twofactor.KeyToScan;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;


/**
 * Adding one more authenticator app, like the wizard's QR step: a name for it, the QR code and the key for typing by
 * hand, the app's code and the red {@code Submit}; then a confirmation and the red {@code Close}. No new backup code:
 * the account's one stays as it is. Closing it half-way adds nothing.
 */
class AddAuthenticatorAppDialog extends SettingsDialog {

    private static final System.Logger LOG = System.getLogger(AddAuthenticatorAppDialog.class.getName());

    private final AuthenticatorApps apps;
    private final AccountId accountId;
    private final VerticalLayout body = new VerticalLayout();
    private final PasswordPrompt prompt;

    AddAuthenticatorAppDialog(AuthenticatorApps apps, AccountId accountId) {
        this.apps = apps;
        this.accountId = accountId;
        setId("add-app-dialog");
        setHeaderTitle(getTranslation("apps.add.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");
        body.setPadding(false);
        add(body);
        // The password first: a session someone else took over must not add their phone.
        prompt = new PasswordPrompt(getTranslation("apps.add.passwordIntro"),
                getTranslation("apps.add.password"), getTranslation("apps.add.continue"), "add-app-password",
                "add-app-password-submit", this::start);
        body.add(prompt);
        prompt.focusPassword();
    }

    private void start(String password) {
        AfterPassword<PendingEnrollment> started = apps.startAdding(accountId, password, RequestOrigins.current());
        if (started instanceof AfterPassword.Granted<PendingEnrollment> granted) {
            body.removeAll();
            showQrCode(granted.value());
        } else if (started instanceof AfterPassword.WrongPassword) {
            prompt.wrongPassword();
        } else if (started instanceof AfterPassword.TryLater) {
            prompt.tryLater();
        } else {
            // Two-factor authentication was turned off meanwhile (another tab, support): nothing to add to.
            body.removeAll();
            Paragraph off = new Paragraph(getTranslation("apps.add.notOn"));
            off.setId("add-app-not-on");
            body.add(off, closeButton());
        }
    }


    private void showQrCode(PendingEnrollment pending) {
        TextField name = new TextField(getTranslation("apps.add.name"));
        // Twice the rule, like a security key's name: a little too long gets the message, not a silent cut.
        name.setMaxLength(AuthenticatorAppName.MAX_LENGTH * 2);
        name.setId("add-app-name");
        name.setWidthFull();
        name.setManualValidation(true);
        name.setPlaceholder(getTranslation("apps.add.namePlaceholder"));

        OneTimeCodeField code = new OneTimeCodeField(getTranslation("enroll.codeLabel"));
        code.setId("add-app-code");
        code.setWidthFull();
        Button submit = DialogButtons.redPrimary(getTranslation("enroll.submit"), event -> confirm(name, code));
        submit.setId("add-app-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(code);

        body.add(new Paragraph(getTranslation("apps.add.intro")), name);
        body.add(KeyToScan.parts(this, pending, "add-app"));
        body.add(code, submit);
        name.focus();
    }

    private void confirm(TextField name, OneTimeCodeField code) {
        name.setInvalid(false);
        code.setInvalid(false);
        AddAppOutcome outcome = apps.confirmAdding(accountId, name.getValue(), code.getValue(),
                RequestOrigins.current());
        if (outcome instanceof AddAppOutcome.Added done) {
            LOG.log(System.Logger.Level.INFO, "Authenticator app {0} added for account {1}", done.app().id(),
                    accountId);
            changed(done.app().name());
            showAdded(done.app().name());
        } else if (outcome instanceof AddAppOutcome.InvalidName invalid) {
            refuse(name, nameProblem(invalid.problem()));
        } else if (outcome instanceof AddAppOutcome.NameTaken) {
            refuse(name, getTranslation("apps.add.nameTaken"));
        } else if (outcome instanceof AddAppOutcome.TooMany) {
            refuse(code, getTranslation("apps.full", AuthenticatorApps.MAX_APPS));
        } else if (outcome instanceof AddAppOutcome.MalformedCode malformed) {
            refuse(code, getTranslation(malformed.problem().messageKey()));
        } else if (outcome instanceof AddAppOutcome.WrongCode wrong) {
            refuse(code, WrongCodeMessage.of(this, "enroll.wrongCode", wrong.clockOffset()));
        } else {
            // Expired, or confirmed meanwhile in another tab: the key shown is no good any more.
            refuse(code, getTranslation("apps.add.expired"));
        }
    }

    private String nameProblem(AuthenticatorAppName.Problem problem) {
        return switch (problem) {
            case EMPTY -> getTranslation("apps.add.nameEmpty");
            case TOO_LONG -> getTranslation("apps.add.nameTooLong", AuthenticatorAppName.MAX_LENGTH);
            case CONTROL_CHARACTERS -> getTranslation("apps.add.nameControl");
        };
    }

    private void refuse(TextField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        field.focus();
    }

    private void showAdded(String name) {
        body.removeAll();
        H3 done = new H3(getTranslation("apps.add.done", name));
        done.setId("add-app-done");
        Button close = closeButton();
        body.add(done, new Paragraph(getTranslation("apps.add.backupCodeStays")), close);
        close.focus();
        Announcements.announce(this, done.getText());
    }

    private Button closeButton() {
        Button close = DialogButtons.redPrimary(getTranslation("common.close"), event -> close());
        close.setId("add-app-close");
        return close;
    }
}
