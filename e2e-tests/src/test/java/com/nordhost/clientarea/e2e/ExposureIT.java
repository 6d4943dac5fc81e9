package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the running server tells and opens to strangers (java.net.http and /proc, no browser): security
 * headers on both apps, nothing about the server software, no metrics or health on the customer's listener,
 * a real 404 for an address with no page, the database health only on the back-office, and no listening
 * socket on a non-loopback address except the customer's port. The browser journeys run under the same
 * Content-Security-Policy, which proves Vaadin works with it.
 */
@ExtendWith(ProductExtension.class)
class ExposureIT {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void both_apps_send_the_security_headers_and_nothing_about_the_server(RunningProduct product) throws Exception {
        for (URI app : List.of(product.customerUrl, product.backOfficeUrl)) {
            HttpResponse<String> page = get(app.resolve("login"));
            assertThat(page.statusCode()).isEqualTo(200);
            var headers = page.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(app.toString())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).isPresent();
            assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(headers.firstValue("X-Powered-By")).as("X-Powered-By on " + app).isEmpty();
            assertThat(headers.firstValue("Server")).as("Server on " + app).isEmpty();
        }
    }

    @Test
    void an_address_with_no_page_is_a_404_on_both_apps(RunningProduct product) throws Exception {
        assertThat(get(product.customerUrl.resolve("no-such-page")).statusCode()).isEqualTo(404);
        assertThat(get(product.backOfficeUrl.resolve("no-such-page")).statusCode()).isEqualTo(404);
        assertThat(get(product.customerUrl.resolve("account")).statusCode()).as("a page that exists").isEqualTo(200);
    }

    @Test
    void both_apps_have_a_favicon(RunningProduct product) throws Exception {
        for (URI app : List.of(product.customerUrl, product.backOfficeUrl)) {
            HttpResponse<String> icon = get(app.resolve("icons/favicon.svg"));
            assertThat(icon.statusCode()).as(app.toString()).isEqualTo(200);
            assertThat(icon.body()).startsWith("<svg");
        }
        assertThat(get(product.customerUrl.resolve("login")).body()).contains("icons/favicon.svg");
    }

    @Test
    void metrics_and_health_are_not_told_to_the_public(RunningProduct product) throws Exception {
        assertThat(get(product.customerUrl.resolve("metrics")).statusCode()).isNotEqualTo(200);
        assertThat(get(product.customerUrl.resolve("health")).statusCode()).isNotEqualTo(200);
        HttpResponse<String> health = get(product.backOfficeUrl.resolve("health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "database");
        assertThat(get(product.backOfficeUrl.resolve("health/ready")).statusCode()).as("readiness").isEqualTo(200);
        assertThat(get(product.backOfficeUrl.resolve("health/live")).statusCode()).as("liveness").isEqualTo(200);
        assertThat(get(product.customerUrl.resolve("health/live")).statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_server_listens_on_other_interfaces_only_with_the_customer_port(RunningProduct product) throws Exception {
        List<Listener> listeners = listeners(product.pid());
        System.out.println("Server listens on: " + listeners);
        assertThat(listeners).isNotEmpty();
        int customerPort = product.customerUrl.getPort();
        assertThat(listeners).filteredOn(l -> l.port() != customerPort)
                .allSatisfy(l -> assertThat(l.address().isLoopbackAddress()).as(l.toString()).isTrue());
    }

    record Listener(InetAddress address, int port) {
    }

    /** The LISTEN sockets the process holds: its socket inodes matched against /proc/net/tcp and tcp6. */
    private static List<Listener> listeners(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            });
        }
        List<Listener> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if ("0A".equals(f[3]) && inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    found.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return found;
    }

    /** /proc/net writes addresses as 32-bit words in host (little-endian) order. */
    private static InetAddress address(String hex) throws IOException {
        byte[] raw = new BigInteger(hex, 16).toByteArray();
        byte[] bytes = new byte[hex.length() / 2];
        System.arraycopy(raw, Math.max(0, raw.length - bytes.length), bytes,
                Math.max(0, bytes.length - raw.length), Math.min(raw.length, bytes.length));
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte b = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = b;
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
