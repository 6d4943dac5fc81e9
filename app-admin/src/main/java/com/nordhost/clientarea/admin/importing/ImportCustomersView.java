package com.nordhost.clientarea.admin.importing;

import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.importing.CustomerCsv;
import com.nordhost.clientarea.domain.importing.CustomerImport;
import com.nordhost.clientarea.domain.importing.ImportActor;
import com.nordhost.clientarea.domain.importing.ImportFileException;
import com.nordhost.clientarea.domain.importing.ImportPreview;
import com.nordhost.clientarea.domain.importing.ImportSummary;
import com.nordhost.clientarea.domain.importing.RowProblem;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Import customers (ADMIN only; decision 0033): upload a CSV file (at most {@link #MAX_FILE_BYTES}; larger files go
 * through {@code bin/import-customers}), see the first rows and every problem with its line before anything is
 * written, then Import; a summary after. The same rules and words as {@code bin/import-customers}.
 */
@Route(value = "customers/import", layout = BackOfficeLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ImportCustomersView extends VerticalLayout implements HasDynamicTitle {

    /** 5 MiB: some 30,000 customers. The back-office's request limit allows this much on its upload only. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int PREVIEW_ROWS = 20;
    /** Enough for any file under the size limit. */
    private static final int MAX_ROWS = 200_000;

    private final CustomerImport customerImport;
    private final ImportMessages messages = new ImportMessages(this::getTranslation);
    private final Paragraph fileProblem = new Paragraph();
    private final Paragraph previewSummary = new Paragraph();
    private final Grid<ImportPreview.Row> preview = new Grid<>();
    private final H3 problemsTitle = new H3();
    private final UnorderedList problems = new UnorderedList();
    private final Button run = new Button();
    private final Paragraph result = new Paragraph();
    private byte[] file;

    @Inject
    public ImportCustomersView(CustomerImport customerImport) {
        this.customerImport = Objects.requireNonNull(customerImport, "The import is required.");
        setId("import-customers-view");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(data)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> showFileProblem(getTranslation("import.tooLarge",
                MAX_FILE_BYTES / (1024 * 1024))));
        fileProblem.setId("import-file-problem");
        fileProblem.getElement().setAttribute("role", "alert");
        previewSummary.setId("import-preview-summary");
        preview.setId("import-preview");
        preview.addColumn(ImportPreview.Row::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true);
        preview.addColumn(r -> r.row() == null ? "" : r.row().email()).setHeader(getTranslation("details.email"));
        preview.addColumn(r -> r.row() == null ? "" : r.row().fullName()).setHeader(getTranslation("details.fullName"));
        preview.addColumn(r -> r.row() == null ? "" : r.row().customerNumber())
                .setHeader(getTranslation("import.field.customerNumber"));
        preview.addColumn(r -> r.row() == null ? "" : r.row().language())
                .setHeader(getTranslation("import.field.language"));
        preview.addColumn(r -> r.row() == null ? "" : CustomerImport.passwordFormat(r.row()))
                .setHeader(getTranslation("import.column.password"));
        preview.addColumn(r -> getTranslation("import.fate." + r.fate().name()))
                .setHeader(getTranslation("import.column.fate"));
        preview.setAllRowsVisible(true);
        problemsTitle.setText(getTranslation("import.problemsTitle"));
        problems.setId("import-problems");
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runImport());
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), upload,
                fileProblem, previewSummary, preview, problemsTitle, problems, run, result);
        clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.backOffice");
    }

    private void clear() {
        file = null;
        fileProblem.setVisible(false);
        previewSummary.setVisible(false);
        preview.setVisible(false);
        problemsTitle.setVisible(false);
        problems.removeAll();
        problems.setVisible(false);
        run.setVisible(false);
        result.setVisible(false);
    }

    private void showFileProblem(String text) {
        clear();
        fileProblem.setText(text);
        fileProblem.setVisible(true);
    }

    /** A new file: checked whole, nothing written. */
    void received(byte[] data) {
        clear();
        if (data.length > MAX_FILE_BYTES) {
            showFileProblem(getTranslation("import.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
            return;
        }
        ImportPreview checked;
        try (CustomerCsv csv = CustomerCsv.open(reader(data))) {
            checked = customerImport.preview(csv, MAX_ROWS);
        } catch (ImportFileException e) {
            showFileProblem(messages.file(e));
            return;
        } catch (IOException | UncheckedIOException e) {
            showFileProblem(getTranslation("import.notUtf8"));
            return;
        }
        file = data;
        previewSummary.setText(getTranslation("import.previewSummary", checked.rows().size(), checked.toImport(),
                checked.count(ImportPreview.Fate.INVITE), checked.count(ImportPreview.Fate.UNCHANGED),
                checked.problems().size()));
        previewSummary.setVisible(true);
        preview.setItems(checked.rows().subList(0, Math.min(PREVIEW_ROWS, checked.rows().size())));
        preview.setVisible(true);
        showProblems(checked.problems());
        run.setText(getTranslation("import.run", checked.toImport()));
        run.setEnabled(checked.toImport() > 0);
        run.setVisible(true);
    }

    private void showProblems(List<RowProblem> found) {
        problems.removeAll();
        for (RowProblem p : found) {
            problems.add(new ListItem(messages.lineAndProblem(p)));
        }
        problemsTitle.setText(getTranslation(found.isEmpty() ? "import.noProblems" : "import.problemsTitle",
                found.size()));
        problemsTitle.setVisible(true);
        problems.setVisible(!found.isEmpty());
    }

    private void runImport() {
        if (file == null) {
            return;
        }
        AccountId admin = SignIn.current().map(u -> u.id()).orElse(null);
        ImportSummary summary;
        try (CustomerCsv csv = CustomerCsv.open(reader(file))) {
            summary = admin == null ? null : customerImport.importAll(ImportActor.admin(admin), csv,
                    RequestOrigins.current(), null);
        } catch (ImportFileException | IOException e) {
            showFileProblem(getTranslation("import.notUtf8"));
            return;
        }
        if (summary == null) {
            showFileProblem(getTranslation("action.notAllowed"));
            return;
        }
        file = null;
        run.setVisible(false);
        preview.setVisible(false);
        previewSummary.setVisible(false);
        showProblems(summary.problems());
        result.setText(messages.summary(summary));
        result.setVisible(true);
    }

    /** Strict UTF-8 (a byte-order mark is skipped by the reader): a Latin-1 export is refused, not mangled. */
    private static Reader reader(byte[] data) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        return new java.io.StringReader(text);
    }
}
