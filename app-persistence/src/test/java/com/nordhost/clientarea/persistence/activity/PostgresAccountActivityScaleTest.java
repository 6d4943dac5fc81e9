package com.nordhost.clientarea.persistence.activity;

import com.nordhost.clientarea.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link AccountActivityScaleTest} on PostgreSQL, when {@code CLIENTAREA_TEST_PG_URL} is set. */
@Tag("scale")
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_ENV, matches = ".+")
class PostgresAccountActivityScaleTest extends AccountActivityScaleTest {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgresFromEnvironment();
    }

    @Override
    protected boolean postgres() {
        return true;
    }
}
