package com.nordhost.clientarea.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Runs the Flyway migrations when the application starts ({@link com.nordhost.clientarea.persistence.config.ApplicationStartup}), before anything
 * uses the database.
 * Both WARs run it against one database: one migrates while the other waits, then finds nothing to do
 * ({@link DatabaseMigrations#migrate}).
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** The name both WARs bind in their web.xml; persistence.xml names it too. */
    public static final String DATA_SOURCE = "java:app/jdbc/clientarea";

    private boolean migrated;

    /** Migrates once per application; later calls return at once. */
    public synchronized void migrate() {
        if (migrated) {
            return;
        }
        int applied = DatabaseMigrations.migrate(lookUpDataSource());
        LOG.info(() -> applied == 0 ? "Database schema is up to date."
                : "Database schema migrated: " + applied + " migration(s) applied.");
        migrated = true;
    }

    // Looked up, not injected: Payara does not resolve @Resource fields of beans in WEB-INF/lib
    // against a data source the WAR's web.xml declares.
    private static DataSource lookUpDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source bound at " + DATA_SOURCE, e);
        }
    }
}
