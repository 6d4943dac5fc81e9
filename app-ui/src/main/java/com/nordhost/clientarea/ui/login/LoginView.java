package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.domain.securitykey.PasskeySignIn;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyLogin;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.EnrolmentAtLogin;
import com.nordhost.clientarea.web.signin.SignInFlow;
import com.nordhost.clientarea.web.signin.SignInOptions;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Customer login (the shared {@link SignInFlow} in the CUSTOMER realm): e-mail and password, or a passkey alone
 * ({@link PasskeyButton}, decision 0045); with two-factor authentication on, the code from the app or the backup code
 * after the password; without it, the password signs in, unless two-factor authentication is required and due
 * (decision 0046): then the wizard opens before any page. The code step offers one way out, a verified recovery
 * request ({@link RecoveryRequestFlow}) when both the app and the backup code are lost, filed only after a
 * confirmation ({@link RecoveryRequestDialog}); below the card the password step offers "Forgot your password?" and
 * how "lost both" works, with the "Lost both" page for it.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInFlow flow;
    private final DomainSettings settings;
    private final Div lostBothHelp = new Div();

    @Inject
    public LoginView(PasswordLogin passwordLogin, SecondFactorLogin secondFactorLogin, SessionEpochs sessionEpochs,
                     SignIns signIns, LanguagePreference languagePreference, RecoveryRequestFlow recovery,
                     DomainSettings settings, SecurityKeyLogin securityKeyLogin, PasskeySignIn passkeySignIn,
                     Enrollment enrollment) {
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        Objects.requireNonNull(recovery, "The recovery requests are required.");
        Objects.requireNonNull(securityKeyLogin, "The security-key login is required.");
        Objects.requireNonNull(passkeySignIn, "The passkey sign-in is required.");
        SignInOptions options = SignInOptions.of(Realm.CUSTOMER, settings.companyName(),
                        () -> getTranslation("login.locked", settings.supportEmail()),
                        // Decision 0046: where 2FA is required and due, the wizard comes before any page.
                        new EnrolmentAtLogin(enrollment, settings.companyName()))
                .rememberingBrowsers(getTranslation("login.rememberBrowser", settings.rememberBrowser().toDays()),
                        settings.rememberBrowser())
                // Decision 0045: a passkey signs in alone, beside e-mail and password (not on an IP address).
                .offeringPasskeys(signIn -> PasskeyButton.offer(passkeySignIn, signIn,
                        () -> getTranslation("login.locked", settings.supportEmail())))
                // Decision 0024: an account with a security key is offered it first at the code step.
                .offeringSecurityKeys((signIn, pending) -> SecurityKeyButton.offer(securityKeyLogin, signIn, pending))
                // After the right password the request needs no second typing of it, but it is filed only once
                // the customer has read what it does and confirmed.
                .offeringLostBoth(getTranslation("lostBoth.link"), (signIn, accountId) ->
                        new RecoveryRequestDialog(recovery.waitPeriod(), () -> {
                            RecoveryOutcome outcome = recovery.requestAfterPassword(accountId,
                                    RequestOrigins.current());
                            RouterLink back = new RouterLink(getTranslation("forgot.back"), LoginView.class);
                            back.setId("recovery-back-to-login");
                            signIn.showStep(getTranslation("recovery.title"),
                                    LostBothView.message(this, outcome, settings), back);
                        }).open());
        flow = new SignInFlow(passwordLogin, secondFactorLogin, sessionEpochs, signIns, languagePreference, options);
        setId("login-view");
        setAlignItems(Alignment.CENTER);
        H1 company = new H1(settings.companyName());
        company.addClassName("app-title");
        RouterLink forgot = new RouterLink(getTranslation("forgot.link"), ForgotPasswordView.class);
        forgot.setId("forgot-password-link");
        Button lostBoth = lostBothLink();
        // The code step has its own "lost both" link and the password is known by then: below the card only the
        // password step offers a way out, so the code step shows one clear way instead of two "lost both" links.
        flow.addStepListener(step -> {
            boolean passwordStep = step == SignInFlow.Step.PASSWORD;
            forgot.setVisible(passwordStep);
            lostBoth.setVisible(passwordStep);
            if (!passwordStep) {
                lostBothHelp.setVisible(false);
            }
        });
        add(new LanguageSwitch(), company, flow, forgot, lostBoth, lostBothHelp);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + settings.companyName();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignIn.current().isPresent()) {
            event.forwardTo("");
        } else {
            // Every visit of the login page starts with the password, also one in the middle of a login.
            flow.start();
        }
    }

    private Button lostBothLink() {
        lostBothHelp.setId("lost-both-help");
        lostBothHelp.addClassName("info");
        lostBothHelp.setVisible(false);
        lostBothHelp.setMaxWidth("26rem");
        RouterLink page = new RouterLink(getTranslation("lostBoth.page"), LostBothView.class);
        page.setId("lost-both-page-link");
        lostBothHelp.add(new Paragraph(getTranslation("lostBoth.text1")),
                new Paragraph(getTranslation("lostBoth.text2", getTranslation("lostBoth.link"))), page,
                new Paragraph(getTranslation("lostBoth.text3")));
        Button link = new Button(getTranslation("lostBoth.link"),
                event -> lostBothHelp.setVisible(!lostBothHelp.isVisible()));
        link.setId("lost-both-link");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return link;
    }
}
