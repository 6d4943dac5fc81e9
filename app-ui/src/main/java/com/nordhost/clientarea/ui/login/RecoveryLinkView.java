package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * A page a mailed recovery link opens ({@code ?token=...}), no sign-in needed. Opening the page changes nothing:
 * the visitor presses the button (mail scanners that fetch links must not spend them). The token stays in the
 * view; an unknown, forged, used or expired link gets one message.
 */
abstract class RecoveryLinkView extends MailedLinkPage {

    private final String prefix;

    RecoveryLinkView(DomainSettings settings, String prefix) {
        super(settings, prefix + ".title");
        this.prefix = prefix;
    }

    abstract boolean linkWorks(String token);

    abstract RecoveryLinkOutcome use(String token);

    @Override
    void opened() {
        if (linkWorks(token)) {
            Button go = new Button(getTranslation(prefix + ".button"), e -> press());
            go.setId(prefix.replace('.', '-') + "-submit");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setWidthFull();
            show(new Paragraph(getTranslation(prefix + ".text")), go);
        } else {
            showInvalid();
        }
    }

    private void press() {
        RecoveryLinkOutcome outcome = use(token);
        token = "";
        if (outcome == RecoveryLinkOutcome.DONE) {
            Paragraph done = new Paragraph(getTranslation(prefix + ".done"));
            done.setId(prefix.replace('.', '-') + "-done");
            done.addClassName("info");
            done.getElement().setAttribute("role", "status");
            RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
            logIn.setId("back-to-login");
            show(done, logIn);
        } else {
            showInvalid();
        }
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation(prefix + ".invalid", settings.supportEmail()));
        invalid.setId("recovery-link-invalid");
        invalid.addClassName("alert");
        invalid.getElement().setAttribute("role", "alert");
        RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
        logIn.setId("back-to-login");
        show(invalid, logIn);
    }

}
