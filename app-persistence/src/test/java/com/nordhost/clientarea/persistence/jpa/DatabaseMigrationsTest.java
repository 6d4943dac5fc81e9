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

    /** V11 on a database in use: each active account's secret and replay guard become its first app. */
    @Test
    void an_existing_second_factor_becomes_the_accounts_first_authenticator_app() throws Exception {
        DataSource ds = freshH2();
        DatabaseMigrations.configure(ds).target("10").load().migrate();
        insertAccount(ds, "active@example.com");
        insertAccount(ds, "pending@example.com");
        execute(ds, "INSERT INTO two_factor_credential (account_id, status, secret_key_id, secret_ciphertext, algorithm,"
                + " digits, period_seconds, enabled_at, last_accepted_step, backup_code_hash)"
                + " SELECT id, 'ACTIVE', 'k1', X'0102030405', 'SHA1', 6, 30, TIMESTAMP WITH TIME ZONE"
                + " '2026-01-02 03:04:05+00', 123456, 'hash' FROM account WHERE email = 'active@example.com'");
        execute(ds, "INSERT INTO two_factor_credential (account_id, status, secret_key_id, secret_ciphertext, algorithm,"
                + " digits, period_seconds, pending_expires_at) SELECT id, 'PENDING', 'k1', X'0909', 'SHA1', 6, 30,"
                + " CURRENT_TIMESTAMP FROM account WHERE email = 'pending@example.com'");

        assertThat(DatabaseMigrations.migrate(ds)).as("V11 and the migrations after it").isPositive();

        assertThat(rows(ds, "SELECT a.email, p.name, p.secret_key_id, p.secret_ciphertext, p.last_accepted_step,"
                + " p.added_at FROM authenticator_app p JOIN account a ON a.id = p.account_id"))
                .containsExactly(List.of("active@example.com", "null", "k1", "[1, 2, 3, 4, 5]", "123456",
                        "2026-01-02T03:04:05Z"));
        assertThat(rows(ds, "SELECT a.email, c.status, c.secret_key_id, c.backup_code_hash FROM two_factor_credential c"
                + " JOIN account a ON a.id = c.account_id ORDER BY a.email"))
                .containsExactly(List.of("active@example.com", "ACTIVE", "null", "hash"),
                        List.of("pending@example.com", "PENDING", "k1", "null"));
    }

    /** V18 on a database in use: the names already stored become findable by any word, as NameTails splits them. */
    @Test
    void stored_names_get_their_word_starts() throws Exception {
        DataSource ds = freshH2();
        DatabaseMigrations.configure(ds).target("13").load().migrate();
        execute(ds, "INSERT INTO account (role, realm, email, email_normalized, full_name, name_normalized,"
                + " password_hash, created_at) VALUES ('CUSTOMER', 'CUSTOMER', 'a@example.com', 'a@example.com',"
                + " 'Anna-Karin  de Lind', 'anna-karin  de lind', 'h', CURRENT_TIMESTAMP)");

        DatabaseMigrations.migrate(ds);

        assertThat(rows(ds, "SELECT tail FROM account_name_tail ORDER BY word_no")).extracting(row -> row.get(0))
                .containsExactlyElementsOf(com.nordhost.clientarea.persistence.customers.NameTails
                        .of("anna-karin  de lind"))
                .containsExactly("anna-karin  de lind", "karin  de lind", "de lind", "lind");
    }

    @Test
    void h2_gets_only_the_shared_migrations() {
        assertThat(DatabaseMigrations.locations(freshH2())).containsExactly(DatabaseMigrations.LOCATION);
    }

    /** Each row's columns as text: byte arrays as their values, timestamps as UTC instants. */
    private static List<List<String>> rows(DataSource ds, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof byte[] bytes ? java.util.Arrays.toString(bytes)
                            : value instanceof java.time.OffsetDateTime time ? time.toInstant().toString()
                            : String.valueOf(value));
                }
                rows.add(row);
            }
        }
        return rows;
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
