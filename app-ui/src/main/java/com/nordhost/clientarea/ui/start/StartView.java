package com.nordhost.clientarea.ui.start;

import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.web.config.Settings;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The start page of the client area. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class StartView extends VerticalLayout implements HasDynamicTitle {

    public StartView() {
        setId("start-view");
        String name = SignIn.current().map(u -> u.fullName().isBlank() ? u.email() : u.fullName()).orElse("");
        add(new H2(getTranslation("start.welcome", name)),
                new Paragraph(getTranslation("start.text")),
                new RouterLink(getTranslation("start.toMyAccount"), MyAccountView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.start") + " | " + Settings.companyName();
    }
}
