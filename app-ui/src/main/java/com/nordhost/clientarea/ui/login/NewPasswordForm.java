package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Choosing a password by link, the same way for a reset link and an invitation: the policy, the password twice (any
 * Unicode password the policy allows), the button; the two typings must match before anything is sent. The view
 * hands the password to its use case and tells the form what the policy refused.
 */
class NewPasswordForm extends Div {

    private final PasswordField password;
    private final PasswordField repeat;

    /**
     * @param ids        the ids of the password field, its repetition and the button
     * @param onPassword called with the password once both typings match
     */
    NewPasswordForm(String passwordLabel, String repeatLabel, String submitLabel, List<String> ids,
                    SerializableConsumer<String> onPassword) {
        password = field(passwordLabel, ids.get(0));
        password.setHelperText(getTranslation("changePassword.rulesShort", PasswordPolicy.MIN_CODE_POINTS));
        repeat = field(repeatLabel, ids.get(1));
        Paragraph rules = new Paragraph(getTranslation("changePassword.rules", PasswordPolicy.MIN_CODE_POINTS,
                PasswordPolicy.MAX_CODE_POINTS));
        Button save = new Button(submitLabel, event -> submit(onPassword));
        save.setId(ids.get(2));
        save.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(password, repeat);
        add(rules, password, repeat, save);
    }

    void focusPassword() {
        password.focus();
    }

    /** The policy refused the password: every reason, on the field. */
    void refuse(List<PasswordProblem> problems) {
        password.setErrorMessage(problems.stream().map(p -> getTranslation(p.messageKey()))
                .collect(Collectors.joining(" ")));
        password.setInvalid(true);
        password.focus();
    }

    private void submit(SerializableConsumer<String> onPassword) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("changePassword.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        onPassword.accept(password.getValue());
    }

    private PasswordField field(String label, String id) {
        PasswordField field = new PasswordField(label);
        field.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        field.setId(id);
        field.setWidthFull();
        field.setManualValidation(true);
        field.getElement().setAttribute("autocomplete", "new-password");
        return field;
    }
}
