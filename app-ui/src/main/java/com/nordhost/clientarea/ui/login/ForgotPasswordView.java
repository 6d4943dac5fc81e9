package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
 * "Forgot your password?": the registered address gets a single-use link ({@link PasswordReset}). The page
 * answers the same whatever was typed, so it cannot tell whether an address has an account.
 */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordReset passwordReset;
    private final DomainSettings settings;
    private final Paragraph text = new Paragraph();
    private final TextField email = new TextField();
    private final Button send = new Button();
    private final Paragraph sent = new Paragraph();

    @Inject
    public ForgotPasswordView(PasswordReset passwordReset, DomainSettings settings) {
        this.passwordReset = Objects.requireNonNull(passwordReset, "The password reset is required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("forgot-password-view");
        setAlignItems(Alignment.CENTER);
        H1 company = new H1(settings.companyName());
        company.addClassName("app-title");

        Div card = new Div();
        card.addClassName("login-card");
        email.setLabel(getTranslation("forgot.email"));
        email.setId("forgot-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("autocomplete", "username");
        send.setText(getTranslation("forgot.submit"));
        send.setId("forgot-submit");
        send.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER).listenOn(email);
        sent.setText(getTranslation("forgot.sent", PasswordReset.VALIDITY.toMinutes()));
        sent.setId("forgot-sent");
        sent.addClassName("info");
        sent.getElement().setAttribute("role", "status");
        text.setText(getTranslation("forgot.text"));
        send.addClickListener(event -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage(getTranslation("forgot.email"));
                email.setInvalid(true);
                return;
            }
            passwordReset.request(email.getValue(), RequestOrigins.current());
            // The same answer for every address: the form goes, the message comes.
            text.setVisible(false);
            email.setVisible(false);
            send.setVisible(false);
            sent.setVisible(true);
        });
        RouterLink back = new RouterLink(getTranslation("forgot.back"), LoginView.class);
        back.setId("back-to-login");
        card.add(new H2(getTranslation("forgot.title")), text, email, send, sent);
        add(new LanguageSwitch(), company, card, back);
    }

    /** Every visit starts with the empty form (the view is reused when the route is opened again). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        email.clear();
        email.setInvalid(false);
        text.setVisible(true);
        email.setVisible(true);
        send.setVisible(true);
        sent.setVisible(false);
        email.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " | " + settings.companyName();
    }
}
