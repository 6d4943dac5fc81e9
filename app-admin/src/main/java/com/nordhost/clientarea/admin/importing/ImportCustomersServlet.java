package com.nordhost.clientarea.admin.importing;

import com.nordhost.clientarea.admin.operations.OperatorToken;
import com.nordhost.clientarea.domain.importing.CustomerCsv;
import com.nordhost.clientarea.domain.importing.CustomerImport;
import com.nordhost.clientarea.domain.importing.ImportActor;
import com.nordhost.clientarea.domain.importing.ImportFileException;
import com.nordhost.clientarea.domain.importing.ImportSummary;
import com.nordhost.clientarea.domain.importing.RowOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * {@code POST /import-customers} on the back-office's loopback listener: what {@code bin/import-customers} calls
 * (decision 0033). The server reads the file itself, by the path the command sends (so no upload limit applies and
 * the command works on the embedded H2 the server holds open, and on PostgreSQL alike), and answers with progress
 * as plain text while it imports: each refused row with its line, a line every {@link #PROGRESS_EVERY} rows, the
 * summary, and last {@code RESULT: OK} or {@code RESULT: FAILED}.
 *
 * <p>Who may: whoever holds the operator token ({@link OperatorToken}: {@code operator.token} in the data folder,
 * owner-only, written anew at each start; only its SHA-256 is kept). The audit trail names
 * the actor "import tool". Registered by the back-office's web.xml only.
 */
public class ImportCustomersServlet extends HttpServlet {

    static final int PROGRESS_EVERY = 1000;
    private static final Logger LOG = Logger.getLogger(ImportCustomersServlet.class.getName());

    @Inject
    private transient CustomerImport customerImport;

    @Override
    public void init() {
        OperatorToken.ofThisStart();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        if (!OperatorToken.ofThisStart().presentedIn(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().println("Not allowed: the token of " + OperatorToken.FILE + " in the data folder is needed."
                    + "\nRESULT: FAILED");
            return;
        }
        ImportMessages messages = new ImportMessages(ImportCustomersServlet::english);
        String name = request.getParameter("file");
        Path file = name == null ? null : Path.of(name);
        if (file == null || !file.isAbsolute() || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().println("The server cannot read the file " + name
                    + " (it reads it itself: give an absolute path, readable by the server's user).\nRESULT: FAILED");
            return;
        }
        PrintWriter out = response.getWriter();
        // Strict UTF-8: a Latin-1 export would otherwise import mangled names without a word.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
             CustomerCsv csv = CustomerCsv.open(reader)) {
            out.println("Importing " + file + " (progress every " + PROGRESS_EVERY + " rows)");
            out.flush();
            Progress progress = new Progress(out, messages);
            ImportSummary summary = customerImport.importAll(ImportActor.IMPORT_TOOL, csv,
                    new RequestOrigin(request.getRemoteAddr(), "bin/import-customers"), progress);
            out.println(messages.summary(summary) + String.format(Locale.ROOT, " (%.1f s, %.0f rows/s)",
                    progress.seconds(), summary.rows() / Math.max(progress.seconds(), 0.001)));
            out.println(summary.allIn() ? "RESULT: OK" : "RESULT: FAILED");
        } catch (ImportFileException e) {
            out.println(messages.file(e));
            out.println("RESULT: FAILED");
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            out.println("The file is not UTF-8 text: save it as CSV UTF-8 and run again. Rows before the bad byte"
                    + " are in; a re-run leaves them unchanged.");
            out.println("RESULT: FAILED");
        }
        out.flush();
    }

    /** The back-office's English texts, as the server's log and the operator's console read them. */
    static String english(String key, Object[] args) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** Prints each refused row at once and a count every {@link #PROGRESS_EVERY} rows. */
    private static final class Progress implements CustomerImport.Progress {
        private final PrintWriter out;
        private final ImportMessages messages;
        private final long started = System.nanoTime();
        private long rows;
        private long imported;
        private long unchanged;
        private long refused;

        Progress(PrintWriter out, ImportMessages messages) {
            this.out = out;
            this.messages = messages;
        }

        double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        @Override
        public void accept(RowOutcome outcome) {
            rows++;
            if (outcome instanceof RowOutcome.Imported) {
                imported++;
            } else if (outcome instanceof RowOutcome.Unchanged) {
                unchanged++;
            } else if (outcome instanceof RowOutcome.Refused r) {
                refused++;
                out.println(messages.lineAndProblem(r.problem()));
            }
            if (rows % PROGRESS_EVERY == 0) {
                out.println(String.format(Locale.ROOT, "... %d rows: %d imported, %d unchanged, %d refused"
                        + " (%.0f rows/s)", rows, imported, unchanged, refused, rows / seconds()));
                out.flush();
            }
        }
    }
}
