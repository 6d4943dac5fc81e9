package com.nordhost.clientarea.admin.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.importing.ImportPreview;
import com.nordhost.clientarea.web.errors.AccessDeniedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Import customers in the back-office (decision 0033): preview first, nothing written, then Import; ADMIN only. */
class ImportCustomersViewTest extends KaribuTest {

    private static final String BCRYPT = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a";

    private static void upload(String csv) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "customers.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
    }

    private static List<String> problems() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    private Optional<Account> customer(String email) {
        return db.inTransaction(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(email)));
    }

    @Test
    void an_admin_sees_the_rows_and_every_problem_with_its_line_before_anything_is_written_then_imports() {
        Agent admin = newAgent(Role.ADMIN);
        logIn(admin);
        navigate("customers/import");
        int n = next();
        String bo = "bo" + n + "@example.com";
        String cia = "cia" + n + "@example.com";
        String csv = "email,full_name,city,language,password_hash\n"
                + bo + ",Bo Ek,Lund,sv," + BCRYPT + "\n"
                + cia + ",Cia Ek,Umeå,,\n"
                + "not an address,No Address,,,\n"
                + cia.toUpperCase() + ",Cia Again,,,\n"
                + "md5" + n + "@example.com,Md Five,,,5f4dcc3b5aa765d61d8327deb882cf99\n";

        upload(csv);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-preview-summary")).getText()).startsWith(
                "5 rows: 2 to import (1 of them get an invitation), 0 already imported and unchanged, 3 with problems.");
        @SuppressWarnings("unchecked")
        Grid<ImportPreview.Row> grid = _get(Grid.class, spec -> spec.withId("import-preview"));
        List<ImportPreview.Row> shown = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 100);
        assertThat(shown).extracting(ImportPreview.Row::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .contains(bo, "Bo Ek", "BCRYPT", "New customer, signs in with the old password")
                .noneMatch(cell -> cell.contains("vGA1O9"));
        assertThat(problems()).containsExactly(
                "Line 4: E-mail address: That is not a valid e-mail address.",
                "Line 5: The same e-mail address as line 3.",
                "Line 6: The password hash is of no format the product accepts (bcrypt $2y$, $2a$, $2b$; Argon2id;"
                        + " PBKDF2 of passlib or Django) or too costly to check at sign-in. Leave it empty to invite"
                        + " the customer instead.");
        assertThat(customer(bo)).as("nothing written before Import").isEmpty();
        assertThat(customer(cia)).isEmpty();

        Button run = _get(Button.class, spec -> spec.withId("import-run"));
        assertThat(run.getText()).isEqualTo("Import 2 customers");
        _click(run);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-result")).getText()).isEqualTo(
                "5 rows: 2 imported (1 invited), 0 already imported and unchanged, 3 not imported.");
        assertThat(customer(bo)).get().satisfies(a -> assertThat(a.passwordHash()).isEqualTo(BCRYPT));
        assertThat(customer(cia)).get().satisfies(a -> assertThat(a.hasPassword()).isFalse());
        List<AuditEvent> trail = db.inTransaction(() -> db.auditLog().findBySubject(customer(bo).orElseThrow().id(),
                5));
        assertThat(trail).filteredOn(e -> e.type() == AuditEventType.CUSTOMER_IMPORTED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(admin.account().email().value()));

        // The same file again: nothing new, and the preview says so.
        upload(csv);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-preview-summary")).getText()).startsWith(
                "5 rows: 0 to import (0 of them get an invitation), 2 already imported and unchanged, 3 with problems.");
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isFalse();
    }

    @Test
    void a_file_with_an_unknown_column_is_refused_whole() {
        logIn(newAgent(Role.ADMIN));
        navigate("customers/import");
        upload("email,full_name,phon\na@example.com,A A,123\n");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-file-problem")).getText()).isEqualTo(
                "Unknown column \"phon\". The columns are: full_name, email, phone, street, postal_code, city,"
                        + " country, customer_number, language, password_hash.");
        assertThat(_find(Button.class, spec -> spec.withId("import-run"))).as("no Import button").isEmpty();
    }

    @Test
    void a_support_agent_can_neither_open_the_view_nor_see_it_in_the_menu() {
        logIn(newAgent(Role.SUPPORT));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Import customers");
        navigate("customers/import");
        _assertOne(AccessDeniedView.class);
        assertThat(_find(ImportCustomersView.class)).isEmpty();
    }
}
