package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.lifecycle.CustomerErasure;
import com.nordhost.clientarea.domain.lifecycle.ErasureOutcome;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Erase customer…" (decision 0036): what goes and what stays, the ticket, and the customer number typed as the
 * confirmation. A wrong number or ticket is marked on its field and nothing is erased; the dialog stays open. Any
 * other answer closes it and goes to {@code onDone}, which shows it on the customer page.
 */
class EraseCustomerDialog extends Dialog {

    private final CustomerErasure erasure;
    private final AccountId admin;
    private final AccountId customer;
    private final Consumer<ErasureOutcome> onDone;
    private final TextField ticket = new TextField();
    private final TextField confirmation = new TextField();

    EraseCustomerDialog(CustomerErasure erasure, AccountId admin, AccountId customer, String customerName,
                        String expectedConfirmation, Consumer<ErasureOutcome> onDone) {
        this.erasure = erasure;
        this.admin = admin;
        this.customer = customer;
        this.onDone = onDone;
        setId("erase-dialog");
        setHeaderTitle(getTranslation("erase.title"));
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        Paragraph intro = new Paragraph(getTranslation("erase.intro", customerName));
        intro.setId("erase-intro");
        UnorderedList removed = new UnorderedList(
                new ListItem(getTranslation("erase.removes.details")),
                new ListItem(getTranslation("erase.removes.authenticators")),
                new ListItem(getTranslation("erase.removes.links")),
                new ListItem(getTranslation("erase.removes.mail")),
                new ListItem(getTranslation("erase.removes.sessions")));
        removed.setId("erase-removes");
        Paragraph kept = new Paragraph(getTranslation("erase.keeps"));
        kept.setId("erase-keeps");
        ticket.setLabel(getTranslation("action.ticket"));
        ticket.setId("erase-ticket");
        ticket.setMaxLength(TicketReference.MAX_LENGTH);
        ticket.setRequiredIndicatorVisible(true);
        confirmation.setLabel(getTranslation("erase.confirmation", expectedConfirmation));
        confirmation.setId("erase-confirmation");
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setWidth("20rem");
        add(intro, removed, kept, ticket, confirmation);
        Button erase = DialogButtons.redPrimary(getTranslation("erase.button"), event -> erase());
        erase.setId("erase-ok");
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        cancel.setId("erase-cancel");
        getFooter().add(cancel, erase);
        DialogButtons.addCloseX(this);
        ticket.focus();
    }

    private void erase() {
        Optional<TicketReference> t = ticket();
        if (t.isEmpty()) {
            return;
        }
        ErasureOutcome outcome = erasure.erase(admin, customer, t.get(), confirmation.getValue(),
                RequestOrigins.current());
        if (outcome instanceof ErasureOutcome.ConfirmationMismatch) {
            confirmation.setErrorMessage(getTranslation("erase.confirmationMismatch"));
            confirmation.setInvalid(true);
            confirmation.focus();
            return;
        }
        close();
        onDone.accept(outcome);
    }

    private Optional<TicketReference> ticket() {
        try {
            TicketReference reference = TicketReference.of(ticket.getValue());
            ticket.setInvalid(false);
            return Optional.of(reference);
        } catch (InvalidInputException e) {
            ticket.setErrorMessage(getTranslation("action.ticketInvalid"));
            ticket.setInvalid(true);
            ticket.focus();
            return Optional.empty();
        }
    }
}
