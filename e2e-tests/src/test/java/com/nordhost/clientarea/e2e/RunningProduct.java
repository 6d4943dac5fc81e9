package com.nordhost.clientarea.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole product as an operator starts it: {@code bin/run --no-build} on free ports, with a
 * data folder of its own. Started once for all end-to-end tests and always stopped, whatever
 * happens (JUnit closes it at the end of the run, a JVM shutdown hook covers aborted runs).
 */
final class RunningProduct implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    final URI customerUrl;
    final URI backOfficeUrl;
    final Path dataDir;
    final Duration startUpTime;

    private RunningProduct(Process process, Path log, URI customerUrl, URI backOfficeUrl, Path dataDir,
                           Duration startUpTime) {
        this.process = process;
        this.log = log;
        this.customerUrl = customerUrl;
        this.backOfficeUrl = backOfficeUrl;
        this.dataDir = dataDir;
        this.startUpTime = startUpTime;
    }

    static RunningProduct start(Map<String, String> extraEnvironment) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("clientarea.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("e2e-tests/target/product"));
        Path dataDir = Files.createTempDirectory(work, "data");
        Path log = work.resolve("server-" + dataDir.getFileName() + ".log");
        int httpPort = freePort();
        int adminPort = freePort();

        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("bin/run").toString(), "--no-build")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("CLIENTAREA_HTTP_PORT", Integer.toString(httpPort));
        env.put("CLIENTAREA_ADMIN_PORT", Integer.toString(adminPort));
        env.put("CLIENTAREA_DATA_DIR", dataDir.toString());
        env.put("CLIENTAREA_RUNTIME_DIR", work.resolve("runtime-" + dataDir.getFileName()).toString());
        // The address the browser uses: mail links and the security keys' relying party (localhost) match it.
        env.put("CLIENTAREA_CUSTOMER_URL", "http://localhost:" + httpPort + "/");
        // No demo mail catcher on bin/run's fixed ports: tests that read mail bring their own GreenMail.
        env.put("CLIENTAREA_MAIL_CATCHER", "off");
        // Every browser test comes from this machine's address: only NewSessionLimitIT tries the budget.
        env.put("CLIENTAREA_VISITOR_SESSIONS_PER_MINUTE", "1000000");
        env.putAll(extraEnvironment);

        Instant started = Instant.now();
        Process process = builder.start();
        RunningProduct product = new RunningProduct(process, log,
                URI.create("http://localhost:" + httpPort + "/"),
                URI.create("http://127.0.0.1:" + adminPort + "/"),
                dataDir, Duration.ZERO);
        Runtime.getRuntime().addShutdownHook(new Thread(product::close));
        try {
            product.awaitPage(product.customerUrl, started);
            product.awaitPage(product.backOfficeUrl, started);
        } catch (RuntimeException | InterruptedException e) {
            product.close();
            throw e;
        }
        Duration startUp = Duration.between(started, Instant.now());
        System.out.printf("Product up in %d s (customer %s, back-office %s, log %s)%n",
                startUp.toSeconds(), product.customerUrl, product.backOfficeUrl, log);
        return new RunningProduct(process, log, product.customerUrl, product.backOfficeUrl, dataDir, startUp);
    }

    String serverLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server JVM's process id (bin/run execs java, so it is the launched process). */
    long pid() {
        return process.pid();
    }

    long residentSetKiB() throws IOException {
        // bin/run execs java, so the launched process is the server JVM itself.
        String status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
        return status.lines().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst().orElse(-1L);
    }

    private void awaitPage(URI url, Instant started) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not answer 200 within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on right now (the OS picks it). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
