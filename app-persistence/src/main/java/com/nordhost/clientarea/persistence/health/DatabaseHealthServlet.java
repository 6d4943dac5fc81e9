package com.nordhost.clientarea.persistence.health;

import jakarta.annotation.Resource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.nordhost.clientarea.persistence.config.ClientAreaSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * {@code GET /health} and {@code /health/ready} (readiness): UP (200) when the database answers a query within two
 * seconds, DOWN (503) when it does not, so a load balancer or a monitor sees what customers would see.
 * {@code GET /health/live} (liveness): UP while the application answers at all, whatever the database does, so an
 * orchestrator restarts a node only when restarting helps (a database outage is not cured by a restart). No annotation: only the back-office
 * registers it (its web.xml), so the health of the server is told on the internal listener, never to the
 * public. The answer names nothing about the database but its state.
 *
 * <p>With the embedded database, DOWN also while the disk under the data folder is (nearly) full: H2 then
 * answers queries but fails every write, so logins would fail (docs/decisions/0028).
 */
public class DatabaseHealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthServlet.class.getName());
    private static final int TIMEOUT_SECONDS = 2;
    /** Less free space than this under the embedded database counts as a full disk. */
    static final long MIN_FREE_BYTES = 1024 * 1024;

    @Resource(lookup = "java:app/jdbc/clientarea")
    private transient DataSource dataSource;

    private volatile boolean wasDown;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/live".equals(request.getPathInfo())) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("{\"status\":\"UP\",\"checks\":[]}");
            return;
        }
        boolean up = embeddedDiskHasRoom() && databaseAnswers();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":[{\"name\":\"database\","
                + "\"status\":\"" + (up ? "UP" : "DOWN") + "\"}]}");
    }

    private boolean embeddedDiskHasRoom() {
        ClientAreaSettings settings = ClientAreaSettings.current();
        if (!settings.database().embedded()) {
            return true;
        }
        try {
            long free = Files.getFileStore(settings.dataDir()).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                if (!wasDown) {
                    wasDown = true;
                    LOG.warning("Health: the disk under the embedded database (" + settings.dataDir() + ") has "
                            + free + " bytes free; reporting DOWN until it has at least " + MIN_FREE_BYTES + ".");
                }
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return true; // the query decides
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT 1")) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet result = query.executeQuery()) {
                boolean answered = result.next();
                if (answered && wasDown) {
                    wasDown = false;
                    LOG.info("Health: the database answers again.");
                }
                return answered;
            }
        } catch (SQLException | RuntimeException e) {
            if (!wasDown) {
                wasDown = true;
                LOG.log(Level.WARNING, "Health: the database does not answer (" + e.getClass().getSimpleName()
                        + ": " + e.getMessage() + "); reporting DOWN until it does.");
            }
            return false;
        }
    }
}
