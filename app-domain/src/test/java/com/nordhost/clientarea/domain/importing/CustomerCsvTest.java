package com.nordhost.clientarea.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCsvTest {

    private static List<CustomerCsv.Line> read(String text) throws Exception {
        try (CustomerCsv csv = CustomerCsv.open(new StringReader(text))) {
            List<CustomerCsv.Line> lines = new ArrayList<>();
            csv.forEach(lines::add);
            return lines;
        }
    }

    @Test
    void reads_columns_by_header_name_in_any_order_and_case() throws Exception {
        List<CustomerCsv.Line> lines = read("""
                Email,Full Name,language,password_hash,customer-number
                anna@example.com,Anna Andersson,sv,$2y$10$abc,K-17
                """);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.problem()).isNull();
            assertThat(l.row().line()).isEqualTo(2);
            assertThat(l.row().email()).isEqualTo("anna@example.com");
            assertThat(l.row().fullName()).isEqualTo("Anna Andersson");
            assertThat(l.row().language()).isEqualTo("sv");
            assertThat(l.row().passwordHash()).isEqualTo("$2y$10$abc");
            assertThat(l.row().customerNumber()).isEqualTo("K-17");
            assertThat(l.row().phone()).isEmpty();
        });
    }

    @Test
    void line_numbers_count_empty_lines_and_line_breaks_inside_quoted_values() throws Exception {
        List<CustomerCsv.Line> lines = read("\uFEFFemail,full_name,street\r\n"
                + "a@example.com,A,Gatan 1\r\n"
                + "\r\n"
                + "b@example.com,B,\"Gatan\r\n2\"\r\n"
                + "c@example.com,C,Gatan 3\r\n"
                + "d@example.com,D,Gatan 4");
        assertThat(lines).extracting(CustomerCsv.Line::number).containsExactly(2L, 4L, 6L, 7L);
        assertThat(lines.get(1).row().street()).isEqualTo("Gatan\r\n2");
    }

    @Test
    void a_row_with_another_number_of_columns_is_refused_with_its_line_and_the_next_rows_are_read() throws Exception {
        List<CustomerCsv.Line> lines = read("""
                email,full_name,city
                a@example.com,A
                b@example.com,B,Lund,extra
                c@example.com,C,Malmö
                """);
        assertThat(lines.get(0).problem()).isEqualTo(new RowProblem(2, RowProblem.Reason.COLUMN_COUNT, "3", "2"));
        assertThat(lines.get(1).problem()).isEqualTo(new RowProblem(3, RowProblem.Reason.COLUMN_COUNT, "3", "4"));
        assertThat(lines.get(2).row().city()).isEqualTo("Malmö");
    }

    @Test
    void semicolons_when_the_header_has_no_comma() throws Exception {
        List<CustomerCsv.Line> lines = read("email;full_name;city\na@example.com;Åsa Öberg;Umeå, Västerbotten\n");
        assertThat(lines.get(0).row().city()).isEqualTo("Umeå, Västerbotten");
    }

    @Test
    void an_unclosed_quote_ends_the_file_with_a_problem_on_its_line() throws Exception {
        List<CustomerCsv.Line> lines = read("email,full_name\na@example.com,A\nb@example.com,\"B\nc@example.com,C\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).problem().reason()).isEqualTo(RowProblem.Reason.MALFORMED_CSV);
        assertThat(lines.get(1).problem().line()).isEqualTo(3);
    }

    @Test
    void the_header_must_name_known_columns_once_and_the_required_ones() {
        assertThatThrownBy(() -> read("email,full_name,phon\n")).isInstanceOfSatisfying(ImportFileException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(ImportFileException.Problem.UNKNOWN_COLUMN);
                    assertThat(e.details().get(0)).isEqualTo("phon");
                });
        assertThatThrownBy(() -> read("email,full_name,Email\n")).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ImportFileException.Problem.DUPLICATE_COLUMN));
        assertThatThrownBy(() -> read("email,phone\n")).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.details()).containsExactly("full_name"));
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ImportFileException.Problem.EMPTY));
    }
}
