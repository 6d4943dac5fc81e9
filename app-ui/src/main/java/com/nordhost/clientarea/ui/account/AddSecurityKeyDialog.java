package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.securitykey.KeyUse;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyName;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.securitykey.RegistrationOptions;
import com.nordhost.clientarea.domain.securitykey.RegistrationOutcome;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRegistration;
import com.nordhost.clientarea.ui.securitykey.BrowserCredentials;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * "Add a security key or passkey" (decision 0024): the customer names the key, chooses whether it may sign in on its
 * own as a passkey or only after the password (decision 0045; after the password unless ticked) and presses
 * Continue; the browser then makes the credential ({@link BrowserCredentials#create}) and the domain checks and stores
 * it. A bad name is told before the browser is asked; a browser that refuses or is cancelled gets a message and the
 * dialog stays open. A passkey asked for whose key did not verify its user is added for after the password, and
 * {@link #addedMessageKey()} says so.
 */
public class AddSecurityKeyDialog extends SettingsDialog {

    private final SecurityKeyRegistration registration;
    private final AccountId accountId;
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button submit;
    private final Paragraph error = new Paragraph();
    private final Paragraph waiting = new Paragraph();
    private final Checkbox passkey = new Checkbox();
    private String addedMessageKey = "addKey.added";

    public AddSecurityKeyDialog(SecurityKeyRegistration registration, AccountId accountId) {
        this.registration = registration;
        this.accountId = accountId;
        setId("add-security-key-dialog");
        setHeaderTitle(getTranslation("addKey.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");

        name.setLabel(getTranslation("addKey.name"));
        name.setPlaceholder(getTranslation("addKey.namePlaceholder"));
        name.setId("add-key-name");
        name.setWidthFull();
        name.setManualValidation(true);
        name.setMaxLength(SecurityKeyName.MAX_LENGTH * 2);
        // The password too: a session someone else took over must not add their key.
        password.setLabel(getTranslation("addKey.password"));
        password.setId("add-key-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.getElement().setAttribute("autocomplete", "current-password");
        submit = DialogButtons.redPrimary(getTranslation("addKey.submit"), event -> start());
        submit.setId("add-key-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(name, password);
        submit.setDisableOnClick(true);
        error.setId("add-key-error");
        error.addClassName("alert");
        error.setVisible(false);
        waiting.setId("add-key-waiting");
        waiting.setText(getTranslation("webauthn.waiting"));
        waiting.setVisible(false);
        passkey.setLabel(getTranslation("addKey.passkey"));
        passkey.setId("add-key-passkey");
        Paragraph passkeyHelp = new Paragraph(getTranslation("addKey.passkeyHelp"));
        passkeyHelp.setId("add-key-passkey-help");
        passkeyHelp.addClassName("hint");
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("addKey.intro")), name, passkey,
                passkeyHelp, password, error, waiting, submit);
        body.setPadding(false);
        add(body);
        name.focus();
    }

    private void start() {
        error.setVisible(false);
        try {
            SecurityKeyName.of(name.getValue());
        } catch (InvalidInputException bad) {
            nameProblem(bad.messageKey());
            return;
        }
        name.setInvalid(false);
        password.setInvalid(false);
        KeyUse asked = passkey.getValue() ? KeyUse.SIGNS_IN_ALONE : KeyUse.AFTER_PASSWORD;
        AfterPassword<RegistrationOptions> started = registration.start(accountId, asked, password.getValue(),
                RequestOrigins.current());
        password.clear();
        if (started instanceof AfterPassword.WrongPassword || started instanceof AfterPassword.TryLater) {
            password.setErrorMessage(getTranslation(started instanceof AfterPassword.WrongPassword
                    ? "common.wrongPassword" : "common.passwordTryLater"));
            password.setInvalid(true);
            password.focus();
            submit.setEnabled(true);
            return;
        }
        Optional<RegistrationOptions> options = started.granted();
        if (options.isEmpty()) {
            fail("addKey.notAllowed");
            return;
        }
        waiting.setVisible(true);
        String typed = name.getValue();
        BrowserCredentials.create(this, options.get(), new BrowserCredentials.Answer() {
            @Override
            public void credential(String json) {
                answered(typed, asked, json);
            }

            @Override
            public void refused(String errorName) {
                fail(BrowserCredentials.messageKey(errorName));
            }
        });
    }

    /** The browser's answer, with the name typed and the use chosen when Continue was pressed. */
    void answered(String typedName, KeyUse asked, String json) {
        waiting.setVisible(false);
        RegistrationOutcome outcome = registration.finish(accountId, typedName, asked, json,
                RequestOrigins.current());
        if (outcome instanceof RegistrationOutcome.Added added) {
            addedMessageKey = added.passkeyRefused() ? "addKey.addedNotPasskey"
                    : added.use() == KeyUse.SIGNS_IN_ALONE ? "addKey.addedPasskey" : "addKey.added";
            changed(added.name());
            close();
        } else if (outcome instanceof RegistrationOutcome.BadName bad) {
            nameProblem(bad.messageKey());
        } else if (outcome instanceof RegistrationOutcome.AlreadyRegistered) {
            fail("addKey.already");
        } else if (outcome instanceof RegistrationOutcome.NotAllowed) {
            fail("addKey.notAllowed");
        } else {
            fail("addKey.refused");
        }
    }

    /** What the page says of the key just added (its name the argument): a passkey, a key, or not a passkey. */
    String addedMessageKey() {
        return addedMessageKey;
    }

    private void nameProblem(String messageKey) {
        name.setErrorMessage(getTranslation(messageKey, SecurityKeyName.MAX_LENGTH));
        name.setInvalid(true);
        name.focus();
        submit.setEnabled(true);
    }

    private void fail(String messageKey) {
        waiting.setVisible(false);
        error.setText(getTranslation(messageKey));
        error.setVisible(true);
        submit.setEnabled(true);
    }
}
