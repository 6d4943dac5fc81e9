package com.nordhost.clientarea.web.layout;

import com.nordhost.clientarea.web.i18n.LanguageSwitch;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The bar on top of both apps' pages: the menu toggle, the app's title, who is signed in, the language switch
 * and Log out (back to the app's login page). On a phone (theme CSS, {@code .top-bar}) it takes two rows, the
 * title on the first and the rest on the second, each cut short with "…" rather than pushed off screen, so Log out is
 * always on screen; the side menu has its own Log out too ({@link #logOutButton}).
 */
public class TopBar extends Div {

    /**
     * An app's title: the company's name, then the app's. Joined by a middle dot, not a dash: every text outside
     * Latin-1 makes Java keep the whole string two bytes a character, and Vaadin keeps each page's last answer (which
     * holds this title) for as long as the page's session lives: an en dash here doubled 12 KB per signed-in session.
     */
    public static String appTitle(String companyName, String appName) {
        return companyName + " \u00b7 " + appName;
    }

    public TopBar(String title, String signedInAs) {
        this(title, signedInAs, new LanguageSwitch());
    }

    /** With the app's own language switch (the client area's keeps the choice on the account). */
    public TopBar(String title, String signedInAs, LanguageSwitch languageSwitch) {
        addClassName("top-bar");
        setId("top-bar");
        H1 heading = new H1(title);
        heading.addClassName("app-title");
        // Cut short on a narrow screen: the whole title stays readable as the tooltip.
        heading.getElement().setAttribute("title", title);
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("menu.toggle"));
        Div first = new Div(menu, heading);
        first.addClassName("top-bar-title");
        Span who = new Span(signedInAs);
        who.setId("signed-in-as");
        who.getElement().setAttribute("title", signedInAs);
        languageSwitch.addClassName("top-bar-language");
        Div second = new Div(who, languageSwitch, logOutButton("log-out"));
        second.addClassName("top-bar-account");
        add(first, second);
    }

    /** Log out (back to the app's login page), as the top bar and the side menu offer it. */
    public static Button logOutButton(String id) {
        Button logOut = new Button();
        logOut.setText(logOut.getTranslation("menu.logOut"));
        logOut.setIcon(VaadinIcon.SIGN_OUT.create());
        logOut.addClickListener(event -> SignIn.signOut("login"));
        logOut.setId(id);
        logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logOut;
    }
}
