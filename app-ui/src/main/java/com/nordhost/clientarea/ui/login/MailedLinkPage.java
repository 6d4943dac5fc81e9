package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Objects;

/**
 * A page a mailed link opens ({@code ?token=...}), no sign-in needed: reset, invitation, recovery and "This wasn't
 * me". Opening it changes nothing (mail scanners fetch links): {@link #opened()} only shows what the link would do.
 * The token stays in the view, and is forgotten once used.
 */
abstract class MailedLinkPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final DomainSettings settings;
    private final String titleKey;
    private final Div card = new Div();
    protected String token = "";

    MailedLinkPage(DomainSettings settings, String titleKey) {
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        this.titleKey = titleKey;
        setAlignItems(Alignment.CENTER);
        H1 company = new H1(settings.companyName());
        company.addClassName("app-title");
        card.addClassName("login-card");
        add(company, card);
    }

    /** What the page shows for {@link #token} when opened. */
    abstract void opened();

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        opened();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + settings.companyName();
    }

    /** The card's content under the page's heading. */
    void show(Component... content) {
        card.removeAll();
        card.add(new H2(getTranslation(titleKey)));
        card.add(content);
    }
}
