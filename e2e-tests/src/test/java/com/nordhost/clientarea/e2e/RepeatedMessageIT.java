package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser that lost an answer sends the same message again, over Vaadin's own protocol (decision 0049): the answer
 * to typing or a click is sent again as it was; an answer that drew a whole page is not kept in memory, and the
 * browser is told to reload, which draws that page again in the same session.
 */
@ExtendWith(ProductExtension.class)
class RepeatedMessageIT {

    /** Characters of an answer the product keeps for a repeat (LargeAnswersNotKept.KEPT_UP_TO). */
    private static final int KEPT_UP_TO = 4096;

    private final HttpClient http = UiConnection.newHttpClient();

    @Test
    void the_answer_to_typing_is_sent_again_as_it_was(RunningProduct product) throws Exception {
        UiConnection tab = new UiConnection(http, product.customerUrl);
        tab.open("login");
        tab.type(tab.tree().byElementId("login-email").orElseThrow(), "someone@example.com");
        String typing = tab.takePending();

        HttpResponse<String> answered = post(tab, typing);
        HttpResponse<String> repeated = post(tab, typing);

        assertThat(answered.body()).hasSizeLessThan(KEPT_UP_TO);
        assertThat(repeated.body()).isEqualTo(answered.body());
    }

    @Test
    void a_page_drawn_again_is_not_replayed_the_browser_reloads_it(RunningProduct product) throws Exception {
        UiConnection tab = new UiConnection(http, product.customerUrl);
        tab.open("forgot-password");
        tab.navigate("login");
        String navigation = tab.takePending();

        HttpResponse<String> drawn = post(tab, navigation);
        assertThat(drawn.body()).as("the login page, drawn").contains("login-email").hasSizeGreaterThan(KEPT_UP_TO);
        HttpResponse<String> repeated = post(tab, navigation);

        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(repeated.body()).as("Vaadin's reload answer").contains("\"appError\"")
                .doesNotContain("login-email").hasSizeLessThan(400);
        // The reload, in the same session: the page is there again.
        tab.open("login");
        assertThat(tab.tree().byElementId("login-email")).isPresent();
    }

    private static HttpResponse<String> post(UiConnection tab, String message) throws Exception {
        return tab.post(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8));
    }
}
