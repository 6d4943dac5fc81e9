package com.nordhost.clientarea.admin.agents;

import com.nordhost.clientarea.admin.shared.OutcomeKeys;
import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.customers.ConfirmDialog;
import com.nordhost.clientarea.admin.customers.Formats;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.domain.staff.AgentOutcome;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Objects;

/**
 * Agents (admins only): the list with role, active and 2FA state; create an agent (the initial password follows
 * the password policy; the agent enrols a second factor at first login); deactivate and reactivate; reset an
 * agent's 2FA.
 */
@Route(value = "agents", layout = BackOfficeLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AgentsView extends VerticalLayout implements HasDynamicTitle {

    private static final OutcomeKeys OUTCOME_KEYS = OutcomeKeys.of(Map.of(
            AgentOutcome.Created.class, "agents.created",
            AgentOutcome.Deactivated.class, "agents.deactivated",
            AgentOutcome.Reactivated.class, "agents.reactivated",
            AgentOutcome.SecondFactorReset.class, "agents.resetDone",
            AgentOutcome.NothingToDo.class, "agents.nothingToDo",
            AgentOutcome.NotOnYourself.class, "agents.notOnYourself"), "action.notAllowed");

    private final AgentAdministration administration;
    private final TwoFactorOverview overview;
    private final AccountId admin;
    private final Grid<Account> grid = new Grid<>();
    private final Paragraph result = new Paragraph();

    @Inject
    public AgentsView(AgentAdministration administration, TwoFactorOverview overview) {
        this.administration = Objects.requireNonNull(administration, "The agent administration is required.");
        this.overview = Objects.requireNonNull(overview, "The two-factor overview is required.");
        this.admin = SignIn.current().map(u -> u.id()).orElse(null);
        setId("agents-view");
        result.setId("agents-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        configureGrid();
        add(new H2(getTranslation("menu.agents")), result, grid, createForm());
        refresh();
    }

    private void configureGrid() {
        grid.setId("agents-grid");
        grid.addColumn(Account::fullName).setHeader(getTranslation("agents.name")).setAutoWidth(true).setKey("name");
        grid.addColumn(a -> a.email().value()).setHeader(getTranslation("customers.email")).setAutoWidth(true)
                .setKey("email");
        grid.addColumn(a -> roleLabel(a.role())).setHeader(getTranslation("agents.role")).setKey("role");
        grid.addColumn(a -> getTranslation(a.active() ? "agents.active" : "agents.inactive"))
                .setHeader(getTranslation("agents.status")).setKey("status");
        grid.addColumn(this::twoFactorState).setHeader(getTranslation("customer.twoFactor")).setKey("twoFactor");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("agents.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.setAllRowsVisible(true);
    }

    private String roleLabel(Role role) {
        return getTranslation("agents.role." + role.name());
    }

    /** One read of the agent's second factor per row. */
    private String twoFactorState(Account agent) {
        var state = overview.of(agent.id());
        return state.enabled() ? getTranslation("customer.twoFactorOnSince", Formats.time(state.enabledAt()))
                : getTranslation("customer.twoFactorOff");
    }

    private HorizontalLayout actions(Account agent) {
        HorizontalLayout actions = new HorizontalLayout();
        if (agent.id().equals(admin)) {
            return actions;
        }
        if (agent.active()) {
            Button deactivate = new Button(getTranslation("agents.deactivate"), event -> new ConfirmDialog(
                    getTranslation("agents.deactivate"), getTranslation("agents.deactivateConfirm", agent.fullName(),
                    agent.email().value()), getTranslation("agents.deactivate"),
                    () -> report(administration.deactivate(admin, agent.id(), RequestOrigins.current()))).open());
            deactivate.setId("deactivate-" + agent.id().value());
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        } else {
            Button reactivate = new Button(getTranslation("agents.reactivate"), event -> new ConfirmDialog(
                    getTranslation("agents.reactivate"), getTranslation("agents.reactivateConfirm", agent.fullName(),
                    agent.email().value()), getTranslation("agents.reactivate"),
                    () -> report(administration.reactivate(admin, agent.id(), RequestOrigins.current()))).open());
            reactivate.setId("reactivate-" + agent.id().value());
            reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(reactivate);
        }
        Button reset = new Button(getTranslation("agents.reset2fa"), event -> new ConfirmDialog(
                getTranslation("agents.reset2fa"), getTranslation("agents.resetConfirm", agent.fullName(),
                agent.email().value()), getTranslation("agents.reset2fa"),
                () -> report(administration.resetSecondFactor(admin, agent.id(), RequestOrigins.current()))).open());
        reset.setId("reset-2fa-" + agent.id().value());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(reset);
        return actions;
    }

    private VerticalLayout createForm() {
        TextField name = new TextField(getTranslation("agents.name"));
        name.setMaxLength(CustomerDetailsRules.Field.FULL_NAME.maxLength());
        name.setId("agent-name");
        name.setRequiredIndicatorVisible(true);
        TextField email = new TextField(getTranslation("customers.email"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setId("agent-email");
        email.setRequiredIndicatorVisible(true);
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("agents.role"));
        role.setId("agent-role");
        role.setItems(Role.SUPPORT, Role.ADMIN);
        role.setItemLabelGenerator(this::roleLabel);
        role.setValue(Role.SUPPORT);
        PasswordField password = new PasswordField(getTranslation("agents.initialPassword"));
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setId("agent-password");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("agents.passwordHelp"));
        password.getElement().setAttribute("autocomplete", "new-password");
        Button create = new Button(getTranslation("agents.create"), event -> {
            try {
                AgentOutcome outcome = administration.create(admin, role.getValue(), EmailAddress.of(email.getValue()),
                        name.getValue(), password.getValue(), RequestOrigins.current());
                password.clear();
                if (outcome instanceof AgentOutcome.Created) {
                    name.clear();
                    email.clear();
                }
                report(outcome);
            } catch (InvalidInputException e) {
                password.clear();
                show(getTranslation(e.messageKey()));
            }
        });
        create.setId("agent-create");
        create.addClickShortcut(Key.ENTER).listenOn(name, email, password);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(name, email, role, password, create);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("agents.new")), fields);
        form.setPadding(false);
        return form;
    }

    private void report(AgentOutcome outcome) {
        String key = OUTCOME_KEYS.keyFor(outcome);
        refresh();
        show(getTranslation(key));
    }

    private void show(String message) {
        result.setText(message);
        result.setVisible(true);
        Notification.show(message);
    }

    private void refresh() {
        grid.setItems(administration.agents());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.agents") + " | " + getTranslation("app.backOffice");
    }
}
