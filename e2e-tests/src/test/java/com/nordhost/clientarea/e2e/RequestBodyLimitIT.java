package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.bench.load.HeapProbe;
import com.nordhost.clientarea.bench.vaadin.NodeTree;
import com.nordhost.clientarea.bench.vaadin.UidlMessage;
import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hardening round two, item 2: request bodies are limited before anything parses them. Each oversized post is
 * the attack itself: a real anonymous UI (login page opened, session and security key as a browser has them)
 * whose UIDL message sets the e-mail field to megabytes, sent with a Content-Length and chunked. Without the
 * limit one 8 MiB value stayed in the anonymous session (about 9.8 MiB each), 23 filled the 384 MiB heap and a
 * single 50 MiB post did it alone. The flood is read on the server itself (live heap after a full collection,
 * jcmd) and the demo customer's password step must still pass during and after it.
 */
@ExtendWith(ProductExtension.class)
class RequestBodyLimitIT {

    private static final int MIB = 1024 * 1024;
    private static final String PLACEHOLDER = "@@VALUE@@";
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final HttpClient http = UiConnection.newHttpClient();

    /** What the server did with one post: its status, or -1 when it closed the connection instead. */
    record Answer(int status, Duration took, String detail) {
        boolean refused() {
            return status == 413 || status == -1;
        }
    }

    @Test
    void oversized_posts_before_sign_in_are_refused_quickly_on_both_listeners(RunningProduct product)
            throws Exception {
        for (int mib : new int[] {8, 50}) {
            for (boolean chunked : new boolean[] {false, true}) {
                Answer answer = postEmailValue(product.customerUrl, mib, chunked);
                System.out.printf("customer: %d MiB e-mail value, %s -> %s%n", mib,
                        chunked ? "chunked" : "Content-Length", answer);
                assertThat(answer.refused()).as("%d MiB %s refused: %s", mib, chunked ? "chunked" : "sized", answer)
                        .isTrue();
                assertThat(answer.took()).as("refused quickly").isLessThan(QUICKLY);
            }
        }
        // The back-office's listener: the same limit, even without a session.
        for (boolean chunked : new boolean[] {false, true}) {
            String prefix = "{\"csrfToken\":\"x\",\"rpc\":[{\"value\":\"";
            String suffix = "\"}]}";
            Answer answer = postRaw(product.backOfficeUrl.resolve("?v-r=uidl&v-uiId=0"),
                    repeated(prefix, 8 * MIB, suffix), prefix.length() + 8L * MIB + suffix.length(), chunked);
            System.out.printf("back-office: 8 MiB, %s -> %s%n", chunked ? "chunked" : "Content-Length", answer);
            assertThat(answer.refused()).as("back-office %s: %s", chunked, answer).isTrue();
            assertThat(answer.took()).isLessThan(QUICKLY);
        }
        // An ordinary UIDL message still goes through.
        assertThat(passwordStepPasses(product.customerUrl)).isTrue();
    }

    @Test
    void a_flood_of_8_mib_posts_leaves_the_heap_and_other_customers_logins_unchanged(RunningProduct product)
            throws Exception {
        HeapProbe heap = new HeapProbe(product.pid(), HeapProbe.defaultJcmd());
        assertThat(passwordStepPasses(product.customerUrl)).as("login before the flood").isTrue();
        long before = heap.liveHeapKib();
        long rssBefore = product.residentSetKiB();

        int posts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            boolean chunked = i % 2 == 1;
            flood.add(pool.submit(() -> {
                try {
                    answers.add(postEmailValue(product.customerUrl, 8, chunked));
                } catch (Exception e) {
                    answers.add(new Answer(-2, Duration.ZERO, e.toString()));
                }
            }));
        }
        // Another customer signs in while the flood runs.
        Thread.sleep(1000);
        long loginStarted = System.nanoTime();
        boolean duringFlood = passwordStepPasses(product.customerUrl);
        Duration loginDuring = Duration.ofNanos(System.nanoTime() - loginStarted);
        for (Future<?> f : flood) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Duration floodTook = Duration.ofNanos(System.nanoTime() - started);
        loginStarted = System.nanoTime();
        boolean afterFlood = passwordStepPasses(product.customerUrl);
        Duration loginAfter = Duration.ofNanos(System.nanoTime() - loginStarted);
        long after = heap.liveHeapKib();
        long rssAfter = product.residentSetKiB();

