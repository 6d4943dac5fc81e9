package com.nordhost.clientarea.bench.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {

    @Test
    void the_last_of_two_cookies_with_one_name_wins_and_an_expired_one_is_dropped() {
        CookieJar jar = new CookieJar();
        jar.store(List.of("CLIENTAREA_SESSION=old; Path=/; HttpOnly",
                "CLIENTAREA_SESSION=new; Path=/; HttpOnly; SameSite=Lax", "CLIENTAREA_DEVICE=d1; Max-Age=15552000"));
        assertThat(jar.header()).contains("CLIENTAREA_SESSION=new; CLIENTAREA_DEVICE=d1");

        jar.store(List.of("CLIENTAREA_DEVICE=; Max-Age=0"));
        assertThat(jar.header()).contains("CLIENTAREA_SESSION=new");
    }
}
