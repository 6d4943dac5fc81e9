package com.nordhost.clientarea.admin.login;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.backoffice.BackOfficeServices;
import com.nordhost.clientarea.domain.twofactor.LoginOutcome;
import com.nordhost.clientarea.domain.twofactor.SecondFactorOutcome;
import com.nordhost.clientarea.web.config.Settings;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.twofactor.BackupCodePanel;
import com.nordhost.clientarea.web.twofactor.EnrollmentDialog;
import com.nordhost.clientarea.web.twofactor.SecondFactorForm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Agent login, in the STAFF realm only (customer credentials get the same "wrong e-mail or password" as any
 * other). Then the code from the app (or the backup code); an agent who has no second factor yet enrols one
 * here, right after the password, before anything else opens: nobody is signed in until a second factor
 * was passed or set up. The "password passed" state lives only in this view, never in the session.
 */
@Route("login")
@AnonymousAllowed
public class AgentLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DomainServices services;
    private final Div card = new Div();
    private final Paragraph error = new Paragraph();

    @Inject
    public AgentLoginView(BackOfficeServices office) {
        this.services = Objects.requireNonNull(office, "The back-office services are required.").domain();
        setId("agent-login-view");
        setAlignItems(Alignment.CENTER);
        card.addClassName("login-card");
        error.setId("login-error");
        error.addClassName("alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        H1 title = new H1(Settings.companyName() + " – " + getTranslation("app.backOffice"));
        title.addClassName("app-title");
        add(new LanguageSwitch(), title, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.backOffice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignIn.current().isPresent()) {
            event.forwardTo("");
        } else {
            error.setVisible(false);
            showPasswordStep();
        }
    }

    private void showPasswordStep() {
        card.removeAll();
        TextField email = new TextField(getTranslation("login.email"));
        email.setId("login-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("autocomplete", "username");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("login-password");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button logIn = new Button(getTranslation("login.submit"), event -> logIn(email, password));
        logIn.setId("login-submit");
        logIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logIn.addClickShortcut(Key.ENTER).listenOn(email, password);
        logIn.setWidthFull();
        card.add(new H2(getTranslation("login.title")), error, email, password, logIn);
        email.focus();
    }

    private void logIn(TextField email, PasswordField password) {
        LoginOutcome outcome = services.passwordLogin().logIn(Realm.STAFF, email.getValue(), password.getValue(),
                RequestOrigins.current());
        password.clear();
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            // Staff without an active second factor: enrolment is the only way in.
            showEnrollmentStep(loggedIn.account());
        } else if (outcome instanceof LoginOutcome.SecondFactorRequired required) {
            showSecondFactorStep(required.accountId());
        } else if (outcome instanceof LoginOutcome.Refused refused
                && refused.reason() == LoginOutcome.Reason.SECOND_FACTOR_LOCKED) {
            showError(getTranslation("login.lockedAgent"));
        } else {
            showError(getTranslation("login.badCredentials"));
            password.focus();
        }
    }

    private void showEnrollmentStep(Account account) {
        card.removeAll();
        error.setVisible(false);
        Paragraph required = new Paragraph(getTranslation("login.enrollRequired"));
        required.setId("enroll-required");
        Button setUp = new Button(getTranslation("login.enrollStart"), event -> openEnrollment(account));
        setUp.setId("enroll-start");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("login.cancel"), event -> showPasswordStep());
        cancel.setId("enroll-cancel");
        card.add(new H2(getTranslation("login.enrollTitle")), error, required, setUp, cancel);
        openEnrollment(account);
    }

    private void openEnrollment(Account account) {
        EnrollmentDialog[] dialog = new EnrollmentDialog[1];
        dialog[0] = new EnrollmentDialog(services.enrollment(), account.id(), () -> {
            if (dialog[0].isActivated()) {
                finish(account);
            } else {
                showError(getTranslation("login.enrollNotDone"));
            }
        });
        dialog[0].open();
    }

    private void showSecondFactorStep(AccountId accountId) {
        card.removeAll();
        error.setVisible(false);
        SecondFactorForm[] form = new SecondFactorForm[1];
        form[0] = new SecondFactorForm(input -> verify(accountId, input, form[0]));
        card.add(new H2(getTranslation("secondFactor.title")), error, form[0]);
    }

    private void verify(AccountId accountId, String input, SecondFactorForm form) {
        SecondFactorOutcome outcome = services.secondFactorLogin().verify(accountId, input, RequestOrigins.current());
        if (outcome instanceof SecondFactorOutcome.Passed passed) {
            finish(passed.account());
        } else if (outcome instanceof SecondFactorOutcome.PassedWithBackupCode withBackupCode) {
            showNewBackupCode(withBackupCode);
        } else if (outcome instanceof SecondFactorOutcome.MalformedCode malformed) {
            form.showError(getTranslation(malformed.problem().messageKey()));
        } else if (outcome instanceof SecondFactorOutcome.WrongCode) {
            form.showError(getTranslation("secondFactor.wrongCode"));
        } else if (outcome instanceof SecondFactorOutcome.TryLater) {
            form.showError(getTranslation("secondFactor.tryLater"));
        } else {
            card.removeAll();
            card.add(new H2(getTranslation("secondFactor.title")), error);
            showError(getTranslation("login.lockedAgent"));
        }
    }

    private void showNewBackupCode(SecondFactorOutcome.PassedWithBackupCode outcome) {
        card.removeAll();
        error.setVisible(false);
        Button proceed = new Button(getTranslation("login.continue"), event -> finish(outcome.account()));
        proceed.setId("login-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H2(getTranslation("login.newBackupCodeTitle")),
                new BackupCodePanel(outcome.newBackupCode(), Settings.companyName()), proceed);
        proceed.focus();
    }

    /** Only ever with a second factor passed or just set up. */
    private void finish(Account account) {
        SignIn.complete(new SignedInUser(account.id().value(), account.role(), account.email().value(),
                account.fullName(), true));
        UI.getCurrent().navigate(SignIn.takeRedirectTarget().orElse(""));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
