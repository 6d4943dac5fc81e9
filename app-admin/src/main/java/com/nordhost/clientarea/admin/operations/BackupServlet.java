package com.nordhost.clientarea.admin.operations;

import com.nordhost.clientarea.domain.operations.DatabaseBackup;
import com.nordhost.clientarea.domain.operations.DatabaseBackup.BackupOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * {@code POST /backup?folder=/absolute/path}: bin/backup's way in. The embedded database is copied while it runs,
 * with the key file, into the folder; the answer is plain text ending in {@code RESULT: OK} or
 * {@code RESULT: FAILED}. Only with the operator token (see {@link OperatorToken}); registered by the
 * back-office's web.xml only, so never on the customer's listener.
 */
public class BackupServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(BackupServlet.class.getName());

    @Inject
    private transient DatabaseBackup backup;

    @Override
    public void init() {
        OperatorToken.ofThisStart();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        if (!OperatorToken.ofThisStart().presentedIn(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            out.println("Not allowed: the token of " + OperatorToken.FILE + " in the data folder is needed.");
            out.println("RESULT: FAILED");
            return;
        }
        String name = request.getParameter("folder");
        if (name == null || !Path.of(name).isAbsolute()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            out.println("Give the folder to write into as an absolute path.");
            out.println("RESULT: FAILED");
            return;
        }
        BackupOutcome outcome;
        try {
            outcome = backup.backUpInto(Path.of(name));
        } catch (RuntimeException e) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            out.println("The backup failed: " + e.getMessage());
            out.println("RESULT: FAILED");
            return;
        }
        if (outcome instanceof BackupOutcome.Written written) {
            LOG.info("Backup written: " + written.database() + " (" + written.databaseBytes() + " bytes) and "
                    + written.keyFile());
            out.println("Database: " + written.database() + " (" + written.databaseBytes() + " bytes)");
            out.println("Key file: " + written.keyFile());
            out.println("RESULT: OK");
        } else {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            out.println("This server uses PostgreSQL: back it up with PostgreSQL's own tools (pg_dump, or your"
                    + " provider's snapshots), and the key file with it (docs/operations.md).");
            out.println("RESULT: FAILED");
        }
    }
}
