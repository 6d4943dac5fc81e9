package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The SMTP delivery on PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set: the conditional claim
 * UPDATEs, the races between senders and the timestamp comparisons of {@link MailOutbox}.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresOutboundMailDeliveryTest extends OutboundMailDeliveryTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
