package com.nordhost.clientarea.ui.layout;

import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.AccountLanguage;
import com.nordhost.clientarea.web.layout.TopBar;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The client area's frame: the menu on the left (Start; Account → My Account; Log out), language and Log out on top;
 * after a login, once, the wrong passwords since the login before ({@link WrongPasswordsNotice}); above every page,
 * while two-factor authentication is required and not on yet, the days left to set it up
 * ({@link TwoFactorRequiredBanner}).
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final DomainSettings settings;
    private final TwoFactorRequiredBanner requiredBanner;

    @Inject
    public MainLayout(DomainSettings settings, LanguagePreference languagePreference, SecurityActivity activity,
                      TwoFactorRequiredBanner requiredBanner) {
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        this.requiredBanner = Objects.requireNonNull(requiredBanner, "The banner is required.");
        Objects.requireNonNull(languagePreference, "The language preference is required.");
        setPrimarySection(Section.DRAWER);
        addToNavbar(new TopBar(TopBar.appTitle(settings.companyName(), getTranslation("app.clientArea")),
                SignIn.current().map(u -> u.fullName().isBlank() ? u.email() : u.fullName()).orElse(""),
                new LanguageSwitch(AccountLanguage.storeForSignedInUser(languagePreference))));

        SideNav nav = new SideNav();
        nav.setId("main-menu");
        SideNavItem start = new SideNavItem(getTranslation("menu.start"), StartView.class, VaadinIcon.HOME.create());
        SideNavItem account = new SideNavItem(getTranslation("menu.account"));
        account.setPrefixComponent(VaadinIcon.USER.create());
        account.addItem(new SideNavItem(getTranslation("menu.myAccount"), MyAccountView.class));
        account.setExpanded(true);
        nav.addItem(start, account);
        // On a phone the top bar may be the last place one looks: the menu offers Log out too.
        addToDrawer(nav, TopBar.logOutButton("menu-log-out"));
        // The first page after a login tells of the wrong passwords since the login before.
        WrongPasswordsNotice.showOnce(Objects.requireNonNull(activity, "The security activity is required."));
    }

    /** Every page shows the banner of required 2FA above its content (decision 0046). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        Component page = content == null ? null : content.getElement().getComponent().orElse(null);
        if (page == null) {
            setContent(null);
            return;
        }
        Div framed = new Div(requiredBanner, page);
        framed.setId("page-with-banner");
        framed.setSizeFull();
        setContent(framed);
        afterNavigation(); // AppLayout's own: closes the drawer in overlay mode, as its showRouterLayoutContent does
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        requiredBanner.refresh();
    }
}
