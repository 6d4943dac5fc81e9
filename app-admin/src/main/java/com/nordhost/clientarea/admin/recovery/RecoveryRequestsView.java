package com.nordhost.clientarea.admin.recovery;

import com.nordhost.clientarea.admin.shared.ReasonField;
import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.customers.ConfirmDialog;
import com.nordhost.clientarea.admin.customers.CustomerView;
import com.nordhost.clientarea.admin.customers.Formats;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.recovery.RecoveryDecision;
import com.nordhost.clientarea.domain.recovery.RecoveryQueueEntry;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestQueue;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * "Recovery requests": the confirmed "lost both" requests (decision 0018), oldest first: customer, when asked
 * and confirmed, from which IP addresses, whether the password was given and whether the mailbox was verified.
 * The agent selects one and approves it with a ticket reference (the requester is the verified address, not
 * typed here; the removal then waits and the customer can stop it), or rejects it with a reason that is mailed
 * to the customer. Below, the approved requests still waiting for their removal; another agent than the approver
 * may cut a wait short with a reason (the customer was verified some other way), which removes at once.
 */
@Route(value = "recovery-requests", layout = BackOfficeLayout.class)
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class RecoveryRequestsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RecoveryRequestQueue queue;
    private final Grid<RecoveryQueueEntry> grid = new Grid<>();
    private final Paragraph result = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout decision = new VerticalLayout();
    private final Grid<RecoveryQueueEntry> waiting = new Grid<>();
    private final H3 waitingTitle = new H3();
    private final VerticalLayout shorten = new VerticalLayout();

    @Inject
    public RecoveryRequestsView(RecoveryRequestQueue queue) {
        this.queue = Objects.requireNonNull(queue, "The recovery request queue is required.");
        setId("recovery-requests-view");
        result.setId("recovery-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        empty.setId("recovery-none");
        empty.setText(getTranslation("recovery.none"));
        grid.setId("recovery-requests");
        grid.addColumn(e -> e.customerName() + " <" + e.customerEmail() + ">")
                .setHeader(getTranslation("recovery.customer")).setAutoWidth(true).setKey("customer");
        grid.addColumn(RecoveryQueueEntry::customerNumber).setHeader(getTranslation("customers.number"))
                .setAutoWidth(true).setKey("number");
        grid.addColumn(e -> Formats.time(e.requestedAt())).setHeader(getTranslation("recovery.requestedAt"))
                .setAutoWidth(true).setKey("requestedAt");
        grid.addColumn(e -> e.requestIp() == null ? "" : e.requestIp())
                .setHeader(getTranslation("recovery.requestIp")).setAutoWidth(true).setKey("requestIp");
        grid.addColumn(e -> e.confirmedAt() == null ? "" : Formats.time(e.confirmedAt()))
                .setHeader(getTranslation("recovery.confirmedAt")).setAutoWidth(true).setKey("confirmedAt");
        grid.addColumn(e -> e.confirmIp() == null ? "" : e.confirmIp())
                .setHeader(getTranslation("recovery.confirmIp")).setAutoWidth(true).setKey("confirmIp");
        grid.addColumn(e -> getTranslation(e.passwordGiven() ? "recovery.yes" : "recovery.no"))
                .setHeader(getTranslation("recovery.passwordGiven")).setAutoWidth(true).setKey("passwordGiven");
        grid.addColumn(e -> getTranslation(e.mailboxVerified() ? "recovery.yes" : "recovery.no"))
                .setHeader(getTranslation("recovery.mailboxVerified")).setAutoWidth(true).setKey("mailboxVerified");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showDecision(event.getValue()));
        decision.setId("recovery-decision");
        decision.setPadding(false);
        waitingTitle.setText(getTranslation("recovery.waitingTitle"));
        waiting.setId("recovery-waiting");
        waiting.addColumn(e -> e.customerName() + " <" + e.customerEmail() + ">")
                .setHeader(getTranslation("recovery.customer")).setAutoWidth(true).setKey("customer");
        waiting.addColumn(RecoveryQueueEntry::ticket).setHeader(getTranslation("action.ticket")).setAutoWidth(true)
                .setKey("ticket");
        waiting.addColumn(e -> e.removalDue() ? getTranslation("recovery.dueNow") : Formats.time(e.effectiveAt()))
                .setHeader(getTranslation("recovery.effectiveAt"))
                .setAutoWidth(true).setKey("effectiveAt");
        waiting.setAllRowsVisible(true);
        waiting.asSingleSelect().addValueChangeListener(event -> showShorten(event.getValue()));
        shorten.setId("recovery-shorten");
        shorten.setPadding(false);
        add(new H2(getTranslation("recovery.title")), new Paragraph(getTranslation("recovery.intro")), result, empty,
                grid, decision, waitingTitle, waiting, shorten);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.setVisible(false);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title") + " | " + getTranslation("app.backOffice");
    }

    private void refresh() {
        List<RecoveryQueueEntry> pending = queue.pending(agent());
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
        decision.removeAll();
        List<RecoveryQueueEntry> approved = queue.waiting(agent());
        waiting.setItems(approved);
        waiting.setVisible(!approved.isEmpty());
        waitingTitle.setVisible(!approved.isEmpty());
        shorten.removeAll();
    }

    private void showShorten(RecoveryQueueEntry entry) {
        shorten.removeAll();
        if (entry == null) {
            return;
        }
        ReasonField reason = new ReasonField("recovery-shorten-reason", getTranslation("action.reason"));
        reason.setHelperText(getTranslation("recovery.shortenHelp"));
        Button now = new Button(getTranslation("recovery.shorten"), event -> {
            if (!reason.checked()) {
                return;
            }
            new ConfirmDialog(getTranslation("recovery.shorten"),
                    getTranslation("recovery.shortenConfirm", entry.customerName(), entry.customerEmail(),
                            entry.customerNumber()),
                    getTranslation("recovery.shorten"),
                    () -> report(queue.shortenWait(agent(), entry.requestId(), reason.getValue(),
                            RequestOrigins.current()))).open();
        });
        now.setId("recovery-shorten-submit");
        shorten.add(new H3(getTranslation("recovery.shortenTitle", entry.customerName())), reason, now);
    }

    private void showDecision(RecoveryQueueEntry entry) {
        decision.removeAll();
        if (entry == null) {
            return;
        }
        RouterLink customer = new RouterLink(entry.customerName(), CustomerView.class,
                new RouteParameters("id", Long.toString(entry.customerId().value())));
        customer.setId("recovery-customer-link");
        TextField ticket = new TextField(getTranslation("action.ticket"));
        ticket.setId("recovery-ticket");
        ticket.setMaxLength(TicketReference.MAX_LENGTH);
        ticket.setRequiredIndicatorVisible(true);
        Button approve = new Button(getTranslation("recovery.approve"), event -> {
            if (ticket.getValue().isBlank()) {
                ticket.setErrorMessage(getTranslation("action.ticketInvalid"));
                ticket.setInvalid(true);
                return;
            }
            new ConfirmDialog(getTranslation("recovery.approve"),
                    getTranslation("recovery.approveConfirm", entry.customerName(), entry.customerEmail(),
                            entry.customerNumber()),
                    getTranslation("recovery.approve"),
                    () -> report(queue.approve(agent(), entry.requestId(), ticket.getValue(),
                            RequestOrigins.current()))).open();
        });
        approve.setId("recovery-approve");
        ReasonField reason = new ReasonField("recovery-reject-reason", getTranslation("recovery.rejectReason"));
        reason.setHelperText(getTranslation("recovery.rejectReasonHelp",
                getTranslation("language.name." + entry.customerLanguage().name())));
        Button reject = new Button(getTranslation("recovery.reject"), event -> {
            if (!reason.checked()) {
                return;
            }
            new ConfirmDialog(getTranslation("recovery.reject"),
                    getTranslation("recovery.rejectConfirm", entry.customerName(), entry.customerEmail(),
                            entry.customerNumber()),
                    getTranslation("recovery.reject"),
                    () -> report(queue.reject(agent(), entry.requestId(), reason.getValue(),
                            RequestOrigins.current()))).open();
        });
        reject.setId("recovery-reject");
        decision.add(new H3(getTranslation("recovery.decide", entry.customerName())), customer,
                new Paragraph(getTranslation("recovery.requester", entry.customerEmail())), ticket, approve,
                reason, reject);
    }

    private void report(RecoveryDecision outcome) {
        String key = "recovery.outcome." + outcome.name();
        refresh();
        result.setText(getTranslation(key));
        result.setVisible(true);
        Notification.show(getTranslation(key));
    }

    private AccountId agent() {
        return SignIn.current().map(u -> u.id()).orElse(null);
    }
}
