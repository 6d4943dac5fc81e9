package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.shared.OutcomeKeys;
import com.nordhost.clientarea.admin.shared.ReasonField;
import com.nordhost.clientarea.admin.audit.AuditTexts;
import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.lifecycle.CustomerDeactivation;
import com.nordhost.clientarea.domain.lifecycle.CustomerErasure;
import com.nordhost.clientarea.domain.signin.ActiveSignIn;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.lifecycle.DeactivationOutcome;
import com.nordhost.clientarea.domain.lifecycle.ErasureOutcome;
import com.nordhost.clientarea.domain.onboarding.CustomerOnboarding;
import com.nordhost.clientarea.domain.onboarding.InvitationStatus;
import com.nordhost.clientarea.domain.onboarding.ResendOutcome;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.support.CustomerProfile;
import com.nordhost.clientarea.domain.support.RemovalProblem;
import com.nordhost.clientarea.domain.support.SupportDesk;
import com.nordhost.clientarea.domain.support.SupportRemovalOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.support.UnlockOutcome;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One customer: name, e-mail, customer number, whether 2FA is on and since when, whether the second factor
 * is locked, and recent security events; never a secret or backup code (the profile holds none). Removing
 * 2FA takes a ticket, the address the request came from and a reason, all checked by the domain before a
 * confirmation naming the customer is asked for (every problem shown at once, the requester compared with the
 * registered address); the domain checks again on removal. Unlocking takes ticket and reason.
 */
