package com.nordhost.clientarea.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the Flyway migrations in {@code classpath:db/migration} (the same files for H2 and
 * PostgreSQL) and, on PostgreSQL only, those in {@code classpath:db/vendor/postgresql} (repeatable
 * {@code R__} files, e.g. the prefix-search indexes H2 has no syntax for). Used by
 * {@link DatabaseMigrator} in the server and by the test fixture.
 */
public final class DatabaseMigrations {

    public static final String LOCATION = "classpath:db/migration";
    public static final String POSTGRESQL_LOCATION = "classpath:db/vendor/postgresql";

    private DatabaseMigrations() {
    }

    /**
     * Brings the schema up to date. Harmless when it already is: it reads Flyway's history table
     * and applies nothing. Two applications may run it against one database at the same moment:
     * one migrates while the other waits, then finds nothing to do.
     *
     * @return the number of migrations applied now
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "A data source is required.");
        Supplier<Integer> migration = () -> configure(dataSource).load().migrate().migrationsExecuted;
        return databaseUrl(dataSource).startsWith("jdbc:h2:")
                ? H2MigrationLock.whileHolding(dataSource, migration)
                : migration.get();
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource).toArray(String[]::new))
                .failOnMissingLocations(true);
    }

    /** The shared location, plus the PostgreSQL one when the data source's JDBC URL is PostgreSQL's. */
    static List<String> locations(DataSource dataSource) {
        List<String> locations = new ArrayList<>(List.of(LOCATION));
        if (isPostgres(dataSource)) {
            locations.add(POSTGRESQL_LOCATION);
        }
        return locations;
    }

    private static boolean isPostgres(DataSource dataSource) {
        return databaseUrl(dataSource).startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL in lower case, as the driver reports it. */
    private static String databaseUrl(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url == null ? "" : url.toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database to migrate it: " + e.getMessage(), e);
        }
    }
}
