package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.web.config.Settings;
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

    private final DomainServices services;
    private final Tab details = new Tab();
    private final Tab security = new Tab();
    private final Tabs tabs = new Tabs(details, security);
    private final Div content = new Div();

    @Inject
    public MyAccountView(DomainServices services) {
        this.services = Objects.requireNonNull(services, "The domain services are required.");
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
        return getTranslation("menu.myAccount") + " | " + Settings.companyName();
    }

    private void show(Tab tab) {
        content.removeAll();
        SignedInUser user = SignIn.current().orElse(null);
        if (user == null) {
            return;
        }
        Component panel = tab == security ? new SecuritySettingsPanel(services, user)
                : new MyDetailsForm(services.customerDetailsChange(), user);
        content.add(panel);
    }
}