        long refused = answers.stream().filter(Answer::refused).count();
        System.out.printf("Flood: %d posts of 8 MiB (4 threads, half chunked) in %d ms: %d refused, answers %s%n",
                posts, floodTook.toMillis(), refused, answers.stream().map(Answer::status).toList());
        System.out.printf("Live heap before %d KiB, after %d KiB (%+d KiB); RSS before %d KiB, after %d KiB%n",
                before, after, after - before, rssBefore, rssAfter);
        System.out.printf("Demo customer's password step during the flood: %s in %d ms; after: %s in %d ms%n",
                duringFlood, loginDuring.toMillis(), afterFlood, loginAfter.toMillis());

        assertThat(refused).as("every oversized post refused: %s", answers).isEqualTo(posts);
        assertThat(after - before).as("live heap growth in KiB (40 anonymous sessions are a few MiB)")
                .isLessThan(16 * 1024);
        assertThat(duringFlood).as("login during the flood").isTrue();
        assertThat(afterFlood).as("login after the flood").isTrue();
    }

    /** A fresh browser opens the login page, then sends a UIDL message setting the e-mail field to mib MiB. */
    private Answer postEmailValue(URI app, int mib, boolean chunked) throws IOException, InterruptedException {
        UiConnection ui = new UiConnection(http, app);
        ui.open("login");
        NodeTree.Node email = ui.tree().byElementId("login-email").orElseThrow();
        ui.type(email, PLACEHOLDER);
        String message = ui.takePending();
        int at = message.indexOf(PLACEHOLDER);
        long size = (long) mib * MIB;
        String prefix = message.substring(0, at);
        String suffix = message.substring(at + PLACEHOLDER.length());
        long length = prefix.length() + size + suffix.length();
        long started = System.nanoTime();
        try {
            HttpRequest.BodyPublisher body = publisher(() -> repeated(prefix, size, suffix), length, chunked);
            HttpResponse<String> response = ui.post(body);
            return new Answer(response.statusCode(), Duration.ofNanos(System.nanoTime() - started),
                    firstLine(response.body()));
        } catch (IOException closed) {
            return new Answer(-1, Duration.ofNanos(System.nanoTime() - started), closed.toString());
        }
    }

    private Answer postRaw(URI url, InputStream body, long length, boolean chunked) throws InterruptedException {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(publisher(() -> body, length, chunked)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), Duration.ofNanos(System.nanoTime() - started),
                    firstLine(response.body()));
        } catch (IOException closed) {
            return new Answer(-1, Duration.ofNanos(System.nanoTime() - started), closed.toString());
        }
    }

    /** With a Content-Length, or chunked (java.net.http sends a stream of unknown length chunked). */
    private static HttpRequest.BodyPublisher publisher(java.util.function.Supplier<InputStream> body, long length,
                                                       boolean chunked) {
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(body);
        return chunked ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, length);
    }

    /** prefix, then {@code count} letters, then suffix, generated as read. */
    private static InputStream repeated(String prefix, long count, String suffix) {
        InputStream letters = new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), letters),
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The demo customer's e-mail and password over Vaadin's protocol from a fresh browser: true when the server
     * took them (the code step appears, or the customer is signed in; other tests may have turned 2FA on).
     */
    private boolean passwordStepPasses(URI app) {
        try {
            UiConnection ui = new UiConnection(http, app);
            ui.open("login");
            NodeTree tree = ui.tree();
            ui.type(tree.byElementId("login-email").orElseThrow(), CustomerSteps.EMAIL);
            ui.type(tree.byElementId("login-password").orElseThrow(), CustomerSteps.PASSWORD);
            ui.click(tree.byElementId("login-submit").orElseThrow());
            UidlMessage answer = ui.flush();
            return tree.byElementId("second-factor-code").isPresent()
                    || answer.navigationTarget().filter(t -> !t.startsWith("login")).isPresent();
        } catch (Exception e) {
            System.out.println("Login failed: " + e);
            return false;
        }
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
