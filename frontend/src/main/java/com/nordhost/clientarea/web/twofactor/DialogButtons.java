package com.nordhost.clientarea.web.twofactor;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The buttons our dialogs share: the red primary action (as in the help article) and the X in the header. */
public final class DialogButtons {

    /** Class name of the red primary buttons, styled in the theme. */
    public static final String DIALOG_PRIMARY = "dialog-primary";

    private DialogButtons() {
    }

    public static Button redPrimary(String text, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        button.addClassName(DIALOG_PRIMARY);
        return button;
    }

    /** Adds the X to the dialog's header; it closes the dialog like Esc does. */
    public static void addCloseX(Dialog dialog) {
        Button close = new Button(VaadinIcon.CLOSE.create(), event -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(dialog.getTranslation("common.closeDialog"));
        close.setId(dialog.getId().orElse("dialog") + "-x");
        close.addClassName("dialog-close-x");
        dialog.getHeader().add(close);
    }
}
