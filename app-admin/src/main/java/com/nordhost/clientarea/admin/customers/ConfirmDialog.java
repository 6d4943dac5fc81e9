package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Are you sure?" with the action named; Esc, the X or Cancel does nothing. The confirm button gets focus. */
public class ConfirmDialog extends Dialog {

    public ConfirmDialog(String title, String question, String confirmText, Runnable onConfirm) {
        setId("confirm-dialog");
        setHeaderTitle(title);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        Paragraph text = new Paragraph(question);
        text.setId("confirm-question");
        add(text);
        Button confirm = DialogButtons.redPrimary(confirmText, event -> {
            close();
            onConfirm.run();
        });
        confirm.setId("confirm-ok");
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        cancel.setId("confirm-cancel");
        getFooter().add(cancel, confirm);
        DialogButtons.addCloseX(this);
        confirm.focus();
    }
}
