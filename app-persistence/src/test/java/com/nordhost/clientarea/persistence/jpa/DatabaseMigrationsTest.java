package com.nordhost.clientarea.persistence.jpa;

import com.nordhost.clientarea.persistence.config.ConfiguredDataSource;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationsTest {

    private static final List<String> TABLES = List.of("account", "customer_details", "two_factor_credential",
            "audit_event", "outbound_mail");

    /** Every migration file once: counted, so each branch that adds a migration need not touch this test. */
    private static final int MIGRATIONS = countMigrations();

    @TempDir
    Path dir;

    private static int countMigrations() {
        try (var files = Files.list(Path.of(DatabaseMigrationsTest.class.getResource("/db/migration").toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list the migrations", e);
        }
    }

    private DataSource freshH2() {
        return new ConfiguredDataSource(ConfiguredDataSource.defaultUrl(dir.toString()), "sa", "");
    }

    @Test
    void the_migrations_build_the_schema_on_an_empty_h2_database() throws Exception {
        DataSource ds = freshH2();
        assertThat(DatabaseMigrations.migrate(ds)).isEqualTo(MIGRATIONS);
        assertThat(tables(ds)).containsAll(TABLES);
        assertThat(Files.exists(dir.resolve("clientarea.mv.db"))).as("the default file name").isTrue();
    }

    @Test
    void running_them_again_as_the_second_application_does_nothing() throws Exception {
        DataSource ds = freshH2();
        DatabaseMigrations.migrate(ds);
        insertAccount(ds, "keep@example.com");

        assertThat(DatabaseMigrations.migrate(ds)).isZero();
        assertThat(count(ds, "account")).isEqualTo(1);
    }

    /**
     * Both WARs start on one new data folder. Several fresh databases, each migrated by two
     * applications released at the same instant, because one round alone rarely hits the race.
     */
    @RepeatedTest(8)
    void two_applications_migrating_at_the_same_moment_apply_it_once(RepetitionInfo round) throws Exception {
        String url = ConfiguredDataSource.defaultUrl(dir.resolve("round-" + round.getCurrentRepetition()).toString());
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> application = () -> {
            DataSource own = new ConfiguredDataSource(url, "sa", "");
            start.await();
            return DatabaseMigrations.migrate(own);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(application);
            Future<Integer> b = pool.submit(application);
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(MIGRATIONS, 0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(tables(new ConfiguredDataSource(url, "sa", ""))).containsAll(TABLES);
    }

    @Test
    void the_schema_enforces_one_address_per_realm_and_valid_roles() throws Exception {
        DataSource ds = freshH2();
        DatabaseMigrations.migrate(ds);
        insertAccount(ds, "same@example.com");
        execute(ds, "INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                + " password_hash, created_at) VALUES ('SUPPORT', 'STAFF', 'same@example.com', 'same@example.com',"
                + " 'S', 's', 'h', CURRENT_TIMESTAMP)");

        assertThat(fails(ds, "INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                + " password_hash, created_at) VALUES ('CUSTOMER', 'CUSTOMER', 'same@example.com',"
                + " 'same@example.com', 'C', 'c', 'h', CURRENT_TIMESTAMP)")).as("same realm twice").isTrue();
        assertThat(fails(ds, "INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                + " password_hash, created_at) VALUES ('CUSTOMER', 'STAFF', 'x@example.com', 'x@example.com',"
                + " 'C', 'c', 'h', CURRENT_TIMESTAMP)")).as("a customer in the staff realm").isTrue();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
    void the_same_migrations_run_on_postgresql() throws Exception {
        try (TestDatabase db = TestDatabase.postgresFromEnvironment()) {
            assertThat(tables(db.dataSource())).containsAll(TABLES);
            assertThat(DatabaseMigrations.migrate(db.dataSource())).isZero();
            // and the PostgreSQL-only prefix-search indexes (db/vendor/postgresql), which H2 never gets
            assertThat(DatabaseMigrations.locations(db.dataSource()))
                    .containsExactly(DatabaseMigrations.LOCATION, DatabaseMigrations.POSTGRESQL_LOCATION);
            List<String> indexes = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%text_pattern_ops%'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            assertThat(indexes).containsExactlyInAnyOrder("ix_account_email_prefix", "ix_account_name_prefix",
                    "ix_customer_details_number_prefix");
        }
    }

    @Test
    void h2_gets_only_the_shared_migrations() {
        assertThat(DatabaseMigrations.locations(freshH2())).containsExactly(DatabaseMigrations.LOCATION);
    }

    private static void insertAccount(DataSource ds, String email) throws SQLException {
        execute(ds, "INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                + " password_hash, created_at) VALUES ('CUSTOMER', 'CUSTOMER', '" + email + "', '" + email
                + "', 'K', 'k', 'h', CURRENT_TIMESTAMP)");
    }

    private static boolean fails(DataSource ds, String sql) {
        try {
            execute(ds, sql);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables(DataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
