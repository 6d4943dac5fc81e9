package com.nordhost.clientarea.ui.layout;

import com.nordhost.clientarea.domain.activity.ActivityItem;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.audit.EventTexts;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;

/**
 * After a login, once, on the first page of the client area: "Since your last login: 12 wrong passwords from 3
 * addresses", until the customer closes it (issue 22). The session remembers that it was shown for this sign-in;
 * signing out ends the session, so the next login shows its own count. Nothing is shown when there were none.
 */
final class WrongPasswordsNotice {

    static final String SHOWN = WrongPasswordsNotice.class.getName() + ".shownFor";

    private WrongPasswordsNotice() {
    }

    static void showOnce(SecurityActivity activity) {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<SignedInUser> user = SignIn.current();
        if (session == null || user.isEmpty()) {
            return;
        }
        WrappedSession wrapped = session.getSession();
        if (Long.valueOf(user.get().accountId()).equals(wrapped.getAttribute(SHOWN))) {
            return;
        }
        wrapped.setAttribute(SHOWN, user.get().accountId());
        activity.wrongPasswordsSinceLastSignIn(user.get().id()).ifPresent(WrongPasswordsNotice::open);
    }

    private static void open(ActivityItem.WrongPasswords run) {
        UI ui = UI.getCurrent();
        Span text = new Span(ui.getTranslation("activity.sinceLastLogin",
                EventTexts.wrongPasswords(run.count(), run.addresses(), ui.getLocale())));
        text.setId("wrong-passwords-since-last-login");
        Notification notification = new Notification();
        notification.setId("wrong-passwords-notice");
        notification.setDuration(0); // stays until closed: shown once, it must not slip away unread
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        Button close = new Button(ui.getTranslation("activity.close"), event -> notification.close());
        close.setId("wrong-passwords-notice-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(text, close));
        notification.open();
    }
}
