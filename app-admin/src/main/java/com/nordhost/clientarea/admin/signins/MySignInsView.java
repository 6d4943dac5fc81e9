package com.nordhost.clientarea.admin.signins;

import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.customers.Formats;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.signin.ActiveSignIn;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * An agent's own sign-ins in the back-office (decision 0037), as customers see theirs: browser, IP address, signed
 * in at, last active, "(this browser)"; "Sign out" on each other one and "Sign out everywhere else", audited.
 */
@Route(value = "my-sign-ins", layout = BackOfficeLayout.class)
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class MySignInsView extends VerticalLayout implements HasDynamicTitle {

    private final SignIns signIns;
    private final Paragraph message = new Paragraph();

    @Inject
    public MySignInsView(SignIns signIns) {
        this.signIns = Objects.requireNonNull(signIns, "The sign-ins are required.");
        setId("my-sign-ins");
        message.setId("my-sign-ins-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signIns.mine") + " | " + getTranslation("app.backOffice");
    }

    private SignedInUser me() {
        return SignIn.current().orElseThrow(() -> new IllegalStateException("Nobody is signed in."));
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("signIns.mine")), new Paragraph(getTranslation("signIns.mineWhat")), message);
        SignedInUser me = me();
        List<ActiveSignIn> active = signIns.list(me.id());
        for (ActiveSignIn signIn : active) {
            boolean current = signIn.id() == me.signInId();
            Paragraph line = new Paragraph(getTranslation("signIns.line",
                    current ? signIn.browser() + " " + getTranslation("signIns.thisBrowser") : signIn.browser(),
                    signIn.ip() == null ? "" : signIn.ip(), Formats.time(signIn.signedInAt()),
                    Formats.time(signIn.lastActiveAt())));
            HorizontalLayout row = new HorizontalLayout(line);
            row.setId("my-sign-in-" + signIn.id());
            row.setAlignItems(Alignment.BASELINE);
            if (!current) {
                Button signOut = new Button(getTranslation("signIns.signOut"), event -> signOut(signIn.id()));
                signOut.setId("sign-out-" + signIn.id());
                signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                row.add(signOut);
            }
            add(row);
        }
        if (active.stream().anyMatch(s -> s.id() != me.signInId())) {
            Button everywhereElse = new Button(getTranslation("signIns.everywhereElse"),
                    event -> signOutEverywhereElse());
            everywhereElse.setId("sign-out-everywhere-else");
            everywhereElse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(everywhereElse);
        }
    }

    private void signOut(long id) {
        boolean ended = signIns.signOut(me().id(), id, RequestOrigins.current());
        refresh();
        show(getTranslation(ended ? "signIns.signedOut" : "signIns.alreadyEnded"));
    }

    private void signOutEverywhereElse() {
        int ended = signIns.signOutEverywhereElse(me().id(), me().signInId(), RequestOrigins.current());
        refresh();
        show(getTranslation("signIns.signedOutEverywhereElse", ended));
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }
}
