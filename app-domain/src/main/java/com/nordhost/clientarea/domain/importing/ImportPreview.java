package com.nordhost.clientarea.domain.importing;

import java.util.List;

/**
 * What an import of a file would do, row by row, computed without writing anything (the back-office shows it before
 * its Import button). Every row is here; {@code problems} are the rows that would be refused, in file order.
 */
public record ImportPreview(List<Row> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** One row: {@code row} as read (null when the CSV line itself was refused) and what would happen to it. */
    public record Row(long line, ImportRow row, Fate fate, RowProblem problem) {
    }

    public enum Fate { IMPORT, INVITE, UNCHANGED, REFUSED }

    public List<RowProblem> problems() {
        return rows.stream().filter(r -> r.fate() == Fate.REFUSED).map(Row::problem).toList();
    }

    public long count(Fate fate) {
        return rows.stream().filter(r -> r.fate() == fate).count();
    }

    /** Rows an import would write: new customers, with or without an invitation. */
    public long toImport() {
        return count(Fate.IMPORT) + count(Fate.INVITE);
    }
}
