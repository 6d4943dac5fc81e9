package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.domain.passwordreset.ResetOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * The page a reset link opens ({@code reset-password?token=...}): a new password, twice, under the
 * {@link PasswordPolicy}. The token stays in this view only; an unknown, used or expired link gets one message.
 */
@Route(PasswordReset.ROUTE)
@AnonymousAllowed
public class ResetPasswordView extends MailedLinkPage {

    private final PasswordReset passwordReset;
    private NewPasswordForm form;

    @Inject
    public ResetPasswordView(PasswordReset passwordReset, DomainSettings settings) {
        super(settings, "reset.title");
        this.passwordReset = Objects.requireNonNull(passwordReset, "The password reset is required.");
        setId("reset-password-view");
    }

    @Override
    void opened() {
        if (passwordReset.linkWorks(token)) {
            showForm();
        } else {
            showInvalid();
        }
    }

    private void showForm() {
        form = new NewPasswordForm(getTranslation("reset.new"), getTranslation("reset.repeat"),
                getTranslation("reset.submit"), List.of("reset-new", "reset-repeat", "reset-submit"), this::save);
        show(form);
        form.focusPassword();
    }

    private void save(String newPassword) {
        ResetOutcome outcome = passwordReset.reset(token, newPassword, RequestOrigins.current());
        if (outcome instanceof ResetOutcome.Changed) {
            token = "";
            Paragraph done = new Paragraph(getTranslation("reset.done"));
            done.setId("reset-done");
            done.getElement().setAttribute("role", "status");
            RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
            logIn.setId("back-to-login");
            show(done, logIn);
        } else if (outcome instanceof ResetOutcome.Rejected rejected) {
            form.refuse(rejected.problems());
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
        show(invalid, again);
    }
}
