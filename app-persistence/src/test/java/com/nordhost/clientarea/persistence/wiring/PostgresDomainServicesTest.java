package com.nordhost.clientarea.persistence.wiring;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The use cases over PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresDomainServicesTest extends DomainServicesOverDatabaseTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
