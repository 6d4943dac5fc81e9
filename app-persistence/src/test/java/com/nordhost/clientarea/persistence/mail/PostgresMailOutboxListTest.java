package com.nordhost.clientarea.persistence.mail;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link MailOutbox#listFor} on PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set (timestamps, ordering). */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresMailOutboxListTest extends MailOutboxListTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
