package com.nordhost.clientarea.ui.config;

import static com.nordhost.clientarea.web.testing.IdleSessionSettings.assertIdleSessionsCloseAfter;

import org.junit.jupiter.api.Test;

/** An idle session of this app ends after 30 minutes, even while a forgotten tab sends heartbeats. */
class IdleSessionConfigTest {

    @Test
    void heartbeats_do_not_keep_an_idle_session_alive() throws Exception {
        assertIdleSessionsCloseAfter(5);
    }
}
