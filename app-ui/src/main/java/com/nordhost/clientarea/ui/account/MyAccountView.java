package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.web.signin.SignIn;
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
import jakarta.inject.Provider;

import java.util.List;
import java.util.Objects;

/** My Account: the tabs My details and Security settings ({@code account?tab=security} opens the second). */
@Route(value = "account", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class MyAccountView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Provider<SecuritySettingsPanel> securitySettings;
    private final Provider<MyDetailsForm> myDetails;
    private final DomainSettings settings;
    private final Tab details = new Tab();
    private final Tab security = new Tab();
    private final Tabs tabs = new Tabs(details, security);
    private final Div content = new Div();

    /** Each tab is built afresh when shown, for the person signed in then, from its own use cases. */
    @Inject
    public MyAccountView(Provider<SecuritySettingsPanel> securitySettings, Provider<MyDetailsForm> myDetails,
                         DomainSettings settings) {
        this.securitySettings = Objects.requireNonNull(securitySettings, "The security settings are required.");
        this.myDetails = Objects.requireNonNull(myDetails, "My details are required.");
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
        if (SignIn.current().isEmpty()) {
            return;
        }
        Component panel = tab == security ? securitySettings.get() : myDetails.get();
        content.add(panel);
    }
}
