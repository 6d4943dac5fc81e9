package com.nordhost.clientarea.admin.audit;


import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.audit.AuditCriteria;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditLine;
import com.nordhost.clientarea.domain.audit.AuditLogQuery;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the filtered audit rows as CSV (RFC 4180: comma-separated, CRLF, fields with a comma, quote or line
 * break quoted with doubled quotes), page by page with the keyset cursor, flushing after each page, so the
 * export never holds the whole log in memory. A field starting with {@code = + - @} (or tab/CR) gets a
 * leading apostrophe so a spreadsheet does not run it as a formula.
 */
public final class AuditCsv {

    public static final int PAGE = 500;
    private static final Pattern FORMULA_AFTER_SEPARATOR = Pattern.compile("([,;\t])([=+\\-@])");
    /**
     * The people as the screen shows them, in separate columns so a spreadsheet can filter on each. account_id
     * and actor keep their names and meaning (the stored id and address) for scripts written before.
     */
    static final String HEADER = "occurred_at,event_type,account_id,subject_email,subject_name,actor,actor_name,"
            + "source_ip,user_agent,details";

    private AuditCsv() {
    }

    /** @return the number of rows written */
    public static long write(AuditLogQuery query, AccountId reader, AuditCriteria criteria, Writer out)
            throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        long rows = 0;
        AuditCursor before = null;
        while (true) {
            List<AuditLine> page = query.lines(reader, criteria, before, PAGE);
            for (AuditLine line : page) {
                var e = line.event();
                out.write(String.join(",",
                        field(DateTimeFormatter.ISO_INSTANT.format(e.at())),
                        // The stable enum name, not the screen label: the export is read by scripts and
                        // spreadsheets, must not change with the reader's language, and the names are
                        // never renamed (AuditEventType), so a filter written today works on next year's file.
                        field(e.type().name()),
                        field(e.subject() == null ? "" : String.valueOf(e.subject().value())),
                        field(line.subject().email()),
                        field(line.subject().name()),
                        field(e.actor()),
                        field(line.actor().name()),
                        field(e.sourceIp()),
                        field(e.userAgent()),
                        field(details(e.details()))));
                out.write("\r\n");
                rows++;
            }
            out.flush();
            if (page.size() < PAGE) {
                return rows;
            }
            before = page.get(page.size() - 1).position();
        }
    }

    /** {@code key=value; key=value} in key order (the stored map has none), stable for scripts. */
    static String details(Map<String, String> details) {
        return new TreeMap<>(details).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * One CSV field, escaped. Quoted not only for RFC 4180's comma, quote and line breaks but also for a
     * semicolon or tab: spreadsheets set to a Swedish or German locale split on those, and an unquoted
     * {@code x;=1+1} would become a second cell holding a formula. A formula sign at the start of the field, or
     * right after one of those separators inside it, gets an apostrophe before it, so no reader runs it.
     */
    public static String field(String raw) {
        String value = raw == null ? "" : raw;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        // A spreadsheet that splits on another separator than ours starts a cell after it: neutralise a
        // formula there too, so "x;=1+1" never becomes a cell "=1+1" whatever the reader's locale.
        value = FORMULA_AFTER_SEPARATOR.matcher(value).replaceAll("$1'$2");
        boolean quote = value.chars().anyMatch(c -> ",;\t\"\r\n".indexOf(c) >= 0)
                || value.startsWith(" ") || value.endsWith(" ");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
