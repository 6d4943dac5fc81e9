package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hardening round two, item 7: one client opened about 29,000 sessions in 12 minutes and filled the heap. With a
 * budget of 20 new sessions a minute per address, the 21st visit without a session is refused at once (429,
 * Retry-After) and makes no session, while the sessions the address already has go on working.
 */
class NewSessionLimitIT {

    @Test
    void an_address_that_opened_its_budget_of_sessions_this_minute_gets_no_new_one() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of("CLIENTAREA_VISITOR_SESSIONS_PER_MINUTE", "20"))) {
            // The budget is per clock minute (the server's clock is this machine's): start early in one.
            int second = java.time.LocalTime.now().getSecond();
            if (second > 40) {
                Thread.sleep((61 - second) * 1000L);
            }
            HttpClient http = UiConnection.newHttpClient();
            List<UiConnection> visitors = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < 30; i++) {
                UiConnection visitor = new UiConnection(http, product.customerUrl);
                try {
                    visitor.open("login");
                    visitors.add(visitor);
                } catch (IOException refusedVisit) {
                    refused++;
                }
            }
            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(product.customerUrl.resolve("login"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("New sessions: %d opened, %d refused; a plain visit now: %d %s%n", visitors.size(),
                    refused, plain.statusCode(), plain.headers().firstValue("Retry-After").orElse(""));

            assertThat(visitors).as("the budget, counted from the first visit of this test").hasSizeLessThanOrEqualTo(20)
                    .isNotEmpty();
            assertThat(refused).isGreaterThanOrEqualTo(10);
            assertThat(plain.statusCode()).isEqualTo(429);
            assertThat(plain.headers().firstValue("Retry-After")).contains("60");
            assertThat(plain.headers().firstValue("Set-Cookie")).as("no session made").isEmpty();
            assertThat(plain.body()).contains("Too many new visits from your address");
            // A session the address has already: still served.
            UiConnection first = visitors.get(0);
            assertThat(first.tree().byElementId("login-email")).isPresent();
            first.type(first.tree().byElementId("login-email").orElseThrow(), "someone@example.org");
            first.flush();
        }
    }
}
