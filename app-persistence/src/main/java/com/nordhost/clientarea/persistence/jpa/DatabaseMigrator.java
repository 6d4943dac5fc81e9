package com.nordhost.clientarea.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the Flyway migrations when the application starts ({@link ApplicationStartup}), before
 * anything uses the database. Both WARs run it against one database, one after the other: the
 * second finds nothing to do.
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/clientarea")
    private DataSource dataSource;

    private boolean migrated;

    /** Migrates once per application; later calls return at once. */
    public synchronized void migrate() {
        if (migrated) {
            return;
        }
        int applied = DatabaseMigrations.migrate(dataSource);
        LOG.info(() -> applied == 0 ? "Database schema is up to date."
                : "Database schema migrated: " + applied + " migration(s) applied.");
        migrated = true;
    }
}
