package com.nordhost.clientarea.persistence.customers;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same searches, keyset pages and wildcard escaping on PostgreSQL when {@code CLIENTAREA_TEST_PG_URL} is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresCustomerDirectoryTest extends CustomerDirectoryTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }
}
