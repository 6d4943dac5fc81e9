package com.nordhost.clientarea.persistence.jpa;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the Flyway migrations when the application starts, before anything uses the database.
 * Both WARs run it against one database, one after the other: the second finds nothing to do.
 */
@ApplicationScoped
public class DatabaseMigrator {

    /** Observers of application start-up with a lower priority run first; this one runs early. */
    public static final int STARTUP_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/clientarea")
    private DataSource dataSource;

    private boolean migrated;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        migrate();
    }

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
