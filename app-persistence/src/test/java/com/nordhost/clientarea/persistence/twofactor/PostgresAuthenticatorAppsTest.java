package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same tests, including the race, on PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresAuthenticatorAppsTest extends JpaAuthenticatorAppsTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
