package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.twofactor.LoginOutcome;
import com.nordhost.clientarea.domain.twofactor.SecondFactorOutcome;
import com.nordhost.clientarea.web.config.Settings;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.twofactor.BackupCodePanel;
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
 * Login: e-mail and password; with two-factor authentication on, a second step for the code from the app
 * or the backup code; after a backup-code login the new backup code, once. Then back to the route the
 * visitor asked for. The same message for an unknown e-mail and a wrong password.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final System.Logger LOG = System.getLogger(LoginView.class.getName());

    private final DomainServices services;
    private final Div card = new Div();
    private final Paragraph error = new Paragraph();
    private final Div lostBothHelp = new Div();

    @Inject
    public LoginView(DomainServices services) {
        this.services = Objects.requireNonNull(services, "The domain services are required.");
        setId("login-view");
        setAlignItems(Alignment.CENTER);
        card.addClassName("login-card");
        error.setId("login-error");
        error.addClassName("alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        H1 company = new H1(Settings.companyName());
        company.addClassName("app-title");
        add(new LanguageSwitch(), company, card, lostBothLink(), lostBothHelp);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + Settings.companyName();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignIn.current().isPresent()) {
            event.forwardTo("");
        } else {
            // Every visit of the login page starts with the password, also one in the middle of a login.
            hideError();
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
        email.getElement().setAttribute("name", "email");
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
        LoginOutcome outcome = services.passwordLogin().logIn(Realm.CUSTOMER, email.getValue(), password.getValue(),
                RequestOrigins.current());
        password.clear();
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            finish(loggedIn.account(), false);
        } else if (outcome instanceof LoginOutcome.SecondFactorRequired required) {
            showSecondFactorStep(required.accountId());
        } else if (outcome instanceof LoginOutcome.Refused refused
                && refused.reason() == LoginOutcome.Reason.SECOND_FACTOR_LOCKED) {
            showError(getTranslation("login.locked", Settings.supportEmail()));
        } else if (outcome instanceof LoginOutcome.TryLater) {
            showError(getTranslation("login.tryLater"));
        } else {
            showError(getTranslation("login.badCredentials"));
            password.focus();
        }
    }

    private void showSecondFactorStep(AccountId accountId) {
        card.removeAll();
        hideError();
        SecondFactorForm[] form = new SecondFactorForm[1];
        form[0] = new SecondFactorForm(input -> verify(accountId, input, form[0]));
        card.add(new H2(getTranslation("secondFactor.title")), error, form[0]);
    }

    private void verify(AccountId accountId, String input, SecondFactorForm form) {
        SecondFactorOutcome outcome = services.secondFactorLogin().verify(accountId, input, RequestOrigins.current());
        if (outcome instanceof SecondFactorOutcome.Passed passed) {
            finish(passed.account(), true);
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
            showError(getTranslation("login.locked", Settings.supportEmail()));
        }
    }

    /** After a backup-code login: the new backup code, once, before the client area opens. */
    private void showNewBackupCode(SecondFactorOutcome.PassedWithBackupCode outcome) {
        card.removeAll();
        hideError();
        Button proceed = new Button(getTranslation("login.continue"), event -> finish(outcome.account(), true));
        proceed.setId("login-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H2(getTranslation("login.newBackupCodeTitle")),
                new Paragraph(getTranslation("login.backupCodeUsed")),
                new BackupCodePanel(outcome.newBackupCode(), Settings.companyName()), proceed);
        proceed.focus();
    }

    private void finish(Account account, boolean secondFactorPassed) {
        SignIn.complete(new SignedInUser(account.id().value(), account.role(), account.email().value(),
                account.fullName(), secondFactorPassed));
        LOG.log(System.Logger.Level.DEBUG, "Login finished for account {0}", account.id());
        UI.getCurrent().navigate(SignIn.takeRedirectTarget().orElse(""));
    }

    private Button lostBothLink() {
        lostBothHelp.setId("lost-both-help");
        lostBothHelp.addClassName("info");
        lostBothHelp.setVisible(false);
        lostBothHelp.setMaxWidth("26rem");
        lostBothHelp.add(new Paragraph(getTranslation("lostBoth.text1")),
                new Paragraph(getTranslation("lostBoth.text2", Settings.supportEmail())),
                new Paragraph(getTranslation("lostBoth.text3")));
        Button link = new Button(getTranslation("lostBoth.link"),
                event -> lostBothHelp.setVisible(!lostBothHelp.isVisible()));
        link.setId("lost-both-link");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return link;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void hideError() {
        error.setVisible(false);
    }
}
