package com.nordhost.clientarea.ui.start;

import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Objects;

/** The start page of the client area. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class StartView extends VerticalLayout implements HasDynamicTitle {

    private final DomainSettings settings;

    @Inject
    public StartView(DomainSettings settings) {
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("start-view");
        String name = SignIn.current().map(u -> u.fullName().isBlank() ? u.email() : u.fullName()).orElse("");
        add(new H2(getTranslation("start.welcome", name)),
                new Paragraph(getTranslation("start.text")),
                new RouterLink(getTranslation("start.toMyAccount"), MyAccountView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.start") + " | " + settings.companyName();
    }
}
