package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.protect.FlagClosingOutcome;
import com.nordhost.clientarea.domain.protect.OwnerFlag;
import com.nordhost.clientarea.domain.protect.OwnerFlagDesk;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * The banner at the top of a customer's page while the owner's "This wasn't me" flag is open (decision 0042): when
 * and how often it was pressed, what it already did, and closing it with a note (audited; the customer is mailed).
 * Self-contained: the page only calls {@link #showFor} on each render.
 */
@Dependent
public class OwnerFlagBanner extends Div {

    private final OwnerFlagDesk desk;
    private AccountId customerId;

    @Inject
    public OwnerFlagBanner(OwnerFlagDesk desk) {
        this.desk = Objects.requireNonNull(desk, "The owner flag desk is required.");
        setId("owner-flag-banner");
    }

    /** Shows the customer's open flag, or nothing (the banner hides) when there is none. */
    public OwnerFlagBanner showFor(AccountId customer) {
        this.customerId = customer;
        removeAll();
        removeClassName("info");
        addClassName("alert");
        getElement().setAttribute("role", "alert");
        Optional<OwnerFlag> flag = customer == null ? Optional.empty() : desk.flagOf(agent(), customer);
        setVisible(flag.isPresent());
        flag.ifPresent(this::render);
        return this;
    }

    private void render(OwnerFlag flag) {
        add(new H3(getTranslation("ownerFlag.title")));
        Paragraph what = new Paragraph(flag.presses() == 1
                ? getTranslation("ownerFlag.raisedOnce", Formats.time(flag.raisedAt()))
                : getTranslation("ownerFlag.raisedAgain", Formats.time(flag.raisedAt()), flag.presses(),
                Formats.time(flag.lastRaisedAt())));
        what.setId("owner-flag-text");
        Paragraph todo = new Paragraph(getTranslation("ownerFlag.todo"));
        TextArea note = new TextArea(getTranslation("ownerFlag.note"));
        note.setId("owner-flag-note");
        note.setHelperText(getTranslation("ownerFlag.noteHelp"));
        note.setMaxLength(2000);
        note.setWidth("32rem");
        Button close = new Button(getTranslation("ownerFlag.close"), e -> close(note));
        close.setId("owner-flag-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(what, todo, note, close);
    }

    private void close(TextArea note) {
        FlagClosingOutcome outcome = desk.close(agent(), customerId, note.getValue(), RequestOrigins.current());
        if (outcome instanceof FlagClosingOutcome.NoteRequired) {
            note.setErrorMessage(getTranslation("ownerFlag.noteRequired"));
            note.setInvalid(true);
            note.focus();
            return;
        }
        String key = outcome instanceof FlagClosingOutcome.Closed ? "ownerFlag.closed"
                : outcome instanceof FlagClosingOutcome.NotFlagged ? "ownerFlag.alreadyClosed" : "action.notAllowed";
        Notification.show(getTranslation(key));
        showFor(customerId);
        if (!isVisible()) {
            // The banner made way: say so where it stood, for screen readers and for the agent's eyes.
            Paragraph done = new Paragraph(getTranslation(key));
            done.setId("owner-flag-result");
            add(done);
            setVisible(true);
            removeClassName("alert");
            addClassName("info");
            getElement().setAttribute("role", "status");
        }
    }

    private static AccountId agent() {
        return SignIn.current().map(u -> u.id()).orElse(null);
    }
}
