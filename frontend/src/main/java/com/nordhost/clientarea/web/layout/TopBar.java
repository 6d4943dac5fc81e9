package com.nordhost.clientarea.web.layout;

import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The bar on top of both apps' pages: the menu toggle, the app's title, who is signed in, the language switch
 * and Log out (back to the app's login page).
 */
public class TopBar extends HorizontalLayout {

    public TopBar(String title, String signedInAs) {
        this(title, signedInAs, new LanguageSwitch());
    }

    /** With the app's own language switch (the client area's keeps the choice on the account). */
    public TopBar(String title, String signedInAs, LanguageSwitch languageSwitch) {
        H1 heading = new H1(title);
        heading.addClassName("app-title");
        Span who = new Span(signedInAs);
        who.setId("signed-in-as");
        Button logOut = new Button(getTranslation("menu.logOut"), VaadinIcon.SIGN_OUT.create(),
                event -> SignIn.signOut("login"));
        logOut.setId("log-out");
        logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new DrawerToggle(), heading, who, languageSwitch, logOut);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        expand(heading);
        getStyle().set("padding-right", "var(--lumo-space-m)");
    }
}
