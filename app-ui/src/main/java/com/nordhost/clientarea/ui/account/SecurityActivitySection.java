package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.activity.ActivityItem;
import com.nordhost.clientarea.domain.activity.ActivityPage;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.EventTexts;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Security settings' "Recent security activity" (issue 22): the account's security events of the last 90 days,
 * newest first, 20 at a time with "Show older" (keyset: the next page starts after the last row shown), each with
 * when (in the configured time zone, which the section names: the product has no time zone per customer), what (in the
 * customer's language, {@link EventTexts}), the IP address, the browser and who ("you", "support", "system").
 * Wrong passwords are one line per run ("12 wrong passwords from 3 addresses").
 */
class SecurityActivitySection extends Div {

    private final SecurityActivity activity;
    private final SignedInUser user;
    private final ZoneId zone;
    private final NativeTable table = new NativeTable();
    private final Button older = new Button();
    private AuditCursor next;
    private int rows;

    SecurityActivitySection(SecurityActivity activity, SignedInUser user, ZoneId zone) {
        this.activity = activity;
        this.user = user;
        this.zone = zone;
        setId("security-activity");
        add(new H3(getTranslation("activity.title")),
                new Paragraph(getTranslation("activity.what", zone.getId())));
        table.setId("security-activity-table");
        NativeTableRow head = table.getHead().addRow();
        for (String label : new String[] {"activity.when", "activity.event", "activity.ip", "activity.browser",
                "activity.by"}) {
            head.addHeaderCell().setText(getTranslation(label));
        }
        older.setText(getTranslation("activity.older"));
        older.setId("security-activity-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(event -> showPage(next));
        add(table, older);
        showPage(null);
    }

    private void showPage(AuditCursor before) {
        ActivityPage page = activity.page(user.id(), before);
        for (ActivityItem item : page.items()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("security-activity-row-" + rows++);
            if (item instanceof ActivityItem.Event event) {
                cells(row, when(event.at()), EventTexts.of(event.type(), getLocale()), orDash(event.ip()),
                        orDash(event.browser()), EventTexts.of(event.actor(), getLocale()));
            } else if (item instanceof ActivityItem.WrongPasswords run) {
                row.addClassName("wrong-passwords");
                String when = run.first().equals(run.at()) ? when(run.at()) : when(run.first()) + " – " + when(run.at());
                cells(row, when, EventTexts.wrongPasswords(run.count(), run.addresses(), getLocale()), "–", "–", "–");
            }
        }
        next = page.next().orElse(null);
        older.setVisible(next != null);
        if (rows == 0) {
            Paragraph none = new Paragraph(getTranslation("activity.none"));
            none.setId("security-activity-none");
            table.setVisible(false);
            addComponentAtIndex(2, none);
        }
    }

    private static void cells(NativeTableRow row, String... texts) {
        for (String text : texts) {
            row.addDataCell().setText(text);
        }
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(zone));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
