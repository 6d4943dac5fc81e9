package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import java.util.Objects;

/**
 * A page a mailed recovery link opens ({@code ?token=...}), no sign-in needed. Opening the page changes nothing:
 * the visitor presses the button (mail scanners that fetch links must not spend them). The token stays in the
 * view; an unknown, forged, used or expired link gets one message.
 */
abstract class RecoveryLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DomainSettings settings;
    private final String prefix;
    private final Div card = new Div();
    private String token = "";

    RecoveryLinkView(DomainSettings settings, String prefix) {
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        this.prefix = prefix;
        setAlignItems(Alignment.CENTER);
        H1 company = new H1(settings.companyName());
        company.addClassName("app-title");
        card.addClassName("login-card");
        add(company, card);
    }

    abstract boolean linkWorks(String token);

    abstract RecoveryLinkOutcome use(String token);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (linkWorks(token)) {
            Button go = new Button(getTranslation(prefix + ".button"), e -> press());
            go.setId(prefix.replace('.', '-') + "-submit");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setWidthFull();
            show(new Paragraph(getTranslation(prefix + ".text")), go);
        } else {
            showInvalid();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " | " + settings.companyName();
    }

    private void press() {
        RecoveryLinkOutcome outcome = use(token);
        token = "";
        if (outcome == RecoveryLinkOutcome.DONE) {
            Paragraph done = new Paragraph(getTranslation(prefix + ".done"));
            done.setId(prefix.replace('.', '-') + "-done");
            done.addClassName("info");
            done.getElement().setAttribute("role", "status");
            RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
            logIn.setId("back-to-login");
            show(done, logIn);
        } else {
            showInvalid();
        }
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation(prefix + ".invalid", settings.supportEmail()));
        invalid.setId("recovery-link-invalid");
        invalid.addClassName("alert");
        invalid.getElement().setAttribute("role", "alert");
        RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
        logIn.setId("back-to-login");
        show(invalid, logIn);
    }

    private void show(com.vaadin.flow.component.Component... content) {
        card.removeAll();
        card.add(new H2(getTranslation(prefix + ".title")));
        card.add(content);
    }
}
