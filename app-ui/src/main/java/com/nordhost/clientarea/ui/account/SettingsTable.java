package com.nordhost.clientarea.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The lists of Security settings (authenticator apps, security keys, remembered browsers): a row of column labels,
 * one row per item with its texts and, last, its button; dates in the viewer's language and the configured zone.
 */
final class SettingsTable extends NativeTable {

    private final ZoneId zone;

    /** @param labels the columns' translated labels; one more, unlabelled column holds each row's button */
    SettingsTable(String id, ZoneId zone, String... labels) {
        this.zone = zone;
        setId(id);
        NativeTableRow head = getHead().addRow();
        for (String label : labels) {
            head.addHeaderCell().setText(label);
        }
        head.addHeaderCell();
    }

    NativeTableRow addRow(String rowId, Component button, String... texts) {
        NativeTableRow row = getBody().addRow();
        row.setId(rowId);
        for (String text : texts) {
            row.addDataCell().setText(text);
        }
        row.addDataCell().add(button);
        return row;
    }

    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(zone));
    }

    /** {@code never} (a translated "Not yet") for a date that has not come yet. */
    String dateOr(Instant instant, String never) {
        return instant == null ? never : date(instant);
    }
}
