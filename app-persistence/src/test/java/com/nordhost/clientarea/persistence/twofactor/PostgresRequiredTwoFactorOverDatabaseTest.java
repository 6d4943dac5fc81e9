package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same tests on PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresRequiredTwoFactorOverDatabaseTest extends RequiredTwoFactorOverDatabaseTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
