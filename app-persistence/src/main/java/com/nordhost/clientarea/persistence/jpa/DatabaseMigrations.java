package com.nordhost.clientarea.persistence.jpa;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the Flyway migrations in {@code classpath:db/migration} (the same files for H2 and
 * PostgreSQL). Used by {@link DatabaseMigrator} in the server and by the test fixture.
 */
public final class DatabaseMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigrations() {
    }

    /**
     * Brings the schema up to date. Harmless when it already is: Flyway takes a lock, reads its
     * history table and applies nothing, so two applications may run it against one database.
     *
     * @return the number of migrations applied now
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "A data source is required.");
        return configure(dataSource).load().migrate().migrationsExecuted;
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true);
    }
}
