package com.nordhost.clientarea.admin.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.EnrolmentAtLogin;
import com.nordhost.clientarea.web.signin.SignInFlow;
import com.nordhost.clientarea.web.signin.SignInOptions;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import com.nordhost.clientarea.web.layout.TopBar;
import java.util.Objects;

/**
 * Agent login: the shared {@link SignInFlow} in the STAFF realm only (customer credentials get the same
 * "wrong e-mail or password" as any other). An agent who has no second factor yet enrols one here, right
 * after the password, before anything else opens: nobody is signed in until a second factor was passed or
 * set up.
 */
@Route("login")
@AnonymousAllowed
public class AgentLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DomainSettings settings;
    private final SignInFlow flow;

    @Inject
    public AgentLoginView(PasswordLogin passwordLogin, SecondFactorLogin secondFactorLogin,
                          SessionEpochs sessionEpochs, SignIns signIns, Enrollment enrollment, DomainSettings settings) {
        Objects.requireNonNull(enrollment, "The enrollment is required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        // Staff without an active second factor: enrolment is the only way in (the domain's rule, decision 0046).
        flow = new SignInFlow(passwordLogin, secondFactorLogin, sessionEpochs, signIns, null, SignInOptions.of(Realm.STAFF,
                settings.companyName(), () -> getTranslation("login.lockedAgent"),
                new EnrolmentAtLogin(enrollment, settings.companyName())));
        setId("agent-login-view");
        setAlignItems(Alignment.CENTER);
        H1 title = new H1(TopBar.appTitle(settings.companyName(), getTranslation("app.backOffice")));
        title.addClassName("app-title");
        add(new LanguageSwitch(), title, flow);
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
            flow.start();
        }
    }
}
