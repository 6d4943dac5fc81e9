package com.nordhost.clientarea.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one migration at a time run against an H2 database.
 *
 * <p>Flyway's own lock on H2 is {@code SELECT * FROM flyway_schema_history FOR UPDATE}. H2 locks
 * rows, not tables, so on a fresh database, while that history table is still empty, the lock
 * holds nothing: both WARs starting at once on a new data folder each ran V1, and the second
 * failed with "table already exists". (PostgreSQL needs none of this: Flyway takes an advisory
 * lock there.)
 *
 * <p>This lock is one row in a table of its own schema, which Flyway never inspects (a foreign
 * table in the schema it manages would make Flyway refuse an empty database as "non-empty").
 * The row is locked for the whole migration and released by rolling the holding transaction back.
 */
final class H2MigrationLock {

    private static final Logger LOG = Logger.getLogger(H2MigrationLock.class.getName());

    private static final String SCHEMA = "CLIENTAREA_MIGRATION";
    private static final String TABLE = SCHEMA + ".LOCK_ROW";
    private static final int CREATE_ATTEMPTS = 5;
    private static final String LOCK_TIMEOUT = "HYT00";
    /** The longest any caller waits for another's migration before giving up. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private H2MigrationLock() {
    }

    static <T> T whileHolding(DataSource dataSource, Supplier<T> migration) {
        try (Connection connection = dataSource.getConnection()) {
            createLockRow(connection);
            connection.setAutoCommit(false);
            try {
                lock(connection);
                return migration.get();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the migration lock on the database: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the schema, table and row unless they exist. Two applications doing this at the same
     * moment may collide in H2 ("object already exists" from CREATE ... IF NOT EXISTS, or a duplicate
     * key): the loser tries again and then finds everything in place.
     */
    private static void createLockRow(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        for (int attempt = 1; ; attempt++) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT PRIMARY KEY)");
                s.execute("INSERT INTO " + TABLE + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + ")");
                return;
            } catch (SQLException collided) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw collided;
                }
            }
        }
    }

    // The database's LOCK_TIMEOUT bounds one wait; a migration may take longer than that, so try again.
    private static void lock(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            try (Statement s = connection.createStatement()) {
                s.executeQuery("SELECT id FROM " + TABLE + " WHERE id = 1 FOR UPDATE").close();
                return;
            } catch (SQLException e) {
                if (!isLockTimeout(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.info("Waiting for another application to finish migrating the database.");
                connection.rollback();
            }
        }
    }

    private static boolean isLockTimeout(SQLException e) {
        // H2 reports a lock wait that timed out as error 50200 with SQL state HYT00
        return LOCK_TIMEOUT.equals(e.getSQLState()) || e.getErrorCode() == 50200;
    }
}
