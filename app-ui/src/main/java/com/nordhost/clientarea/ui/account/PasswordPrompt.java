package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The password asked again before a change that matters, the same way in every dialog: what will happen, the
 * password field, and the red button (Enter presses it). The field is emptied after each try; the dialog tells the
 * prompt how the domain's {@code PasswordConfirmation} ended.
 */
public class PasswordPrompt extends VerticalLayout {

    private final PasswordField password;

    /**
     * @param onPassword called with the typed password when the button is pressed
     */
    public PasswordPrompt(String intro, String passwordLabel, String submitLabel, String fieldId, String submitId,
                          SerializableConsumer<String> onPassword) {
        setPadding(false);
        password = new PasswordField(passwordLabel);
        password.setId(fieldId);
        password.setWidthFull();
        password.setManualValidation(true);
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button submit = DialogButtons.redPrimary(submitLabel, event -> {
            String typed = password.getValue();
            password.clear();
            onPassword.accept(typed);
        });
        submit.setId(submitId);
        submit.addClickShortcut(Key.ENTER).listenOn(password);
        add(new Paragraph(intro), password, submit);
    }

    public void focusPassword() {
        password.focus();
    }

    public void wrongPassword() {
        refuse(getTranslation("common.wrongPassword"));
    }

    /** The password was not checked: saying "wrong" would mislead someone who typed the right one. */
    public void tryLater() {
        refuse(getTranslation("common.passwordTryLater"));
    }

    public void refuse(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
        password.focus();
    }
}
