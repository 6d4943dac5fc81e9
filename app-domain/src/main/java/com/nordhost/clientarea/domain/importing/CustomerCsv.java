package com.nordhost.clientarea.domain.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file (docs/importing-customers.md): CSV (RFC 4180, by Apache Commons CSV) in UTF-8, a header
 * of column names in any order and letter case, then one customer a row. The separator is the comma, or the
 * semicolon when the header has semicolons and no comma (what a Swedish spreadsheet writes). A byte-order mark is
 * skipped, empty lines are ignored. Each row comes with the line it starts on, so a quoted field over several
 * lines does not shift the numbers that follow.
 *
 * <p>The header is checked when the file is opened: an unknown column name refuses the whole file (a misspelt
 * {@code phone} would otherwise drop every phone number without a word).
 */
public final class CustomerCsv implements Iterable<CustomerCsv.Line>, Closeable {

    /** The columns, by header name. */
    public enum Column {
        FULL_NAME("full_name", true), EMAIL("email", true), PHONE("phone", false), STREET("street", false),
        POSTAL_CODE("postal_code", false), CITY("city", false), COUNTRY("country", false),
        CUSTOMER_NUMBER("customer_number", false), LANGUAGE("language", false),
        PASSWORD_HASH("password_hash", false);

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }
    }

    /** One row: either read ({@code row}) or refused before any rule was applied ({@code problem}). */
    public record Line(ImportRow row, RowProblem problem) {
        public long number() {
            return row != null ? row.line() : problem.line();
        }
    }

    private final CSVParser parser;
    private final NewlineCounter lines;
    private final Map<Column, Integer> positions;
    private final int columns;

    private CustomerCsv(CSVParser parser, NewlineCounter lines, Map<Column, Integer> positions, int columns) {
        this.parser = parser;
        this.lines = lines;
        this.positions = positions;
        this.columns = columns;
    }

    /** Opens the file and checks its header; the caller closes it. */
    public static CustomerCsv open(Reader source) throws ImportFileException {
        BufferedReader reader = new BufferedReader(source);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(64 * 1024);
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw new ImportFileException(ImportFileException.Problem.EMPTY);
            }
            reader.reset();
            char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
            // Empty lines come as records and are skipped below: so each record's start is where it really starts.
            NewlineCounter counted = new NewlineCounter(reader);
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .get().parse(counted);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportFileException(ImportFileException.Problem.EMPTY);
            }
            CSVRecord header = records.next();
            return new CustomerCsv(parser, counted, positions(header), header.size());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException(ImportFileException.Problem.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    private static Map<Column, Integer> positions(CSVRecord header) throws ImportFileException {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            Column column = null;
            for (Column c : Column.values()) {
                if (c.header.equals(name)) {
                    column = c;
                }
            }
            if (column == null) {
                List<String> known = new ArrayList<>();
                for (Column c : Column.values()) {
                    known.add(c.header);
                }
                throw new ImportFileException(ImportFileException.Problem.UNKNOWN_COLUMN, header.get(i).strip(),
                        String.join(", ", known));
            }
            if (positions.put(column, i) != null) {
                throw new ImportFileException(ImportFileException.Problem.DUPLICATE_COLUMN, column.header);
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !positions.containsKey(c)) {
                throw new ImportFileException(ImportFileException.Problem.MISSING_COLUMN, c.header);
            }
        }
        return positions;
    }

    @Override
    public Iterator<Line> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private Line next;
            private boolean broken;

            @Override
            public boolean hasNext() {
                while (next == null && !broken) {
                    try {
                        if (!records.hasNext()) {
                            return false;
                        }
                        CSVRecord record = records.next();
                        if (record.size() == 1 && record.get(0).isEmpty()) {
                            continue; // an empty line
                        }
                        next = line(record);
                    } catch (UncheckedIOException | IllegalStateException e) {
                        broken = true;
                        next = new Line(null, new RowProblem(lines.lineOf(lines.lastRecordStart),
                                RowProblem.Reason.MALFORMED_CSV, String.valueOf(e.getMessage())));
                    }
                }
                return next != null;
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Line line = next;
                next = null;
                return line;
            }
        };
    }

    private Line line(CSVRecord record) {
        long line = lines.lineOf(record.getCharacterPosition());
        if (record.size() != columns) {
            return new Line(null, new RowProblem(line, RowProblem.Reason.COLUMN_COUNT, Integer.toString(columns),
                    Integer.toString(record.size())));
        }
        return new Line(new ImportRow(line, get(record, Column.FULL_NAME), get(record, Column.EMAIL),
                get(record, Column.PHONE), get(record, Column.STREET), get(record, Column.POSTAL_CODE),
                get(record, Column.CITY), get(record, Column.COUNTRY), get(record, Column.CUSTOMER_NUMBER),
                get(record, Column.LANGUAGE), get(record, Column.PASSWORD_HASH)), null);
    }

    /**
     * Notes where the line breaks pass on their way to the parser, so a record's character position gives its line
     * number (Commons CSV counts lines only as it reads ahead). Forgets the breaks behind the last record asked.
     */
    private static final class NewlineCounter extends java.io.FilterReader {
        private final java.util.ArrayDeque<Long> breaks = new java.util.ArrayDeque<>();
        private long position;
        private long passed;
        /** Where the record after the last one asked for starts at the earliest: after that record's line. */
        long lastRecordStart;

        NewlineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                note((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                note(buffer[offset + i]);
            }
            return n;
        }

        private void note(char c) {
            if (c == '\n') {
                breaks.add(position);
            }
            position++;
        }

        /** The line of a character position: one more than the line breaks before it. */
        long lineOf(long characterPosition) {
            while (!breaks.isEmpty() && breaks.peekFirst() < characterPosition) {
                breaks.pollFirst();
                passed++;
            }
            long line = passed + 1;
            // A broken record is reported on the line after the last good one.
            lastRecordStart = breaks.isEmpty() ? characterPosition : breaks.peekFirst() + 1;
            return line;
        }
    }

    private String get(CSVRecord record, Column column) {
        Integer position = positions.get(column);
        return position == null ? "" : record.get(position);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
