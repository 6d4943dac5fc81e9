package com.nordhost.clientarea.domain.audit;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every audit event is one log line a SIEM can follow: its name, the account's id, the client's address only. */
class SecurityEventLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(SecurityEventLog.LOGGER);
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void a_wrong_password_is_one_line_with_the_event_the_account_and_the_address_and_nothing_typed() {
        DomainFixture f = new DomainFixture();
        lines.clear();

        f.services.passwordLogin().logIn(Realm.CUSTOMER, f.customer.email().value(), "my secret guess", ORIGIN,
                BrowserTokens.NONE);

        assertThat(lines).containsExactly("security event=LOGIN_FAILED account=" + f.customer.id().value()
                + " ip=203.0.113.7");
        assertThat(String.join("\n", lines)).doesNotContain("my secret guess", f.customer.email().value(),
                "Firefox", "wrong password");
    }
}
