package com.nordhost.clientarea.admin.audit;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditCriteria;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OverTestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export as a spreadsheet reads it: parsed by RFC 4180 with a comma, and again as a spreadsheet set to a
 * Swedish locale splits it, on semicolons. A value an attacker chose (a name, a browser string) must stay one
 * cell and never start a cell with a formula.
 */
class AuditCsvTest extends OverTestDatabase {

    private static final String NAME = "x;=1+1";
    private static final String AGENT = "=HYPERLINK(\"http://evil.example\")\t;@SUM(1)";

    @Test
    void values_with_separators_and_formulas_stay_one_harmless_cell() throws IOException {
        Account customer = db.createCustomer("csv" + next() + "@example.com", NAME, PASSWORD);
        Account admin = db.createStaff(Role.ADMIN, "csv-admin" + next() + "@nordhost.test", "Ada Admin", PASSWORD);
        services.passwordLogin().logIn(Realm.CUSTOMER, customer.email().value(), "wrong password",
                new RequestOrigin("203.0.113.9", AGENT), BrowserTokens.NONE);

        StringWriter out = new StringWriter();
        AuditCsv.write(services.auditLogQuery(), admin.id(), new AuditCriteria(customer.email().value(), null, null,
                null, null), out);

        List<List<String>> rows = parse(out.toString(), ',');
        List<String> header = rows.get(0);
        assertThat(rows).hasSizeGreaterThan(1);
        for (List<String> row : rows) {
            assertThat(row).as("every row has the header's columns").hasSameSizeAs(header);
        }
        List<String> row = rows.get(1);
        assertThat(row.get(header.indexOf("subject_name"))).isEqualTo("x;'=1+1");
        assertThat(row.get(header.indexOf("user_agent")))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\")\t;'@SUM(1)");

        for (List<String> cells : parse(out.toString(), ';')) {
            for (String cell : cells) {
                assertThat(cell).as("a cell as a semicolon spreadsheet sees it").doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @Test
    void each_field_is_quoted_when_a_spreadsheet_could_split_it() {
        assertThat(AuditCsv.field("plain")).isEqualTo("plain");
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(AuditCsv.field("a\tb")).isEqualTo("\"a\tb\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
        assertThat(AuditCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.field("x;=1+1")).isEqualTo("\"x;'=1+1\"");
    }

    /** A strict RFC 4180 reader with a chosen separator: quoted fields may hold anything, quotes doubled. */
    private static List<List<String>> parse(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
