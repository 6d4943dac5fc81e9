package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * "Lost both the app and the backup code?": e-mail and password ask for a verified recovery request
 * ({@link RecoveryRequestFlow}); the confirmation link goes to the registered address, never to one typed here.
 * The same request can be made from the login's code step after the right password.
 */
@Route("lost-both")
@AnonymousAllowed
public class LostBothView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RecoveryRequestFlow recovery;
    private final DomainSettings settings;
    private final Div card = new Div();

    @Inject
    public LostBothView(RecoveryRequestFlow recovery, DomainSettings settings) {
        this.recovery = Objects.requireNonNull(recovery, "The recovery requests are required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("lost-both-view");
        setAlignItems(Alignment.CENTER);
        H1 company = new H1(settings.companyName());
        company.addClassName("app-title");
        card.addClassName("login-card");
        RouterLink back = new RouterLink(getTranslation("forgot.back"), LoginView.class);
        back.setId("back-to-login");
        add(new LanguageSwitch(), company, card, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showForm();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title") + " | " + settings.companyName();
    }

    /** The message for an outcome, in the visitor's language (the login's code step shows the same ones). */
    static Paragraph message(Component translator, RecoveryOutcome outcome, DomainSettings settings) {
        String text;
        boolean ok = false;
        if (outcome instanceof RecoveryOutcome.Requested) {
            text = translator.getTranslation("recovery.requested", RecoveryRequestFlow.CONFIRM_VALIDITY.toHours());
            ok = true;
        } else if (outcome instanceof RecoveryOutcome.AlreadyOpen) {
            text = translator.getTranslation("recovery.alreadyOpen");
            ok = true;
        } else if (outcome instanceof RecoveryOutcome.TooMany) {
            text = translator.getTranslation("recovery.tooMany", settings.supportEmail());
        } else if (outcome instanceof RecoveryOutcome.NoSecondFactor) {
            text = translator.getTranslation("recovery.noSecondFactor");
        } else if (outcome instanceof RecoveryOutcome.TryLater) {
            text = translator.getTranslation("login.tryLater");
        } else {
            text = translator.getTranslation("login.badCredentials");
        }
        Paragraph p = new Paragraph(text);
        p.setId("recovery-result");
        p.addClassName(ok ? "info" : "alert");
        p.getElement().setAttribute("role", ok ? "status" : "alert");
        return p;
    }

    private void showForm() {
        TextField email = new TextField(getTranslation("login.email"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setId("recovery-email");
        email.setWidthFull();
        email.getElement().setAttribute("autocomplete", "username");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setId("recovery-password");
        password.setWidthFull();
        password.getElement().setAttribute("autocomplete", "current-password");
        Button send = new Button(getTranslation("recovery.submit"));
        send.setId("recovery-submit");
        send.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER).listenOn(email, password);
        Div result = new Div();
        send.addClickListener(event -> {
            RecoveryOutcome outcome = recovery.request(email.getValue(), password.getValue(),
                    RequestOrigins.current());
            password.clear();
            result.removeAll();
            result.add(message(this, outcome, settings));
            if (outcome instanceof RecoveryOutcome.Requested || outcome instanceof RecoveryOutcome.AlreadyOpen) {
                email.setVisible(false);
                password.setVisible(false);
                send.setVisible(false);
            }
        });
        card.removeAll();
        card.add(new H2(getTranslation("recovery.title")),
                new Paragraph(getTranslation("recovery.text", recovery.waitPeriod().toHours())),
                result, email, password, send);
        email.focus();
    }
}
