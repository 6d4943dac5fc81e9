package com.nordhost.clientarea.ui.layout;

import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.config.Settings;
import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;

/** The client area's frame: the menu on the left (Start; Account → My Account), language and Log out on top. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1(Settings.companyName() + " – " + getTranslation("app.clientArea"));
        title.addClassName("app-title");

        Span who = new Span(SignIn.current().map(u -> u.fullName().isBlank() ? u.email() : u.fullName()).orElse(""));
        who.setId("signed-in-as");
        Button logOut = new Button(getTranslation("menu.logOut"), VaadinIcon.SIGN_OUT.create(),
                event -> SignIn.signOut("login"));
        logOut.setId("log-out");
        logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout top = new HorizontalLayout(new DrawerToggle(), title, who, new LanguageSwitch(), logOut);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(title);
        top.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(top);

        SideNav nav = new SideNav();
        nav.setId("main-menu");
        SideNavItem start = new SideNavItem(getTranslation("menu.start"), StartView.class, VaadinIcon.HOME.create());
        SideNavItem account = new SideNavItem(getTranslation("menu.account"));
        account.setPrefixComponent(VaadinIcon.USER.create());
        account.addItem(new SideNavItem(getTranslation("menu.myAccount"), MyAccountView.class));
        account.setExpanded(true);
        nav.addItem(start, account);
        addToDrawer(nav);
    }
}
