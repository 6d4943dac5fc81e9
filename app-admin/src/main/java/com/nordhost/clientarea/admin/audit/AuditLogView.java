package com.nordhost.clientarea.admin.audit;

import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.customers.Formats;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.admin.paging.KeysetPager;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.audit.AuditCriteria;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditLine;
import com.nordhost.clientarea.domain.audit.AuditLogQuery;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The full audit log (admins): filter by customer e-mail, agent e-mail, event type and a date range (UTC days,
 * both inclusive); a lazy Grid paged by keyset on (occurred_at desc, id desc); CSV export of the filtered
 * rows, streamed page by page.
 */
@Route(value = "audit", layout = BackOfficeLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLogQuery query;
    private final AccountId reader;
    private final TextField customer = new TextField();
    private final TextField agent = new TextField();
    private final ComboBox<AuditEventType> type = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph error = new Paragraph();
    private final Grid<AuditLine> grid = new Grid<>();
    /** The filter last applied: what the Grid shows and the export writes. */
    private volatile AuditCriteria applied = AuditCriteria.none();

    @Inject
    public AuditLogView(AuditLogQuery query) {
        this.query = Objects.requireNonNull(query, "The audit log query is required.");
        this.reader = SignIn.current().map(u -> u.id()).orElse(null);
        setId("audit-log-view");
        setSizeFull();
        customer.setLabel(getTranslation("audit.customer"));
        customer.setId("audit-customer");
        customer.setMaxLength(EmailAddress.MAX_LENGTH);
        agent.setLabel(getTranslation("audit.agent"));
        agent.setId("audit-agent");
        agent.setMaxLength(EmailAddress.MAX_LENGTH);
        type.setLabel(getTranslation("audit.type"));
        type.setId("audit-type");
        type.setItems(AuditEventType.values());
        type.setItemLabelGenerator(t -> AuditTexts.typeLabel(this, t));
        type.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        error.setId("audit-error");
        error.addClassName("alert");
        error.setVisible(false);
        Button apply = new Button(getTranslation("audit.apply"), event -> apply());
        apply.setId("audit-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickShortcut(Key.ENTER).listenOn(customer, agent);
        Anchor export = new Anchor(csvDownload(), getTranslation("audit.export"));
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(customer, agent, type, from, to, apply, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        add(new H2(getTranslation("menu.audit")), filters, error, grid);
        show(AuditCriteria.none());
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.setPageSize(100);
        grid.addColumn(e -> Formats.time(e.event().at()))
                .setHeader(getTranslation("audit.time")).setAutoWidth(true).setKey("time");
        grid.addColumn(e -> AuditTexts.typeLabel(this, e.event().type())).setHeader(getTranslation("audit.type")).setAutoWidth(true)
                .setKey("type");
        // People as they are known (name and address), read with the page: one accounts query per page, not per row.
        grid.addColumn(AuditLogView::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true)
                .setKey("subject");
        grid.addColumn(line -> AuditTexts.person(line.actor())).setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true).setKey("actor");
        grid.addColumn(e -> e.event().sourceIp()).setHeader(getTranslation("audit.sourceIp")).setAutoWidth(true);
        grid.addColumn(e -> AuditTexts.details(e.event().details())).setHeader(getTranslation("audit.details"))
                .setKey("details");
        grid.setSizeFull();
    }

    /** The subject's name and address; the bare account id when the account no longer exists. */
    private static String subject(AuditLine line) {
        String person = AuditTexts.person(line.subject());
        return person.isEmpty() && line.event().subject() != null ? "#" + line.event().subject().value() : person;
    }

    private void apply() {
        try {
            AuditCriteria criteria = new AuditCriteria(blankToNull(customer.getValue()),
                    blankToNull(agent.getValue()), type.getValue(), startOf(from.getValue()),
                    to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
            // Checks the addresses before the Grid asks for rows.
            query.page(reader, criteria, null, 1);
            error.setVisible(false);
            show(criteria);
        } catch (InvalidInputException e) {
            error.setText(getTranslation("audit.badAddress"));
            error.setVisible(true);
        }
    }

    private void show(AuditCriteria criteria) {
        applied = criteria;
        KeysetPager<AuditLine, AuditCursor> pager = new KeysetPager<>(
                (before, limit) -> query.lines(reader, criteria, before, limit), AuditLine::position);
        grid.setItems(pager::fetch);
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                AuditCsv.write(query, reader, applied, out);
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " | " + getTranslation("app.backOffice");
    }
}
