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
}
