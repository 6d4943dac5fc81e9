package com.nordhost.clientarea.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real server on PostgreSQL: when {@code CLIENTAREA_TEST_PG_URL} (and _USER, _PASSWORD) name a PostgreSQL
 * server, as {@code .ci/run} sets them, a second product is started through {@code bin/run} on a database
 * created for this run; the migrations and demo data go into it, and the demo customer logs in. Skipped when
 * the variable is absent.
 */
class PostgresProductIT {

    @Test
    void the_demo_customer_logs_in_to_a_product_running_on_postgresql() throws Exception {
        Optional<ThrowawayDatabase> created = ThrowawayDatabase.createIfConfigured("clientarea_e2e_");
        assumeTrue(created.isPresent(), "CLIENTAREA_TEST_PG_URL is not set: no PostgreSQL to run on");
        ThrowawayDatabase db = created.get();
        try (db; RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_DB_URL", db.url,
                "CLIENTAREA_DB_USER", db.user,
                "CLIENTAREA_DB_PASSWORD", db.password,
                // A named database gets the demo accounts only when asked: this test logs in with one.
                "CLIENTAREA_DEMO_DATA", "true"));
             Browser browser = new Browser()) {
            browser.open(product.customerUrl);
            new CustomerSteps(browser, "pg").logInWithPassword();
            browser.awaitText("Welcome");
            browser.screenshot("pg-01-start-page-on-postgresql");

            assertThat(product.serverLog()).contains("(PostgreSQL ");
            try (var files = Files.list(product.dataDir)) {
                assertThat(files.map(Path::getFileName).map(Path::toString))
                        .as("no embedded H2 database beside the key file").noneMatch(f -> f.endsWith(".mv.db"));
            }
            assertThat(db.count("SELECT COUNT(*) FROM account WHERE email_normalized = '"
                    + CustomerSteps.EMAIL + "'")).isEqualTo(1);
            assertThat(db.count(
                    "SELECT COUNT(*) FROM audit_event WHERE event_type = 'LOGIN_SUCCEEDED'")).isPositive();

            // The database goes away (every connection cut, new ones refused) and comes back: health says so
            // both times, and logins work again without a restart (the pool validates and reconnects).
            URI health = product.backOfficeUrl.resolve("health");
            assertThat(statusOf(health)).isEqualTo(200);
            db.executeOnServer("ALTER DATABASE " + db.name + " ALLOW_CONNECTIONS false");
            db.executeOnServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + db.name + "'");
            awaitStatus(health, 503);
            db.executeOnServer("ALTER DATABASE " + db.name + " ALLOW_CONNECTIONS true");
            awaitStatus(health, 200);
            try (Browser again = new Browser()) {
                again.open(product.customerUrl);
                new CustomerSteps(again, "pg-after-outage").logInWithPassword();
                again.awaitText("Welcome");
                again.screenshot("pg-02-start-page-after-database-outage");
            }
        }
    }

    private static int statusOf(URI url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void awaitStatus(URI url, int expected) throws IOException, InterruptedException {
        int last = -1;
        for (int attempt = 0; attempt < 30 && last != expected; attempt++) {
            last = statusOf(url);
            if (last != expected) {
                Thread.sleep(1000);
            }
        }
        assertThat(last).as("status of %s", url).isEqualTo(expected);
    }
}
