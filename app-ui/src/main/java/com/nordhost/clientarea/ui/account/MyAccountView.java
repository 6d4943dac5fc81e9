package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.profile.CustomerDetailsChange;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.webauthn.SecurityKeyRegistration;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Objects;

/** My Account: the tabs My details and Security settings ({@code account?tab=security} opens the second). */
@Route(value = "account", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class MyAccountView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TwoFactorOverview overview;
    private final Enrollment enrollment;
    private final DisableTwoFactor disable;
    private final BackupCodeRenewal backupCodeRenewal;
    private final PasswordChange passwordChange;
    private final CustomerDetailsChange detailsChange;
    private final RememberedBrowsers rememberedBrowsers;
    private final AuthenticatorApps authenticatorApps;
    private final DomainSettings settings;
    private final SecurityKeys securityKeys;
    private final SecurityKeyRegistration keyRegistration;
    private final Tab details = new Tab();
    private final Tab security = new Tab();
    private final Tabs tabs = new Tabs(details, security);
    private final Div content = new Div();

    @Inject
    public MyAccountView(TwoFactorOverview overview, Enrollment enrollment, DisableTwoFactor disable,
                         BackupCodeRenewal backupCodeRenewal, PasswordChange passwordChange,
                         CustomerDetailsChange detailsChange, RememberedBrowsers rememberedBrowsers,
                         AuthenticatorApps authenticatorApps, DomainSettings settings, SecurityKeys securityKeys,
                         SecurityKeyRegistration keyRegistration) {
        this.authenticatorApps = Objects.requireNonNull(authenticatorApps, "The authenticator apps are required.");
        this.securityKeys = Objects.requireNonNull(securityKeys, "The security keys are required.");
        this.keyRegistration = Objects.requireNonNull(keyRegistration, "The key registration is required.");
        this.rememberedBrowsers = Objects.requireNonNull(rememberedBrowsers, "The remembered browsers are required.");
        this.overview = Objects.requireNonNull(overview, "The two-factor overview is required.");
        this.enrollment = Objects.requireNonNull(enrollment, "The enrollment is required.");
        this.disable = Objects.requireNonNull(disable, "Disabling two-factor authentication is required.");
        this.backupCodeRenewal = Objects.requireNonNull(backupCodeRenewal, "The backup-code renewal is required.");
        this.passwordChange = Objects.requireNonNull(passwordChange, "The password change is required.");
        this.detailsChange = Objects.requireNonNull(detailsChange, "The details change is required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("my-account-view");
        details.setLabel(getTranslation("account.tab.details"));
        details.setId("tab-details");
        security.setLabel(getTranslation("account.tab.security"));
        security.setId("tab-security");
        content.setWidthFull();
        tabs.addSelectedChangeListener(event -> show(event.getSelectedTab()));
        add(new H2(getTranslation("menu.myAccount")), tabs, content);
        show(details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tab = event.getLocation().getQueryParameters().getParameters().get("tab");
        if (tab != null && tab.contains("security")) {
            tabs.setSelectedTab(security);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myAccount") + " | " + settings.companyName();
    }

    private void show(Tab tab) {
        content.removeAll();
        SignedInUser user = SignIn.current().orElse(null);
        if (user == null) {
            return;
        }
        Component panel = tab == security
                ? new SecuritySettingsPanel(overview, enrollment, disable, backupCodeRenewal, passwordChange,
                        rememberedBrowsers, authenticatorApps, settings, user, securityKeys, keyRegistration)
                : new MyDetailsForm(detailsChange, user);
        content.add(panel);
    }
}
