package com.nordhost.clientarea.admin.audit;

import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditCriteria;
import com.nordhost.clientarea.domain.audit.AuditLine;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void admins_filter_by_customer_agent_and_type_and_page_through() {
        Agent admin = newAgent(Role.ADMIN);
        Agent support = newAgent(Role.SUPPORT);
        Account customer = newCustomer();
        enableTwoFactor(customer);
        services.supportDesk().removeSecondFactor(support.account().id(), customer.id(), TicketReference.of("T-1"),
                EmailAddress.of("someone@else.test"), "Phone lost", RequestOrigin.unknown());
        logIn(admin);
        navigate("audit");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-customer")), customer.email().value());
        _setValue(_get(TextField.class, spec -> spec.withId("audit-agent")), support.account().email().value());
        _setValue((ComboBox<AuditEventType>) _get(ComboBox.class, spec -> spec.withId("audit-type")),
                AuditEventType.SUPPORT_REMOVAL_REFUSED);
        _click(_get(Button.class, spec -> spec.withId("audit-apply")));
        Grid<AuditLine> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<AuditLine> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).event().details()).containsEntry("requester", "someone@else.test");
        assertThat(GridKt._getFormatted(grid, 0, "type")).isEqualTo("Removal by support refused");
        assertThat(GridKt._getFormatted(grid, 0, "details")).isEqualTo("agent: "
                + support.account().email().value() + "; reason: Phone lost; requester: someone@else.test; ticket: T-1");
        // People, not ids: the customer the event is about and the agent who acted.
        assertThat(GridKt._getFormatted(grid, 0, "subject"))
                .isEqualTo(customer.fullName() + " <" + customer.email().value() + ">");
        assertThat(GridKt._getFormatted(grid, 0, "actor"))
                .isEqualTo(support.account().fullName() + " <" + support.account().email().value() + ">");
        ComboBox<AuditEventType> type = _get(ComboBox.class, spec -> spec.withId("audit-type"));
        assertThat(type.getItemLabelGenerator().apply(AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT))
                .isEqualTo("Two-factor authentication removed by support");

        // Newest first, keyset pages without gaps or repeats.
        _setValue(_get(TextField.class, spec -> spec.withId("audit-customer")), "");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-agent")), "");
        _setValue((ComboBox<AuditEventType>) _get(ComboBox.class, spec -> spec.withId("audit-type")), null);
        _click(_get(Button.class, spec -> spec.withId("audit-apply")));
        List<AuditLine> first = GridKt._fetch(grid, 0, 3);
        List<AuditLine> second = GridKt._fetch(grid, 3, 3);
        assertThat(first).hasSize(3);
        assertThat(second).isNotEmpty();
        assertThat(first.get(2).event().at()).isAfterOrEqualTo(second.get(0).event().at());
        assertThat(first).extracting(line -> line.entry().id()).doesNotContainAnyElementsOf(
                second.stream().map(line -> line.entry().id()).toList());
    }

    @Test
    void the_csv_export_escapes_and_holds_the_filtered_rows() throws Exception {
        Agent admin = newAgent(Role.ADMIN);
        Agent support = newAgent(Role.SUPPORT);
        Account customer = newCustomer();
        enableTwoFactor(customer);
        services.supportDesk().removeSecondFactor(support.account().id(), customer.id(), TicketReference.of("T-2"),
                EmailAddress.of(customer.email().value()), "Lost \"both\", really\n=cmd", RequestOrigin.unknown());
        StringWriter out = new StringWriter();
        long rows = AuditCsv.write(services.auditLogQuery(), admin.account().id(),
                new AuditCriteria(customer.email().value(), null, AuditEventType.TWO_FACTOR_REMOVED_BY_SUPPORT, null,
                        null), out);
        assertThat(rows).isEqualTo(1);
        String csv = out.toString();
        assertThat(csv).startsWith(AuditCsv.HEADER + "\r\n");
        assertThat(csv).contains("TWO_FACTOR_REMOVED_BY_SUPPORT").contains("\"\"both\"\", really\n=cmd");
        // The same people as on screen, each part in its own column.
        assertThat(csv).contains("," + customer.id().value() + "," + customer.email().value() + ","
                + customer.fullName() + "," + support.account().email().value() + "," + support.account().fullName()
                + ",");
        assertThat(AuditCsv.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void the_domain_refuses_the_full_log_to_a_support_agent() {
        Agent support = newAgent(Role.SUPPORT);
        assertThatThrownBy(() -> services.auditLogQuery().page(support.account().id(), AuditCriteria.none(), null, 10))
                .isInstanceOf(SecurityException.class);
    }
}
