package com.nordhost.clientarea.persistence.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredDataSourceTest {

    @TempDir
    Path dir;

    @Test
    void the_default_url_is_an_h2_file_in_the_data_folder_with_an_absolute_path() {
        assertThat(ConfiguredDataSource.defaultUrl("./data"))
                .isEqualTo("jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize().toString().replace('\\', '/')
                        + "/clientarea;LOCK_TIMEOUT=10000");
        assertThat(ConfiguredDataSource.defaultUrl(null)).isEqualTo(ConfiguredDataSource.defaultUrl("./data"));
    }

    @Test
    void it_opens_connections_through_the_driver_for_the_url() throws SQLException {
        ConfiguredDataSource ds = new ConfiguredDataSource(ConfiguredDataSource.defaultUrl(dir.toString()), "sa", "");
        try (Connection c = ds.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            assertThat(c.getMetaData().getURL()).contains(dir.toAbsolutePath().toString().replace('\\', '/'));
        }
    }

    @Test
    void blank_values_from_a_data_source_definition_do_not_override_the_configuration() {
        ConfiguredDataSource ds = new ConfiguredDataSource("jdbc:h2:mem:x", "sa", "secret");
        ds.setUrl("");
        ds.setUser(" ");
        ds.setPassword("");
        assertThat(ds.getUrl()).isEqualTo("jdbc:h2:mem:x");
        assertThat(ds.getUser()).isEqualTo("sa");
    }

    @Test
    void an_unknown_url_fails_with_a_message_that_keeps_credentials_out() {
        ConfiguredDataSource ds = new ConfiguredDataSource("jdbc:nosuchdb://host/db?password=hunter2", "u", "p");
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:nosuchdb://host/db")
                .hasMessageNotContaining("hunter2");
        assertThat(ds.toString()).doesNotContain("hunter2");
    }

    /**
     * What a full disk leaves behind in H2 2.2.224 (docs/decisions/0028), made without filling a disk: an
     * instance of the database that H2 no longer has in its registry still has the file open and locked in this
     * JVM, so every new connection fails with 90020 (OverlappingFileLockException). The instance is either a
     * failed one (its store stopped by a failed write) or a live one whose registration a failed one's late
     * close removed; both must give way, and the live one's commits must survive.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "store failed: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void a_database_left_locked_in_this_jvm_by_an_instance_h2_no_longer_serves_opens_again(boolean storeFailed)
            throws Exception {
        ConfiguredDataSource ds = new ConfiguredDataSource(ConfiguredDataSource.defaultUrl(dir.toString()), "sa", "");
        Connection leftover = ds.getConnection();
        leftover.createStatement().execute("CREATE TABLE T(I INT)");
        leftover.createStatement().execute("INSERT INTO T VALUES (42)");
        org.h2.engine.Database database = ((org.h2.engine.SessionLocal) leftover
                .unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase();
        if (storeFailed) {
            // What was written before the failure stays; what only the failed store held is lost.
            leftover.createStatement().execute("CHECKPOINT");
            assertThatThrownBy(() -> database.getStore().getMvStore().panic(
                    org.h2.mvstore.DataUtils.newMVStoreException(org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED,
                            "Writing to {0} failed (simulated)", "clientarea")))
                    .isInstanceOf(org.h2.mvstore.MVStoreException.class);
        }
        java.lang.reflect.Method unregister = Class.forName("org.h2.engine.Engine")
                .getDeclaredMethod("close", String.class);
        unregister.setAccessible(true);
        unregister.invoke(null, database.getName());
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        assertThatThrownBy(() -> org.h2.Driver.load().connect(ds.getUrl(), credentials))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(EmbeddedH2Files.lockedInThisJvm(e)).as("locked in this JVM").isTrue());

        try (Connection c = ds.getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM T");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        try {
            leftover.close();
        } catch (SQLException failedStore) {
            // the pool sees the same when it drops such a connection
        }
    }

    @Test
    void only_embedded_file_urls_have_a_database_path() {
        assertThat(EmbeddedH2Files.databasePath("jdbc:h2:file:/srv/data/clientarea;LOCK_TIMEOUT=10000"))
                .isEqualTo(Path.of("/srv/data/clientarea"));
        assertThat(EmbeddedH2Files.databasePath("jdbc:h2:/srv/data/clientarea")).isEqualTo(Path.of("/srv/data/clientarea"));
        assertThat(EmbeddedH2Files.databasePath("jdbc:h2:mem:x")).isNull();
        assertThat(EmbeddedH2Files.databasePath("jdbc:h2:tcp://host/db")).isNull();
    }
}