@Route(value = "customers/:id", layout = BackOfficeLayout.class)
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final OutcomeKeys REMOVAL_KEYS = OutcomeKeys.of(Map.of(
            SupportRemovalOutcome.Removed.class, "action.removed",
            SupportRemovalOutcome.AddressMismatch.class, "action.addressMismatch",
            SupportRemovalOutcome.NotEnabled.class, "action.alreadyOff",
            SupportRemovalOutcome.ReasonRequired.class, "action.reasonRequired",
            SupportRemovalOutcome.UnknownCustomer.class, "customer.notFound"), "action.notAllowed");
    private static final OutcomeKeys UNLOCK_KEYS = OutcomeKeys.of(Map.of(
            UnlockOutcome.Unlocked.class, "action.unlocked",
            UnlockOutcome.NotLocked.class, "action.notLocked",
            UnlockOutcome.ReasonRequired.class, "action.reasonRequired",
            UnlockOutcome.UnknownCustomer.class, "customer.notFound"), "action.notAllowed");

    private static final OutcomeKeys DEACTIVATION_KEYS = OutcomeKeys.of(Map.of(
            DeactivationOutcome.Deactivated.class, "status.deactivated",
            DeactivationOutcome.Reactivated.class, "status.reactivated",
            DeactivationOutcome.AlreadyInactive.class, "status.alreadyInactive",
            DeactivationOutcome.AlreadyActive.class, "status.alreadyActive",
            DeactivationOutcome.ReasonRequired.class, "action.reasonRequired",
            DeactivationOutcome.TicketRequired.class, "action.ticketInvalid",
            DeactivationOutcome.UnknownCustomer.class, "customer.notFound"), "action.notAllowed");

    private static final OutcomeKeys ERASURE_KEYS = OutcomeKeys.of(Map.of(
            ErasureOutcome.Erased.class, "erase.done",
            ErasureOutcome.AlreadyErased.class, "erase.already",
            ErasureOutcome.TicketRequired.class, "action.ticketInvalid",
            ErasureOutcome.ConfirmationMismatch.class, "erase.confirmationMismatch",
            ErasureOutcome.UnknownCustomer.class, "customer.notFound"), "action.notAllowed");

    private final SupportDesk desk;
    private final CustomerOnboarding onboarding;
    private final CustomerDeactivation deactivation;
    private final CustomerErasure erasure;
    private final OwnerFlagBanner ownerFlag;
    private final SignIns signIns;
    private final WhatTheCustomerHas has;
    private final RequiredTwoFactorSection requirement;
    private final Paragraph result = new Paragraph();
    private AccountId customerId;
    private String title = "";

    @Inject
    public CustomerView(SupportDesk desk, CustomerOnboarding onboarding, CustomerDeactivation deactivation,
                        CustomerErasure erasure, OwnerFlagBanner ownerFlag,
                        SignIns signIns, WhatTheCustomerHas has, RequiredTwoFactorSection requirement) {
        this.has = Objects.requireNonNull(has, "What the customer has is required.");
        this.requirement = Objects.requireNonNull(requirement, "The requirement section is required.");
        this.ownerFlag = Objects.requireNonNull(ownerFlag, "The owner flag banner is required.");
        this.desk = Objects.requireNonNull(desk, "The support desk is required.");
        this.signIns = Objects.requireNonNull(signIns, "The sign-ins are required.");
        this.onboarding = Objects.requireNonNull(onboarding, "The onboarding is required.");
        this.deactivation = Objects.requireNonNull(deactivation, "The deactivation is required.");
        this.erasure = Objects.requireNonNull(erasure, "The erasure is required.");
        setId("customer-view");
        result.setId("action-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = event.getRouteParameters().getLong("id").map(AccountId::new).orElse(null);
        result.setVisible(false);
        render();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.backOffice");
    }

    private void render() {
        removeAll();
        add(new RouterLink(getTranslation("customer.back"), CustomerSearchView.class));
        Optional<CustomerProfile> found = customerId == null ? Optional.empty() : desk.profile(customerId);
        if (found.isEmpty()) {
            title = getTranslation("customer.notFound");
            Paragraph none = new Paragraph(title);
            none.setId("customer-not-found");
            add(none);
            return;
        }
        CustomerProfile p = found.get();
        title = p.fullName();
        H2 name = new H2(p.fullName());
        name.setId("customer-name");
        add(name);
        Escaped.ifUnusual(p.fullName()).ifPresent(escaped ->
                add(escapedLine("customer-name-escaped", escaped)));
        Optional<Instant> erasedAt = erasure.erasedAt(customerId);
        if (erasedAt.isPresent()) {
            // A tombstone: nothing to act on, only the number and the pseudonymised events.
            Paragraph erased = new Paragraph(getTranslation("erase.erasedSince", Formats.time(erasedAt.get())));
            erased.setId("customer-status");
            add(result, facts(p), erased, events(p));
            return;
        }
        // Decision 0042: an open "This wasn't me" flag comes first.
        add(ownerFlag.showFor(customerId));
        add(result, facts(p), accountStatus(p));
        // The customer first, as they see themselves in Security settings; the actions below it.
        add(has.showFor(customerId, agent(), p.fullName(), p.email().value(), this::reportAndRender));
        onboarding.invitation(agent(), customerId).ifPresent(this::invitation);
        if (p.twoFactor().enabled()) {
            add(removalForm(p));
            if (p.twoFactor().locked()) {
                add(unlockForm(p));
            }
        } else {
            Paragraph off = new Paragraph(getTranslation("customer.nothingToRemove"));
            off.setId("customer-nothing-to-remove");
            add(off);
        }
        // Decision 0046: support may require 2FA of this customer, whatever the setting, and lift it again.
        add(requirement.showFor(customerId, agent(), p, this::reportAndRender));
        add(signInsOf(p));
        if (SignIn.current().filter(Roles::isAdmin).isPresent()) {
            add(erasureSection(p));
        }
        add(events(p));
    }

    /** ADMIN only: "Erase customer…", which opens the dialog with ticket and confirmation (decision 0036). */
    private VerticalLayout erasureSection(CustomerProfile p) {
        Button open = new Button(getTranslation("erase.open"), event -> new EraseCustomerDialog(erasure, agent(),
                customerId, p.fullName(), erasure.confirmationFor(customerId), this::erased).open());
        open.setId("erase-open");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("erase.title")),
                new Paragraph(getTranslation("erase.sectionIntro")), open);
        box.setId("erase-section");
        box.setPadding(false);
        return box;
    }

    private void erased(ErasureOutcome outcome) {
        String key = ERASURE_KEYS.keyFor(outcome);
        render();
        String text = outcome instanceof ErasureOutcome.Erased e ? getTranslation(key, e.pseudonym())
                : getTranslation(key);
        result.setText(text);
        result.setVisible(true);
        Notification.show(text);
    }


    /**
     * "Signed in" (decision 0037): where the customer is signed in now, and "Sign out everywhere" with a reason,
     * after a confirmation naming the customer; audited, and the customer is mailed.
     */
    private VerticalLayout signInsOf(CustomerProfile p) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("signIns.title")));
        section.setId("customer-sign-ins");
        section.setPadding(false);
        List<ActiveSignIn> active = signIns.list(customerId);
        if (active.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("signIns.none"));
            none.setId("customer-sign-ins-none");
            section.add(none);
            return section;
        }
        for (ActiveSignIn signIn : active) {
            Paragraph line = new Paragraph(getTranslation("signIns.line", signIn.browser(),
                    signIn.ip() == null ? "" : signIn.ip(), Formats.time(signIn.signedInAt()),
                    Formats.time(signIn.lastActiveAt())));
            line.setId("customer-sign-in-" + signIn.id());
            section.add(line);
        }
        ReasonField reason = new ReasonField("sign-out-reason", getTranslation("action.reason"));
        Button signOut = new Button(getTranslation("signIns.signOutEverywhere"), event -> {
            if (!reason.checked()) {
                return;
            }
            new ConfirmDialog(getTranslation("signIns.signOutEverywhere"),
                    getTranslation("signIns.confirm", p.fullName(), p.email().value(), p.customerNumber()),
                    getTranslation("signIns.confirmButton"), () -> signOutEverywhere(reason.getValue())).open();
        });
        signOut.setId("sign-out-everywhere");
        section.add(reason, signOut);
        return section;
    }

    private void signOutEverywhere(String reason) {
        SignIns.SupportSignOut outcome = signIns.signOutEverywhereBySupport(agent(), customerId, reason,
                RequestOrigins.current());
        if (outcome instanceof SignIns.SupportSignOut.SignedOut signedOut) {
            render();
            result.setText(getTranslation("signIns.signedOutEverywhere", signedOut.ended()));
        } else {
            result.setText(getTranslation("action.notAllowed"));
        }
        result.setVisible(true);
    }

    private FormLayout facts(CustomerProfile p) {
        FormLayout facts = new FormLayout();
        facts.setId("customer-facts");
        facts.addFormItem(value("customer-number", p.customerNumber()), getTranslation("customers.number"));
        Span email = value("customer-email", p.email().value());
        Escaped.ifUnusual(p.email().value()).ifPresent(escaped ->
                email.add(new com.vaadin.flow.component.html.Div(escapedLine("customer-email-escaped", escaped))));
        facts.addFormItem(email, getTranslation("customers.email"));
        String twoFactor = p.twoFactor().enabled()
                ? getTranslation("customer.twoFactorOnSince", Formats.time(p.twoFactor().enabledAt()))
                : getTranslation("customer.twoFactorOff");
        facts.addFormItem(value("customer-two-factor", twoFactor), getTranslation("customer.twoFactor"));
        facts.addFormItem(value("customer-locked", getTranslation(p.twoFactor().locked()
                ? "customer.locked" : "customer.notLocked")), getTranslation("customer.lock"));
        return facts;
    }

    /**
     * "Account status": Active or Deactivated (since when, when the deactivation is among the recent events), with
     * the one action that changes it. Both take a ticket and a reason and ask for a confirmation naming the customer.
     */
    private VerticalLayout accountStatus(CustomerProfile p) {
        String state = p.active() ? getTranslation("status.active")
                : p.recentEvents().stream().filter(e -> e.type() == AuditEventType.CUSTOMER_DEACTIVATED).findFirst()
                        .map(e -> getTranslation("status.inactiveSince", Formats.time(e.at())))
                        .orElseGet(() -> getTranslation("status.inactive"));
        Paragraph line = new Paragraph(state);
        line.setId("customer-status");
        boolean deactivate = p.active();
        String prefix = deactivate ? "deactivate" : "reactivate";
        TextField ticket = new TextField(getTranslation("action.ticket"));
        ticket.setId(prefix + "-ticket");
        ticket.setMaxLength(TicketReference.MAX_LENGTH);
        ticket.setRequiredIndicatorVisible(true);
        ReasonField reason = new ReasonField(prefix + "-reason", getTranslation("action.reason"));
        String action = getTranslation(deactivate ? "status.deactivate" : "status.reactivate");
        Button submit = new Button(action, event -> {
            Optional<TicketReference> t = ticket(ticket);
            boolean reasonOk = reason.checked();
            if (t.isEmpty() || !reasonOk) {
                return;
            }
            new ConfirmDialog(action,
                    getTranslation(deactivate ? "status.deactivateConfirm" : "status.reactivateConfirm",
                            p.fullName(), p.email().value(), p.customerNumber()),
                    getTranslation(deactivate ? "status.deactivateConfirmButton" : "status.reactivateConfirmButton"),
                    () -> changeStatus(deactivate, t.get(), reason.getValue())).open();
        });
        submit.setId(prefix + "-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(ticket);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("status.title")), line,
                new Paragraph(getTranslation(deactivate ? "status.deactivateIntro" : "status.reactivateIntro")),
                ticket, reason, submit);
        box.setId("status-form");
        box.setPadding(false);
        return box;
    }

    private void changeStatus(boolean deactivate, TicketReference ticket, String reason) {
        DeactivationOutcome outcome = deactivate
                ? deactivation.deactivate(agent(), customerId, ticket, reason, RequestOrigins.current())
                : deactivation.reactivate(agent(), customerId, ticket, reason, RequestOrigins.current());
        boolean refresh = outcome instanceof DeactivationOutcome.Deactivated
                || outcome instanceof DeactivationOutcome.Reactivated
                || outcome instanceof DeactivationOutcome.AlreadyInactive
                || outcome instanceof DeactivationOutcome.AlreadyActive;
        report(DEACTIVATION_KEYS.keyFor(outcome), refresh);
    }

    /** "Invitation sent on …, not yet accepted" (or expired, or accepted), and Resend invitation until accepted. */
    private void invitation(InvitationStatus status) {
        String state = status.accepted() ? getTranslation("customer.invitationAccepted", Formats.time(status.sentAt()))
                : status.expired() ? getTranslation("customer.invitationExpired", Formats.time(status.sentAt()),
                        Formats.time(status.expiresAt()))
                : getTranslation("customer.invitationPending", Formats.time(status.sentAt()),
                        Formats.time(status.expiresAt()));
        Paragraph line = new Paragraph(getTranslation("customer.invitation") + ": " + state);
        line.setId("customer-invitation");
        add(line);
        if (!status.accepted()) {
            Button resend = new Button(getTranslation("customer.resendInvitation"), event -> resendInvitation());
            resend.setId("resend-invitation");
            add(resend);
        }
    }

    private void resendInvitation() {
        ResendOutcome outcome = onboarding.resendInvitation(agent(), customerId, RequestOrigins.current());
        String key = switch (outcome) {
            case SENT -> "customer.invitationResent";
            case ALREADY_ACCEPTED -> "customer.invitationAlreadyAccepted";
            case NOT_ALLOWED -> "action.notAllowed";
        };
        render();
        result.setText(getTranslation(key));
        result.setVisible(true);
        Notification.show(getTranslation(key));
    }

    /** Decision 0032: the escaped form of a stored name or address with unusual characters, small. */
    private Span escapedLine(String id, String escaped) {
        Span line = new Span(getTranslation("customer.shownEscaped", escaped));
        line.setId(id);
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private VerticalLayout removalForm(CustomerProfile p) {
        TextField ticket = new TextField(getTranslation("action.ticket"));
        ticket.setId("remove-ticket");
        ticket.setMaxLength(TicketReference.MAX_LENGTH);
        ticket.setRequiredIndicatorVisible(true);
        TextField requester = new TextField(getTranslation("action.requestedFrom"));
        requester.setId("remove-requested-from");
        requester.setMaxLength(EmailAddress.MAX_LENGTH);
        requester.setHelperText(getTranslation("action.requestedFromHelp"));
        requester.setRequiredIndicatorVisible(true);
        requester.setWidth("24rem");
        ReasonField reason = new ReasonField("remove-reason", getTranslation("action.reason"));
        Button remove = new Button(getTranslation("action.remove"), event -> {
            // The domain checks every field, the requester against the registered address included, before
            // the agent is asked to confirm; all problems are shown at once.
            List<RemovalProblem> problems = desk.checkRemovalRequest(agent(), customerId, ticket.getValue(),
                    requester.getValue(), reason.getValue(), RequestOrigins.current());
            showProblems(problems, ticket, requester, reason);
            if (!problems.isEmpty()) {
                return;
            }
            TicketReference t = TicketReference.of(ticket.getValue());
            EmailAddress from = EmailAddress.of(requester.getValue());
            new ConfirmDialog(getTranslation("action.remove"),
                    getTranslation("action.removeConfirm", p.fullName(), p.email().value(), p.customerNumber()),
                    getTranslation("action.removeConfirmButton"),
                    () -> remove(t, from, reason.getValue())).open();
        });
        remove.setId("remove-submit");
        // Enter in a one-line field asks for the confirmation (the reason is multi-line: Enter is a new line there).
        remove.addClickShortcut(Key.ENTER).listenOn(ticket, requester);
        return step("remove", getTranslation("action.remove"), new Paragraph(getTranslation("action.removeIntro")),
                ticket, requester, reason, remove);
    }

    /** An action as its own named step, closed until the agent opens it ({@link ClosedStep}). */
    private VerticalLayout step(String id, String title, Component... fields) {
        return ClosedStep.of(id, title, fields);
    }

    private VerticalLayout unlockForm(CustomerProfile p) {
        TextField ticket = new TextField(getTranslation("action.ticket"));
        ticket.setId("unlock-ticket");
        ticket.setMaxLength(TicketReference.MAX_LENGTH);
        ticket.setRequiredIndicatorVisible(true);
        ReasonField reason = new ReasonField("unlock-reason", getTranslation("action.reason"));
        Button unlock = new Button(getTranslation("action.unlock"), event -> {
            Optional<TicketReference> t = ticket(ticket);
            if (t.isEmpty() || !reason.checked()) {
                return;
            }
            new ConfirmDialog(getTranslation("action.unlock"),
                    getTranslation("action.unlockConfirm", p.fullName(), p.email().value(), p.customerNumber()),
                    getTranslation("action.unlockConfirmButton"), () -> unlock(t.get(), reason.getValue())).open();
        });
        unlock.setId("unlock-submit");
        unlock.addClickShortcut(Key.ENTER).listenOn(ticket);
        return step("unlock", getTranslation("action.unlock"), ticket, reason, unlock);
    }

    private void remove(TicketReference ticket, EmailAddress requestedFrom, String reason) {
        SupportRemovalOutcome outcome = desk.removeSecondFactor(agent(), customerId, ticket, requestedFrom, reason,
                RequestOrigins.current());
        String key = REMOVAL_KEYS.keyFor(outcome);
        boolean changed = outcome instanceof SupportRemovalOutcome.Removed
                || outcome instanceof SupportRemovalOutcome.NotEnabled;
        report(key, changed);
    }

    private void unlock(TicketReference ticket, String reason) {
        UnlockOutcome outcome = desk.unlockSecondFactor(agent(), customerId, ticket, reason, RequestOrigins.current());
        String key = UNLOCK_KEYS.keyFor(outcome);
        report(key, outcome instanceof UnlockOutcome.Unlocked || outcome instanceof UnlockOutcome.NotLocked);
    }

    /** Shows the outcome; re-reads the customer when the state is (or turned out to be) different. */
    private void report(String key, boolean refresh) {
        if (refresh) {
            render();
        }
        result.setText(getTranslation(key));
        result.setVisible(true);
        Notification.show(getTranslation(key));
    }

    private void reportAndRender(String text) {
        render();
        result.setText(text);
        result.setVisible(true);
    }

    private AccountId agent() {
        return SignIn.current().map(u -> u.id()).orElse(null);
    }

    private Optional<TicketReference> ticket(TextField field) {
        try {
            TicketReference ticket = TicketReference.of(field.getValue());
            field.setInvalid(false);
            return Optional.of(ticket);
        } catch (InvalidInputException e) {
            field.setErrorMessage(getTranslation("action.ticketInvalid"));
            field.setInvalid(true);
            field.focus();
            return Optional.empty();
        }
    }

    /** Marks each field with its problem (or clears it) and puts the cursor in the first one to fix. */
    private void showProblems(List<RemovalProblem> problems, TextField ticket, TextField requester, TextArea reason) {
        mark(ticket, problem(problems, RemovalProblem.TICKET_MISSING, RemovalProblem.TICKET_INVALID)
                .map(x -> "action.ticketInvalid"));
        mark(requester, problem(problems, RemovalProblem.REQUESTER_MISSING, RemovalProblem.REQUESTER_INVALID,
                RemovalProblem.REQUESTER_NOT_REGISTERED).map(x -> x == RemovalProblem.REQUESTER_NOT_REGISTERED
                ? "action.requestedFromNotRegistered" : "action.requestedFromInvalid"));
        mark(reason, problem(problems, RemovalProblem.REASON_MISSING, RemovalProblem.REASON_INVALID)
                .map(x -> x == RemovalProblem.REASON_MISSING ? "action.reasonRequired" : "action.reasonInvalid"));
        Stream.of(ticket, requester, reason).filter(HasValidation::isInvalid).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    private static Optional<RemovalProblem> problem(List<RemovalProblem> problems, RemovalProblem... ofField) {
        return Stream.of(ofField).filter(problems::contains).findFirst();
    }

    private void mark(HasValidation field, Optional<String> messageKey) {
        messageKey.ifPresent(key -> field.setErrorMessage(getTranslation(key)));
        field.setInvalid(messageKey.isPresent());
    }

    private VerticalLayout events(CustomerProfile p) {
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("customer-events");
        grid.addColumn(e -> Formats.time(e.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true)
                .setKey("time");
        grid.addColumn(e -> AuditTexts.typeLabel(this, e.type())).setHeader(getTranslation("audit.type"))
                .setAutoWidth(true).setKey("type");
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true)
                .setKey("actor");
        grid.addColumn(AuditEvent::sourceIp).setHeader(getTranslation("audit.sourceIp")).setAutoWidth(true)
                .setKey("sourceIp");
        grid.addColumn(e -> AuditTexts.details(e.details())).setHeader(getTranslation("audit.details"))
                .setKey("details");
        grid.setItems(p.recentEvents());
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("customer.recentEvents")), grid);
        box.setPadding(false);
        return box;
    }
}
