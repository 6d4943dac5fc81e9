package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session cookies as the real server sends them (java.net.http, no browser): each app its own name, so the
 * back-office in the same browser does not replace the customer's session; HttpOnly and SameSite=Lax always;
 * Secure when a trusted proxy says the browser used HTTPS (the product runs with loopback as trusted proxy).
 */
@ExtendWith(ProductExtension.class)
class SessionCookiesIT {

    private final HttpClient client = HttpClient.newHttpClient();

    private List<String> setCookies(URI url, String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        System.out.printf("Set-Cookie from %s (X-Forwarded-Proto %s): %s%n", url, forwardedProto, cookies);
        return cookies;
    }

    /** The header the browser applies last for {@code name}: the one that counts. */
    private static String last(List<String> headers, String name) {
        return headers.stream().filter(h -> h.startsWith(name + "=")).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + headers));
    }

    @Test
    void the_client_area_session_cookie_has_its_own_name_http_only_and_same_site_lax(RunningProduct product)
            throws Exception {
        List<String> headers = setCookies(product.customerUrl, null);
        assertThat(headers).noneMatch(h -> h.startsWith("JSESSIONID="));
        assertThat(last(headers, "CLIENTAREA_SESSION"))
                .containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void the_back_office_session_cookie_has_another_name(RunningProduct product) throws Exception {
        List<String> headers = setCookies(product.backOfficeUrl, null);
        assertThat(headers).noneMatch(h -> h.startsWith("JSESSIONID=") || h.startsWith("CLIENTAREA_SESSION="));
        assertThat(last(headers, "BACKOFFICE_SESSION")).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void behind_a_trusted_tls_proxy_the_session_cookie_is_secure(RunningProduct product) throws Exception {
        assertThat(last(setCookies(product.customerUrl, "https"), "CLIENTAREA_SESSION"))
                .contains("SameSite=Lax", "; Secure");
        assertThat(last(setCookies(product.customerUrl, "http"), "CLIENTAREA_SESSION")).doesNotContain("Secure");
    }

    @Test
    void hsts_is_sent_only_when_the_browser_came_over_https(RunningProduct product) throws Exception {
        assertThat(hsts(product.customerUrl, "https")).contains("max-age=31536000");
        assertThat(hsts(product.customerUrl, "http")).isEmpty();
        assertThat(hsts(product.customerUrl, null)).as("plain HTTP on the connection").isEmpty();
    }

    private Optional<String> hsts(URI url, String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Strict-Transport-Security");
    }
}
