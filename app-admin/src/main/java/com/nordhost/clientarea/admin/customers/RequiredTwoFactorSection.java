package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.shared.ReasonField;
import com.nordhost.clientarea.admin.shared.OutcomeKeys;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.support.CustomerProfile;
import com.nordhost.clientarea.domain.support.RequirementOutcome;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.support.TwoFactorRequirementDesk;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Required two-factor authentication" on the customer's page (decision 0046): whether it is required of the
 * customer, by whom and from when a login without it leads to the wizard; then, as a closed step like Remove and
 * Unlock, <i>Require two-factor authentication</i> (ticket, reason, a confirmation naming the customer) or, where
 * support requires it, <i>Lift the requirement</i>. Audited and mailed by the domain. Self-contained: the page calls
 * {@link #showFor} on each render.
 */
@Dependent
public class RequiredTwoFactorSection extends VerticalLayout {

    private static final OutcomeKeys KEYS = OutcomeKeys.of(Map.of(
            RequirementOutcome.Required.class, "requirement.required",
            RequirementOutcome.AlreadyRequired.class, "requirement.alreadyRequired",
            RequirementOutcome.NotRequiredBySupport.class, "requirement.notRequiredBySupport",
            RequirementOutcome.ReasonRequired.class, "action.reasonRequired",
            RequirementOutcome.UnknownCustomer.class, "customer.notFound"), "action.notAllowed");

    private final TwoFactorRequirementDesk desk;
    private final DomainSettings settings;

    @Inject
    public RequiredTwoFactorSection(TwoFactorRequirementDesk desk, DomainSettings settings) {
        this.desk = Objects.requireNonNull(desk, "The requirement desk is required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("requirement-section");
        setPadding(false);
    }

    /** @param done told the outcome's text after an action, for the page to re-read the customer and show it */
    public RequiredTwoFactorSection showFor(AccountId customer, AccountId agent, CustomerProfile p,
                                            Consumer<String> done) {
        removeAll();
        Optional<TwoFactorRequirement> found = desk.requirementOf(agent, customer);
        setVisible(found.isPresent());
        if (found.isEmpty()) {
            return this;
        }
        TwoFactorRequirement requirement = found.get();
        add(new H3(getTranslation("requirement.title")));
        Paragraph state = new Paragraph(stateOf(requirement));
        state.setId("requirement-state");
        add(state);
        if (requirement.bySupport()) {
            add(liftStep(customer, agent, p, done));
        } else {
            add(requireStep(customer, agent, p, done));
        }
        return this;
    }

    private String stateOf(TwoFactorRequirement r) {
        String bySupport = r.bySupport() ? getTranslation("requirement.stateBySupport",
                Formats.time(r.supportRequiredAt()), r.supportTicket()) : "";
        return switch (r.source()) {
            case NONE, STAFF -> getTranslation("requirement.stateNone");
            case SETTING -> getTranslation("requirement.stateBySetting", Formats.time(r.dueAt()))
                    + (bySupport.isEmpty() ? "" : " " + bySupport);
            case SUPPORT -> bySupport + " " + getTranslation("requirement.stateDue", Formats.time(r.dueAt()));
        };
    }

    private VerticalLayout requireStep(AccountId customer, AccountId agent, CustomerProfile p, Consumer<String> done) {
        TextField ticket = ticketField("require-ticket");
        ReasonField reason = new ReasonField("require-reason", getTranslation("action.reason"));
        String title = getTranslation("requirement.require");
        Button submit = new Button(title, event -> {
            Optional<TicketReference> t = ticket(ticket);
            if (t.isEmpty() || !reason.checked()) {
                return;
            }
            new ConfirmDialog(title, getTranslation("requirement.requireConfirm", p.fullName(), p.email().value(),
                    p.customerNumber()), getTranslation("requirement.requireConfirmButton"),
                    () -> report(desk.require(agent, customer, t.get(), reason.getValue(), RequestOrigins.current()),
                            done)).open();
        });
        submit.setId("require-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(ticket);
        return ClosedStep.of("require", title, new Paragraph(getTranslation("requirement.requireIntro",
                settings.twoFactorRequirement().grace().toDays())), ticket, reason, submit);
    }

    private VerticalLayout liftStep(AccountId customer, AccountId agent, CustomerProfile p, Consumer<String> done) {
        TextField ticket = ticketField("lift-ticket");
        ReasonField reason = new ReasonField("lift-reason", getTranslation("action.reason"));
        String title = getTranslation("requirement.lift");
        Button submit = new Button(title, event -> {
            Optional<TicketReference> t = ticket(ticket);
            if (t.isEmpty() || !reason.checked()) {
                return;
            }
            new ConfirmDialog(title, getTranslation("requirement.liftConfirm", p.fullName(), p.email().value(),
                    p.customerNumber()), getTranslation("requirement.liftConfirmButton"),
                    () -> report(desk.lift(agent, customer, t.get(), reason.getValue(), RequestOrigins.current()),
                            done)).open();
        });
        submit.setId("lift-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(ticket);
        return ClosedStep.of("lift", title, ticket, reason, submit);
    }

    private void report(RequirementOutcome outcome, Consumer<String> done) {
        String text = outcome instanceof RequirementOutcome.Lifted lifted
                ? getTranslation(lifted.stillRequiredBySetting() ? "requirement.liftedStillBySetting"
                : "requirement.lifted")
                : getTranslation(KEYS.keyFor(outcome));
        Notification.show(text);
        done.accept(text);
    }

    private TextField ticketField(String id) {
        TextField ticket = new TextField(getTranslation("action.ticket"));
        ticket.setId(id);
        ticket.setMaxLength(TicketReference.MAX_LENGTH);
        ticket.setRequiredIndicatorVisible(true);
        return ticket;
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
}
