package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.signin.ActiveSignIn;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;

/**
 * Security settings' "Where you're signed in" (decision 0037): every sign-in of the account with browser, IP address,
 * signed in at and last active, "(this browser)" for the one asking; "Sign out" on each other one and "Sign out
 * everywhere else". A browser signed out here stops at its next request, on any node.
 */
class SignInsSection extends Div {

    private final SignIns signIns;
    private final SignedInUser user;
    private final ZoneId zone;
    private final InfoMessage message = new InfoMessage("sign-ins-message");

    SignInsSection(SignIns signIns, SignedInUser user, ZoneId zone) {
        this.signIns = signIns;
        this.user = user;
        this.zone = zone;
        setId("sign-ins");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("signIns.title")), new Paragraph(getTranslation("signIns.what")), message);
        SignedInUser me = me();
        List<ActiveSignIn> active = signIns.list(me.id());
        SettingsTable table = new SettingsTable("sign-ins-table", zone, getTranslation("signIns.browser"),
                getTranslation("signIns.ip"), getTranslation("signIns.signedInAt"),
                getTranslation("signIns.lastActive"));
        for (ActiveSignIn signIn : active) {
            boolean current = signIn.id() == me.signInId();
            Div action = new Div();
            if (!current) {
                Button signOut = new Button(getTranslation("signIns.signOut"), event -> signOut(signIn.id()));
                signOut.setId("sign-out-" + signIn.id());
                signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                action.add(signOut);
            }
            table.addRow("sign-in-" + signIn.id(), action,
                    current ? signIn.browser() + " " + getTranslation("signIns.thisBrowser") : signIn.browser(),
                    signIn.ip() == null ? "" : signIn.ip(), table.date(signIn.signedInAt()),
                    table.date(signIn.lastActiveAt()));
        }
        add(table);
        if (active.stream().anyMatch(s -> s.id() != me.signInId())) {
            Button everywhereElse = new Button(getTranslation("signIns.everywhereElse"),
                    event -> signOutEverywhereElse());
            everywhereElse.setId("sign-out-everywhere-else");
            everywhereElse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(everywhereElse);
        }
    }

    /** The user as the session holds it now: a change of this session (a new password) gave it a new sign-in. */
    private SignedInUser me() {
        return SignIn.current().orElse(user);
    }

    private void signOut(long id) {
        boolean ended = signIns.signOut(user.id(), id, RequestOrigins.current());
        refresh();
        message.show(getTranslation(ended ? "signIns.signedOut" : "signIns.alreadyEnded"));
    }

    private void signOutEverywhereElse() {
        int ended = signIns.signOutEverywhereElse(user.id(), me().signInId(), RequestOrigins.current());
        refresh();
        message.show(getTranslation("signIns.signedOutEverywhereElse", ended));
    }
}
