package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The page a reset link opens ({@code reset-password?token=...}): a new password, twice, under the
 * {@link PasswordPolicy}. The token stays in this view only; an unknown, used or expired link gets one message.
 */
@Route(PasswordReset.ROUTE)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordReset passwordReset;
    private final DomainSettings settings;
    private final Div card = new Div();
    private String token = "";

    @Inject
    public ResetPasswordView(PasswordReset passwordReset, DomainSettings settings) {
        this.passwordReset = Objects.requireNonNull(passwordReset, "The password reset is required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("reset-password-view");
        setAlignItems(Alignment.CENTER);
        H1 company = new H1(settings.companyName());
        company.addClassName("app-title");
        card.addClassName("login-card");
        add(company, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (passwordReset.linkWorks(token)) {
            showForm();
        } else {
            showInvalid();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + settings.companyName();
    }

    private void showForm() {
        PasswordField newPassword = passwordField("reset.new", "reset-new");
        newPassword.setHelperText(getTranslation("changePassword.rulesShort", PasswordPolicy.MIN_CODE_POINTS));
        PasswordField repeat = passwordField("reset.repeat", "reset-repeat");
        Paragraph rules = new Paragraph(getTranslation("changePassword.rules", PasswordPolicy.MIN_CODE_POINTS,
                PasswordPolicy.MAX_CODE_POINTS));
        Button save = new Button(getTranslation("reset.submit"), event -> save(newPassword, repeat));
        save.setId("reset-submit");
        save.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(newPassword, repeat);
        card.removeAll();
        card.add(new H2(getTranslation("reset.title")), rules, newPassword, repeat, save);
        newPassword.focus();
    }

    private void save(PasswordField newPassword, PasswordField repeat) {
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("changePassword.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        ResetOutcome outcome = passwordReset.reset(token, newPassword.getValue(), RequestOrigins.current());
        if (outcome instanceof ResetOutcome.Changed) {
            token = "";
            Paragraph done = new Paragraph(getTranslation("reset.done"));
            done.setId("reset-done");
            done.getElement().setAttribute("role", "status");
            RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
            logIn.setId("back-to-login");
            card.removeAll();
            card.add(new H2(getTranslation("reset.title")), done, logIn);
        } else if (outcome instanceof ResetOutcome.Rejected rejected) {
            newPassword.setErrorMessage(rejected.problems().stream().map(p -> getTranslation(p.messageKey()))
                    .collect(Collectors.joining(" ")));
            newPassword.setInvalid(true);
            newPassword.focus();
        } else {
            showInvalid();
        }
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("reset.invalid", PasswordReset.VALIDITY.toMinutes()));
        invalid.setId("reset-invalid");
        invalid.addClassName("alert");
        invalid.getElement().setAttribute("role", "alert");
        RouterLink again = new RouterLink(getTranslation("reset.again"), ForgotPasswordView.class);
        again.setId("reset-again");
        card.removeAll();
        card.add(new H2(getTranslation("reset.title")), invalid, again);
    }

    private PasswordField passwordField(String labelKey, String id) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        field.setId(id);
        field.setWidthFull();
        field.setManualValidation(true);
        field.getElement().setAttribute("autocomplete", "new-password");
        return field;
    }
}
