package com.nordhost.clientarea.admin.agents;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.staff.AgentOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AgentsViewTest extends KaribuTest {

    private static String result() {
        return _get(Paragraph.class, spec -> spec.withId("agents-result")).getText();
    }

    /** The row's button in the Actions column (Grid cells are rendered, so look inside the cell). */
    @SuppressWarnings("unchecked")
    private static Button action(Agent agent, String idPrefix) {
        com.vaadin.flow.component.grid.Grid<Account> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("agents-grid"));
        java.util.List<Account> rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 1000);
        int row = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).id().equals(agent.account().id())).findFirst().orElseThrow();
        com.vaadin.flow.component.Component cell = com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, row, "actions");
        return _get(cell, Button.class, spec -> spec.withId(idPrefix + agent.account().id().value()));
    }

    @Test
    void an_admin_creates_deactivates_and_resets_agents_audited() {
        Agent admin = newAgent(Role.ADMIN);
        logIn(admin);
        navigate("agents");
        int n = next();
        String email = "created" + n + "@nordhost.test";

        _setValue(_get(TextField.class, spec -> spec.withId("agent-name")), "Created Agent");
        _setValue(_get(TextField.class, spec -> spec.withId("agent-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("agent-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("agent-create")));
        assertThat(result()).contains("at least 8");

        _setValue(_get(PasswordField.class, spec -> spec.withId("agent-password")), "initial-password-1");
        _click(_get(Button.class, spec -> spec.withId("agent-create")));
        assertThat(result()).startsWith("The agent was created");
        Account created = db.inTransaction(() -> db.accounts().findByEmail(Realm.STAFF, EmailAddress.of(email))).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.SUPPORT);

        // Reset the 2FA of an enrolled agent, then deactivate it.
        Agent other = newAgent(Role.SUPPORT);
        navigate("customers");
        navigate("agents");
        _click(action(other, "reset-2fa-"));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).isEqualTo("The agent's two-factor authentication was reset.");
        assertThat(services.twoFactorOverview().of(other.account().id()).enabled()).isFalse();

        _click(action(other, "deactivate-"));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).isEqualTo("The agent was deactivated.");
        assertThat(services.passwordLogin().logIn(Realm.STAFF, other.account().email().value(), PASSWORD,
                RequestOrigin.unknown(), BrowserTokens.NONE)).isInstanceOf(LoginOutcome.Refused.class);

        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(other.account().id(), 10))).extracting(AuditEvent::type)
                .contains(AuditEventType.AGENT_TWO_FACTOR_RESET, AuditEventType.AGENT_DEACTIVATED);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(created.id(), 10))).extracting(AuditEvent::actor)
                .contains(admin.account().email().value());
    }

    @Test
    void an_admin_reactivates_a_deactivated_agent_who_can_then_log_in_again_audited() {
        Agent admin = newAgent(Role.ADMIN);
        Agent other = newAgent(Role.SUPPORT);
        logIn(admin);
        navigate("agents");
        _click(action(other, "deactivate-"));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).isEqualTo("The agent was deactivated.");

        _click(action(other, "reactivate-"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-question")).getText())
                .contains(other.account().fullName(), other.account().email().value());
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(result()).isEqualTo("The agent was reactivated.");
        assertThat(services.passwordLogin().logIn(Realm.STAFF, other.account().email().value(), PASSWORD,
                RequestOrigin.unknown(), BrowserTokens.NONE)).isNotInstanceOf(LoginOutcome.Refused.class);
        // Active again: the row offers deactivation, no longer reactivation.
        assertThat(action(other, "deactivate-").isVisible()).isTrue();

        List<AuditEvent> trail = db.inTransaction(() -> db.auditLog().findBySubject(other.account().id(), 10));
        assertThat(trail).extracting(AuditEvent::type).contains(AuditEventType.AGENT_REACTIVATED);
        assertThat(trail).filteredOn(e -> e.type() == AuditEventType.AGENT_REACTIVATED).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(admin.account().email().value());
                    assertThat(e.details()).containsEntry("agent", other.account().email().value());
                });
    }

    @Test
    void reactivation_needs_an_active_admin_and_never_applies_to_oneself_or_an_active_agent() {
        Agent admin = newAgent(Role.ADMIN);
        Agent support = newAgent(Role.SUPPORT);
        Agent active = newAgent(Role.SUPPORT);
        var administration = services.agentAdministration();
        assertThat(administration.reactivate(admin.account().id(), admin.account().id(), RequestOrigin.unknown()))
                .isInstanceOf(AgentOutcome.NotOnYourself.class);
        assertThat(administration.reactivate(support.account().id(), active.account().id(), RequestOrigin.unknown()))
                .isInstanceOf(AgentOutcome.NotAllowed.class);
        assertThat(administration.reactivate(admin.account().id(), active.account().id(), RequestOrigin.unknown()))
                .isInstanceOf(AgentOutcome.NothingToDo.class);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(active.account().id(), 10)))
                .extracting(AuditEvent::type).doesNotContain(AuditEventType.AGENT_REACTIVATED);

        // The admin's own row has no actions at all.
        logIn(admin);
        navigate("agents");
        assertThat(_find(Button.class, spec -> spec.withId("reactivate-" + admin.account().id().value()))).isEmpty();
    }
}
