package com.nordhost.clientarea.domain.importing;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's rules over in-memory ports (decision 0033); the database's all-or-nothing in app-persistence. */
class CustomerImportTest {

    /** PHP manual's password_verify example. */
    private static final String BCRYPT = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a";
    private static final String HEADER = "email,full_name,phone,city,customer_number,language,password_hash\n";

    private final DomainFixture f = new DomainFixture();
    private final Account admin = f.services.accountRegistration().register(Role.ADMIN,
            EmailAddress.of("ada@nordhost.se"), "Ada Admin", "Ada's long password");

    private ImportSummary run(String csv, List<RowOutcome> seen) throws Exception {
        try (CustomerCsv file = CustomerCsv.open(new StringReader(csv))) {
            return f.services.customerImport().importAll(ImportActor.admin(admin.id()), file, ORIGIN,
                    seen == null ? null : seen::add);
        }
    }

    private Account account(String email) {
        return f.accounts.findByEmail(Realm.CUSTOMER, EmailAddress.of(email)).orElseThrow();
    }

    @Test
    void a_row_with_a_hash_signs_in_at_once_and_a_row_without_is_invited_in_its_language() throws Exception {
        ImportSummary summary = run(HEADER
                + "bo@example.com,Bo Ek,+46 70 111 22 33,Lund,WH-1001,sv," + BCRYPT + "\n"
                + "cia@example.com,Cia Ek,,Umeå,,sv,\n", null);

        assertThat(summary).isEqualTo(new ImportSummary(2, 2, 1, 0, List.of(), 0));
        Account bo = account("bo@example.com");
        assertThat(f.accounts.findCustomerDetails(bo.id()).orElseThrow().customerNumber()).isEqualTo("WH-1001");
        assertThat(f.accounts.findLanguage(bo.id())).contains(Language.SWEDISH);
        assertThat(f.outbox.all()).singleElement().satisfies(m -> {
            assertThat(m.recipient().value()).isEqualTo("cia@example.com");
            assertThat(m.subject()).startsWith("Välkommen");
        });
        assertThat(f.accounts.findCustomerDetails(account("cia@example.com").id()).orElseThrow().customerNumber())
                .isEqualTo("C2000001");
        AuditEvent imported = f.audit.ofType(AuditEventType.CUSTOMER_IMPORTED).get(0);
        assertThat(imported.actor()).isEqualTo("ada@nordhost.se");
        assertThat(imported.details()).containsEntry("password", "BCRYPT").containsEntry("line", "2")
                .containsEntry("customerNumber", "WH-1001");
        assertThat(f.audit.everythingWritten()).doesNotContain(".vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a");

        LoginOutcome first = f.services.passwordLogin().logIn(Realm.CUSTOMER, "bo@example.com", "rasmuslerdorf",
                ORIGIN, BrowserTokens.NONE);
        assertThat(first).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(account("bo@example.com").passwordHash()).startsWith("$argon2id$");
        assertThat(f.audit.ofType(AuditEventType.IMPORTED_PASSWORD_REPLACED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("format", "BCRYPT"));
        assertThat(f.services.passwordLogin().logIn(Realm.CUSTOMER, "bo@example.com", "rasmuslerdorf", ORIGIN,
                BrowserTokens.NONE)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void a_wrong_password_against_an_imported_hash_is_refused_counted_and_keeps_the_hash() throws Exception {
        run(HEADER + "bo@example.com,Bo Ek,,,,," + BCRYPT + "\n", null);
        LoginOutcome wrong = f.services.passwordLogin().logIn(Realm.CUSTOMER, "bo@example.com", "rasmuslerdorF",
                ORIGIN, BrowserTokens.NONE);
        assertThat(wrong).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(account("bo@example.com").passwordHash()).isEqualTo(BCRYPT);
        assertThat(f.audit.ofType(AuditEventType.LOGIN_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "wrong password")
                        .containsEntry("passwordFailures", "1"));
    }

    @Test
    void a_rerun_changes_nothing_and_says_so_and_a_changed_customer_is_a_conflict_not_an_overwrite() throws Exception {
        String csv = HEADER + "bo@example.com,Bo Ek,,Lund,WH-1,sv," + BCRYPT + "\n"
                + "cia@example.com,Cia Ek,,Umeå,,,\n";
        run(csv, null);
        int mails = f.outbox.all().size();
        int events = f.audit.all().size();

        List<RowOutcome> seen = new ArrayList<>();
        ImportSummary again = run(csv, seen);
        assertThat(again).isEqualTo(new ImportSummary(2, 0, 0, 2, List.of(), 0));
        assertThat(seen).allMatch(o -> o instanceof RowOutcome.Unchanged);
        assertThat(f.outbox.all()).hasSize(mails);
        assertThat(f.audit.all()).hasSize(events);

        ImportSummary changed = run(HEADER + "BO@example.com,Bo Ek,,Malmö,WH-1,en,\n", null);
        assertThat(changed.problems()).containsExactly(
                new RowProblem(2, RowProblem.Reason.CONFLICT, "city, language"));
        assertThat(f.accounts.findCustomerDetails(account("bo@example.com").id()).orElseThrow().city())
                .isEqualTo("Lund");
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_reason_and_nothing_of_it_is_written() throws Exception {
        long before = f.accounts.count();
        ImportSummary summary = run(HEADER
                + "ok@example.com,Ok Row,,,,,\n"                                   // 2
                + "md5@example.com,Md5 Hash,,,,,5f4dcc3b5aa765d61d8327deb882cf99\n" // 3
                + "OK@example.com,Same Address,,,,,\n"                             // 4
                + "anna+hosting@example.com,Anna Again,,,,,\n"                     // 5: Anna exists, other name
                + "bell@example.com,Bell \u0007 Ringer,,,,,\n"                     // 6
                + "not an address,No Address,,,,,\n"                               // 7
                + "too@example.com,Too Few\n"                                      // 8
                + "lang@example.com,Lang Uage,,,,fi,\n"                            // 9
                + "num@example.com,Num Ber,,,C2000005,,\n"                          // 10
                + "cyr@exаmple.com,Cyrillic A,,,,,\n"                              // 11: Cyrillic а in the domain
                + "phone@example.com,Bad Phone,call me,,,,\n", null);              // 12

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, RowProblem.Reason.UNKNOWN_HASH_FORMAT),
                org.assertj.core.groups.Tuple.tuple(4L, RowProblem.Reason.DUPLICATE_ADDRESS_IN_FILE),
                org.assertj.core.groups.Tuple.tuple(5L, RowProblem.Reason.CONFLICT),
                org.assertj.core.groups.Tuple.tuple(6L, RowProblem.Reason.INVALID_FIELD),
                org.assertj.core.groups.Tuple.tuple(7L, RowProblem.Reason.INVALID_FIELD),
                org.assertj.core.groups.Tuple.tuple(8L, RowProblem.Reason.COLUMN_COUNT),
                org.assertj.core.groups.Tuple.tuple(9L, RowProblem.Reason.UNKNOWN_LANGUAGE),
                org.assertj.core.groups.Tuple.tuple(10L, RowProblem.Reason.CUSTOMER_NUMBER_RESERVED),
                org.assertj.core.groups.Tuple.tuple(11L, RowProblem.Reason.INVALID_FIELD),
                org.assertj.core.groups.Tuple.tuple(12L, RowProblem.Reason.INVALID_FIELD));
        assertThat(summary.problems().get(1).details()).containsExactly("2");
        assertThat(summary.problems().get(3).details()).containsExactly("fullName", "CONTROL_CHARACTERS");
        assertThat(summary.problems().get(4).details()).containsExactly("email", "FORMAT");
        assertThat(summary.problems().get(8).details()).containsExactly("email", "FORMAT");
        assertThat(f.accounts.count()).isEqualTo(before + 1);
        assertThat(summary.allIn()).isFalse();
    }

    @Test
    void a_customer_number_another_customer_has_is_refused() throws Exception {
        run(HEADER + "a@example.com,A A,,,WH-7,,\n", null);
        ImportSummary summary = run(HEADER + "b@example.com,B B,,,WH-7,,\n", null);
        assertThat(summary.problems()).containsExactly(
                new RowProblem(2, RowProblem.Reason.CUSTOMER_NUMBER_TAKEN, "WH-7"));
    }

    @Test
    void only_an_active_admin_or_the_import_tool_imports() throws Exception {
        String csv = HEADER + "a@example.com,A A,,,,,\n";
        try (CustomerCsv file = CustomerCsv.open(new StringReader(csv))) {
            ImportSummary bySupport = f.services.customerImport().importAll(ImportActor.admin(f.agent.id()), file,
                    ORIGIN, null);
            assertThat(bySupport.problems()).extracting(RowProblem::reason)
                    .containsExactly(RowProblem.Reason.NOT_ALLOWED);
        }
        try (CustomerCsv file = CustomerCsv.open(new StringReader(csv))) {
            ImportSummary byTool = f.services.customerImport().importAll(ImportActor.IMPORT_TOOL, file, ORIGIN, null);
            assertThat(byTool.imported()).isEqualTo(1);
        }
        assertThat(f.audit.ofType(AuditEventType.CUSTOMER_IMPORTED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("import tool"));
    }

    @Test
    void the_preview_writes_nothing() throws Exception {
        run(HEADER + "bo@example.com,Bo Ek,,,,,\n", null);
        long accounts = f.accounts.count();
        int events = f.audit.all().size();
        CustomerImport importer = f.services.customerImport();
        assertThat(importer.wouldDo(new ImportRow(2, "Bo Ek", "bo@example.com", "", "", "", "", "", "", "", "")))
                .get().isInstanceOf(RowOutcome.Unchanged.class);
        assertThat(importer.wouldDo(new ImportRow(3, "New One", "new@example.com", "", "", "", "", "", "", "", "")))
                .isEmpty();
        assertThat(f.accounts.count()).isEqualTo(accounts);
        assertThat(f.audit.all()).hasSize(events);
    }

    @Test
    void the_preview_finds_the_same_problems_as_the_import_and_counts_what_it_would_write() throws Exception {
        run(HEADER + "bo@example.com,Bo Ek,,,,,\n", null);
        String csv = HEADER
                + "bo@example.com,Bo Ek,,,,,\n"                                     // 2: in already
                + "new@example.com,New One,,,,sv," + BCRYPT + "\n"                  // 3: import
                + "inv@example.com,Inv Ited,,,,,\n"                                 // 4: invite
                + "NEW@example.com,New Again,,,,,\n"                                // 5: duplicate
                + "anna+hosting@example.com,Anna Other,,,,,\n"                      // 6: conflict
                + "x@example.com,X\n";                                              // 7: columns
        ImportPreview preview;
        try (CustomerCsv file = CustomerCsv.open(new StringReader(csv))) {
            preview = f.services.customerImport().preview(file, 1000);
        }
        assertThat(preview.rows()).extracting(ImportPreview.Row::fate).containsExactly(
                ImportPreview.Fate.UNCHANGED, ImportPreview.Fate.IMPORT, ImportPreview.Fate.INVITE,
                ImportPreview.Fate.REFUSED, ImportPreview.Fate.REFUSED, ImportPreview.Fate.REFUSED);
        assertThat(preview.toImport()).isEqualTo(2);
        assertThat(f.accounts.findByEmail(Realm.CUSTOMER, EmailAddress.of("new@example.com"))).isEmpty();

        ImportSummary imported = run(csv, null);
        assertThat(imported.problems()).isEqualTo(preview.problems());
        assertThat(imported.imported()).isEqualTo(preview.toImport());
        assertThat(imported.invited()).isEqualTo(preview.count(ImportPreview.Fate.INVITE));
        assertThat(imported.unchanged()).isEqualTo(preview.count(ImportPreview.Fate.UNCHANGED));
    }
}
