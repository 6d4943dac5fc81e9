package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.protect.AccountSecuring;
import com.nordhost.clientarea.domain.protect.SecuringOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The page a notice's "This wasn't me" link opens ({@code this-wasnt-me?token=...}, decision 0042), no sign-in
 * needed. Opening it changes nothing (mail scanners open links): it says what the button does, and only the button
 * secures the account. The token stays in the view; an unknown, used or expired link says so and offers "Forgot your
 * password?".
 */
@Route(SecurityNotices.PROTECT_ROUTE)
@AnonymousAllowed
public class ThisWasntMeView extends MailedLinkPage {

    private static final List<String> WHAT_IT_DOES = List.of("protect.does.sessions", "protect.does.browsers",
            "protect.does.recovery", "protect.does.reset", "protect.does.support");

    private final AccountSecuring securing;

    @Inject
    public ThisWasntMeView(AccountSecuring securing, DomainSettings settings) {
        super(settings, "protect.title");
        this.securing = Objects.requireNonNull(securing, "The account securing is required.");
        setId("this-wasnt-me-view");
    }

    @Override
    void opened() {
        if (securing.linkWorks(token)) {
            showButton();
        } else {
            showInvalid();
        }
    }

    private void showButton() {
        UnorderedList does = new UnorderedList();
        does.setId("protect-what-it-does");
        WHAT_IT_DOES.forEach(key -> does.add(new ListItem(getTranslation(key))));
        Paragraph never = new Paragraph(getTranslation("protect.never"));
        never.setId("protect-never");
        Button secure = new Button(getTranslation("protect.button"), e -> press());
        secure.setId("protect-submit");
        secure.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        secure.setWidthFull();
        secure.setDisableOnClick(true);
        show(new Paragraph(getTranslation("protect.intro")), does, never, secure);
    }

    private void press() {
        SecuringOutcome outcome = securing.secure(token, RequestOrigins.current());
        token = "";
        if (!(outcome instanceof SecuringOutcome.Secured secured)) {
            showInvalid();
            return;
        }
        List<Component> content = new ArrayList<>();
        Paragraph done = new Paragraph(getTranslation("protect.done"));
        done.setId("protect-done");
        done.addClassName("info");
        done.getElement().setAttribute("role", "status");
        content.add(done);
        String next = secured.deactivated() ? getTranslation("protect.deactivated", settings.supportEmail())
                : secured.addressChangedSince() ? getTranslation("protect.addressChanged", settings.supportEmail())
                : getTranslation("protect.resetMailed");
        Paragraph then = new Paragraph(next);
        then.setId("protect-next");
        if (secured.deactivated() || secured.addressChangedSince()) {
            then.addClassName("alert");
        }
        content.add(then);
        RouterLink logIn = new RouterLink(getTranslation("forgot.back"), LoginView.class);
        logIn.setId("back-to-login");
        content.add(logIn);
        show(content.toArray(Component[]::new));
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("protect.invalid", settings.supportEmail()));
        invalid.setId("protect-invalid");
        invalid.addClassName("alert");
        invalid.getElement().setAttribute("role", "alert");
        RouterLink forgot = new RouterLink(getTranslation("forgot.link"), ForgotPasswordView.class);
        forgot.setId("protect-forgot");
        show(invalid, forgot);
    }

}
