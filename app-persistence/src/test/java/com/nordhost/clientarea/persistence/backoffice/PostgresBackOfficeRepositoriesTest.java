package com.nordhost.clientarea.persistence.backoffice;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The audit search, outbox and staff directory on PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresBackOfficeRepositoriesTest extends BackOfficeRepositoriesTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
