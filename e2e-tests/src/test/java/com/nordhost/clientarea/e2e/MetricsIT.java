package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.bench.vaadin.NodeTree;
import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator's Prometheus scrapes: {@code /metrics} on the back-office's listener, in the text format, with
 * the security events of both apps moving as logins happen; the customer's listener has no such page.
 */
@ExtendWith(ProductExtension.class)
class MetricsIT {

    private final HttpClient http = UiConnection.newHttpClient();

    @Test
    void a_failed_login_on_the_client_area_moves_the_back_offices_counts(RunningProduct product) throws Exception {
        HttpResponse<String> onCustomerListener = get(product.customerUrl.resolve("metrics"));
        assertThat(onCustomerListener.body()).as("never on the customer's listener")
                .doesNotContain("clientarea_security_events_total");

        HttpResponse<String> before = get(product.backOfficeUrl.resolve("metrics"));
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        double failedBefore = value(before.body(), "clientarea_security_events_total", "event", "LOGIN_FAILED");

        UiConnection ui = new UiConnection(http, product.customerUrl);
        ui.open("login");
        NodeTree tree = ui.tree();
        ui.type(tree.byElementId("login-email").orElseThrow(), "nobody-here@example.org");
        ui.type(tree.byElementId("login-password").orElseThrow(), "not a password of anyone");
        ui.click(tree.byElementId("login-submit").orElseThrow());
        ui.flush();

        String after = get(product.backOfficeUrl.resolve("metrics")).body();
        System.out.println(after.lines().filter(l -> l.startsWith("clientarea_")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(value(after, "clientarea_security_events_total", "event", "LOGIN_FAILED"))
                .as("the failed login counted").isGreaterThanOrEqualTo(failedBefore + 1);
        assertThat(value(after, "clientarea_sessions", "app", "client-area")).as("the login page's session")
                .isGreaterThanOrEqualTo(1);
        assertThat(value(after, "clientarea_http_requests_seconds_count", "app", "client-area")).isPositive();
        assertThat(value(after, "clientarea_database_up", null, null)).isEqualTo(1);
        assertThat(after).contains("clientarea_mail_queued ", "clientarea_mail_oldest_queued_seconds ",
                "clientarea_recovery_requests{state=\"CONFIRMED\"}", "jvm_memory_used_bytes{");

        Matcher max = Pattern.compile("(?m)^clientarea_database_pool_max\\{application=\"([^\"]+)\",pool=\"(java:app/jdbc/clientarea)\",?\\} ([0-9.]+)$")
                .matcher(after);
        Set<String> apps = new HashSet<>();
        while (max.find()) {
            apps.add(max.group(1));
            assertThat(Double.parseDouble(max.group(3))).as("the pool's maximum in web.xml").isEqualTo(20);
            double used = poolConnections(after, max.group(1), max.group(2), "used");
            double free = poolConnections(after, max.group(1), max.group(2), "free");
            assertThat(used + free).as("%s has opened its pool", max.group(1)).isBetween(1.0, 20.0);
        }
        assertThat(apps).as("the pools of both apps on this server").containsExactlyInAnyOrder("app-ui", "app-admin");
        assertThat(after).contains("clientarea_database_pool_waiting{");
    }

    private static double poolConnections(String scrape, String application, String pool, String state) {
        Matcher m = Pattern.compile("(?m)^clientarea_database_pool_connections\\{application=\"" + Pattern.quote(application)
                + "\",pool=\"" + Pattern.quote(pool) + "\",state=\"" + state + "\",?\\} ([0-9.]+)$").matcher(scrape);
        assertThat(m.find()).as("%s connections of %s", state, application).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sample of a metric with one label (or none), as Prometheus' text format writes it. */
    private static double value(String scrape, String metric, String label, String labelValue) {
        String labels = label == null ? "" : "\\{" + label + "=\"" + Pattern.quote(labelValue) + "\"\\}";
        Matcher m = Pattern.compile("(?m)^" + metric + labels + " ([0-9.eE+-]+|NaN)$").matcher(scrape);
        assertThat(m.find()).as("%s{%s=%s} in the scrape", metric, label, labelValue).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
