package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.onboarding.AcceptOutcome;
import com.nordhost.clientarea.domain.onboarding.InvitationAcceptance;
import com.nordhost.clientarea.domain.onboarding.InvitationMail;
import com.nordhost.clientarea.domain.onboarding.LinkState;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * The page an invitation opens ({@code invitation?token=...}, decision 0029): "Choose your password", twice,
 * under the {@link PasswordPolicy}. An expired link says so and offers "Send me a new invitation" (mailed to the
 * address the invitation went to); a used or unknown one points to login and "Forgot your password?".
 */
@Route(InvitationMail.ROUTE)
@AnonymousAllowed
public class InvitationView extends MailedLinkPage {

    private final InvitationAcceptance invitations;
    private NewPasswordForm form;

    @Inject
    public InvitationView(InvitationAcceptance invitations, DomainSettings settings) {
        super(settings, "invitation.title");
        this.invitations = Objects.requireNonNull(invitations, "The invitations are required.");
        setId("invitation-view");
    }

    @Override
    void opened() {
        showFor(invitations.check(token));
    }

    private void showFor(LinkState state) {
        switch (state) {
            case VALID -> showForm();
            case EXPIRED -> showExpired();
            case INVALID -> showInvalid();
        }
    }

    private void showForm() {
        form = new NewPasswordForm(getTranslation("invitation.password"), getTranslation("invitation.repeat"),
                getTranslation("invitation.submit"),
                List.of("invitation-password", "invitation-repeat", "invitation-submit"), this::save);
        Paragraph intro = new Paragraph(getTranslation("invitation.intro", settings.companyName()));
        show(intro, form);
        form.focusPassword();
    }

    private void save(String newPassword) {
        AcceptOutcome outcome = invitations.accept(token, newPassword, RequestOrigins.current());
        if (outcome instanceof AcceptOutcome.Accepted) {
            token = "";
            Paragraph done = new Paragraph(getTranslation("invitation.done"));
            done.setId("invitation-done");
            done.getElement().setAttribute("role", "status");
            RouterLink logIn = new RouterLink(getTranslation("invitation.toLogin"), LoginView.class);
            logIn.setId("invitation-to-login");
            show(done, logIn);
        } else if (outcome instanceof AcceptOutcome.Rejected rejected) {
            form.refuse(rejected.problems());
        } else if (outcome instanceof AcceptOutcome.Expired) {
            showExpired();
        } else {
            showInvalid();
        }
    }

    private void showExpired() {
        Paragraph expired = new Paragraph(getTranslation("invitation.expired", InvitationMail.VALIDITY.toDays()));
        expired.setId("invitation-expired");
        expired.addClassName("alert");
        expired.getElement().setAttribute("role", "alert");
        Button again = new Button(getTranslation("invitation.sendNew"), event -> sendNew());
        again.setId("invitation-send-new");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(expired, again);
    }

    private void sendNew() {
        invitations.requestNew(token, RequestOrigins.current());
        token = "";
        Paragraph sent = new Paragraph(getTranslation("invitation.newSent"));
        sent.setId("invitation-new-sent");
        sent.getElement().setAttribute("role", "status");
        show(sent);
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("invitation.invalid"));
        invalid.setId("invitation-invalid");
        invalid.addClassName("alert");
        invalid.getElement().setAttribute("role", "alert");
        RouterLink logIn = new RouterLink(getTranslation("invitation.toLogin"), LoginView.class);
        logIn.setId("invitation-to-login");
        RouterLink forgot = new RouterLink(getTranslation("reset.again"), ForgotPasswordView.class);
        forgot.setId("invitation-forgot");
        show(invalid, logIn, forgot);
    }

}
