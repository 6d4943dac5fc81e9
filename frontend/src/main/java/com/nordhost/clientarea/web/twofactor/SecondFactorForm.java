package com.nordhost.clientarea.web.twofactor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;


/**
 * The second step of a login: the 6-digit code from the app (Enter submits), or, through a link, the
 * backup code. What was typed goes to {@code onSubmit}; the domain tells a code from a backup code.
 */
public class SecondFactorForm extends VerticalLayout {

    private final OneTimeCodeField code;
    private final TextField backupCode;
    private final Button submit;
    private final Button useBackupCode;
    private final Button useAppCode;
    private final Paragraph instructions = new Paragraph();
    private boolean backupMode;

    /** The customer submitted a code from the app or a backup code (which one they typed is in the text). */
    public static class CodeSubmittedEvent extends ComponentEvent<SecondFactorForm> {

        private final String code;
        private final boolean backupCode;

        public CodeSubmittedEvent(SecondFactorForm source, String code, boolean backupCode) {
            super(source, false);
            this.code = code;
            this.backupCode = backupCode;
        }

        public String code() {
            return code;
        }

        /** Whether it was typed in the backup-code field: a refusal then speaks of the backup code. */
        public boolean backupCode() {
            return backupCode;
        }
    }

    public SecondFactorForm() {
        setId("second-factor-form");
        setPadding(false);
        code = new OneTimeCodeField(getTranslation("secondFactor.codeLabel"));
        code.setId("second-factor-code");
        code.setWidthFull();
        backupCode = new TextField(getTranslation("secondFactor.backupCodeLabel"));
        backupCode.setId("second-factor-backup-code");
        backupCode.setWidthFull();
        backupCode.setMaxLength(OneTimeCodeField.MAX_LENGTH);
        backupCode.getElement().setAttribute("autocomplete", "off");
        backupCode.setVisible(false);
        backupCode.setManualValidation(true);

        submit = new Button(getTranslation("secondFactor.submit"),
                event -> fireEvent(new CodeSubmittedEvent(this, backupMode ? backupCode.getValue() : code.getValue(), backupMode)));
        submit.setId("second-factor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(code, backupCode);
        submit.setWidthFull();

        useBackupCode = new Button(getTranslation("secondFactor.useBackupCode"), event -> switchTo(true));
        useBackupCode.setId("use-backup-code");
        useBackupCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        useAppCode = new Button(getTranslation("secondFactor.useAppCode"), event -> switchTo(false));
        useAppCode.setId("use-app-code");
        useAppCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        useAppCode.setVisible(false);

        instructions.setText(getTranslation("secondFactor.instructions"));
        add(instructions, code, backupCode, submit, useBackupCode, useAppCode);
    }

    /** Adds {@code option} (a check box of the login) just above the submit button. */
    public void addOption(com.vaadin.flow.component.Component option) {
        addComponentAtIndex(indexOf(submit), option);
    }

    public Registration addCodeSubmittedListener(ComponentEventListener<CodeSubmittedEvent> listener) {
        return addListener(CodeSubmittedEvent.class, listener);
    }

    public void showError(String message) {
        TextField field = backupMode ? backupCode : code;
        field.clear();
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        code.focus();
    }

    private void switchTo(boolean backup) {
        backupMode = backup;
        code.setVisible(!backup);
        backupCode.setVisible(backup);
        useBackupCode.setVisible(!backup);
        useAppCode.setVisible(backup);
        code.setInvalid(false);
        backupCode.setInvalid(false);
        instructions.setText(getTranslation(backup ? "secondFactor.backupInstructions" : "secondFactor.instructions"));
        (backup ? backupCode : code).focus();
    }
}
