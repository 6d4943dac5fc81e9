package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Duration;
import java.util.Objects;

/**
 * The code step's "Lost both your 2FA code and backup code?": what a recovery request does (a link to the registered
 * address, support's check, the wait) and the red {@code Ask to turn off two-factor authentication}. Nothing is filed
 * before that button; Cancel, the X or Esc leave the code step as it was.
 */
class RecoveryRequestDialog extends Dialog {

    RecoveryRequestDialog(Duration wait, SerializableRunnable fileRequest) {
        Objects.requireNonNull(fileRequest, "What files the request is required.");
        setId("recovery-request-dialog");
        setHeaderTitle(getTranslation("recovery.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(30rem, 95vw)");
        Paragraph what = new Paragraph(getTranslation("recovery.confirmAsk", wait.toHours()));
        what.setId("recovery-request-what");
        add(what);
        Button cancel = new Button(getTranslation("recovery.dialogCancel"), event -> close());
        cancel.setId("recovery-request-cancel");
        Button ask = DialogButtons.redPrimary(getTranslation("recovery.submit"), event -> {
            close();
            fileRequest.run();
        });
        ask.setId("recovery-request-submit");
        getFooter().add(cancel, ask);
    }
}
