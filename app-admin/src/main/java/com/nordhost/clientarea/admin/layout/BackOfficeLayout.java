package com.nordhost.clientarea.admin.layout;

import com.nordhost.clientarea.admin.agents.AgentsView;
import com.nordhost.clientarea.admin.apitokens.ApiTokensView;
import com.nordhost.clientarea.admin.audit.AuditLogView;
import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.importing.ImportCustomersView;
import com.nordhost.clientarea.admin.customers.CustomerSearchView;
import com.nordhost.clientarea.admin.login.AgentLoginView;
import com.nordhost.clientarea.admin.signins.MySignInsView;
import com.nordhost.clientarea.admin.recovery.RecoveryRequestsView;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.web.layout.TopBar;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * The back-office frame: Customers and Recovery requests for every agent; Audit log, Agents and API tokens only for admins (the routes check too).
 * On every navigation it also checks the database: an agent deactivated (or given another role) since signing
 * in is signed out and sent to the login page, not left browsing customers with the old session. In the server
 * {@link com.nordhost.clientarea.admin.login.InactiveAgentSignOut} already ends such a session at any request;
 * this check keeps the rule inside the UI too, where view tests (which run no servlet filters) see it.
 */
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class BackOfficeLayout extends AppLayout implements BeforeEnterObserver {

    private static final System.Logger LOG = System.getLogger(BackOfficeLayout.class.getName());

    private final AgentAdministration agents;

    @Inject
    public BackOfficeLayout(AgentAdministration agents, DomainSettings settings) {
        this.agents = Objects.requireNonNull(agents, "The agent administration is required.");
        Objects.requireNonNull(settings, "The settings are required.");
        setPrimarySection(Section.DRAWER);
        addToNavbar(new TopBar(TopBar.appTitle(settings.companyName(), getTranslation("app.backOffice")),
                SignIn.current().map(u -> (u.fullName().isBlank() ? u.email() : u.fullName())
                        + " (" + getTranslation("agents.role." + u.role().name()) + ")").orElse("")));

        SideNav nav = new SideNav();
        nav.setId("main-menu");
        nav.addItem(new SideNavItem(getTranslation("menu.customers"), CustomerSearchView.class,
                VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("menu.recovery"), RecoveryRequestsView.class,
                VaadinIcon.KEY.create()));
        nav.addItem(new SideNavItem(getTranslation("signIns.mine"), MySignInsView.class,
                VaadinIcon.LAPTOP.create()));
        if (SignIn.current().filter(Roles::isAdmin).isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("menu.audit"), AuditLogView.class, VaadinIcon.LIST.create()),
                    new SideNavItem(getTranslation("menu.agents"), AgentsView.class, VaadinIcon.USER_STAR.create()),
                    new SideNavItem(getTranslation("menu.apiTokens"), ApiTokensView.class,
                            VaadinIcon.CONNECT.create()),
                    new SideNavItem(getTranslation("menu.import"), ImportCustomersView.class,
                            VaadinIcon.UPLOAD.create()));
        }
        // On a phone the top bar may be the last place one looks: the menu offers Log out too.
        addToDrawer(nav, TopBar.logOutButton("menu-log-out"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignIn.current().filter(user -> !agents.isActiveAgent(user.id(), user.role())).ifPresent(user -> {
            LOG.log(System.Logger.Level.WARNING, "Account {0} is no longer an active {1}: signed out",
                    user.accountId(), user.role());
            VaadinSession.getCurrent().getSession().removeAttribute(SignIn.SESSION_ATTRIBUTE);
            event.rerouteTo(AgentLoginView.class);
        });
    }
}
