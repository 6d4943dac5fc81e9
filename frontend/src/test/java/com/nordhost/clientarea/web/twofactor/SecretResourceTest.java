package com.nordhost.clientarea.web.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.StreamResource;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretResourceTest {

    @Test
    void a_file_holding_a_secret_is_never_stored_by_a_cache() {
        StreamResource file = SecretResource.of("backup-code.txt", "text/plain; charset=utf-8",
                "ABCD-EFGH".getBytes(StandardCharsets.UTF_8));
        assertThat(file.getHeader("Cache-Control")).contains("no-store");
        assertThat(file.getCacheTime()).isZero();
        assertThat(file.getName()).isEqualTo("backup-code.txt");
    }
}
