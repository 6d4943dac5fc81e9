package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;

/**
 * The real server on the embedded H2 with its data folder on a small filesystem of its own (a tmpfs the test
 * mounts): the disk fills up, a login's write fails and H2 closes the database, {@code /health} says DOWN; the
 * space is freed, and without a restart health says UP again and the demo customer logs in
 * (docs/decisions/0028). Skipped, with the reason, where the test may not mount a filesystem (not root, or a
 * container without {@code CAP_SYS_ADMIN}).
 */
class FullDiskIT {

    /** Room for the demo database (about 1 MiB) and a few MiB of growth; filled to the last byte by the test. */
    private static final String DISK_SIZE = "48m";

    @Test
    void after_a_full_disk_is_emptied_health_is_up_and_the_customer_logs_in_without_a_restart() throws Exception {
        Path root = Path.of(System.getProperty("clientarea.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("e2e-tests/target/product"));
        Optional<SmallDisk> mounted = SmallDisk.mount(Files.createTempDirectory(work, "small-disk"), DISK_SIZE);
        assumeTrue(mounted.isPresent(), () -> "Skipped: cannot mount a " + DISK_SIZE + " tmpfs here ("
                + SmallDisk.lastRefusal + "); the full-disk recovery needs a filesystem the test can fill");
        SmallDisk disk = mounted.get();
        try (disk; RunningProduct product = RunningProduct.start(Map.of(
                "CLIENTAREA_DATA_DIR", disk.path.resolve("data").toString()))) {
            URI health = product.backOfficeUrl.resolve("health");
            assertThat(statusOf(health)).isEqualTo(200);
            try (Browser browser = new Browser()) {
                browser.open(product.customerUrl);
                new CustomerSteps(browser, "full-disk-before").logInWithPassword();
                browser.awaitText("Welcome");
            }

            disk.fill();
            // A login writes (audit events, throttle rows): H2 cannot store them and closes the database.
            try (Browser browser = new Browser()) {
                browser.open(product.customerUrl);
                new CustomerSteps(browser, "full-disk-while-full").logInWithPassword();
                awaitLog(product, "No space left on device", "MVStoreException: Writing to");
            }
            awaitStatus(health, 503);
            assertThat(statusOf(product.backOfficeUrl.resolve("health/live")))
                    .as("alive: a restart would not free the disk").isEqualTo(200);

            disk.empty();
            awaitStatus(health, 200);
            // The first login after the database opened again may meet a connection the pool still has to
            // replace (it is told "please try again"); a person's second try signs in, without a restart.
            int attempts = 0;
            boolean signedIn = false;
            while (!signedIn && attempts < 3) {
                attempts++;
                try (Browser browser = new Browser()) {
                    browser.open(product.customerUrl);
                    new CustomerSteps(browser, "full-disk-after").logInWithPassword();
                    browser.awaitText("Welcome");
                    browser.screenshot("full-disk-01-start-page-after-the-disk-was-emptied");
                    signedIn = true;
                } catch (TimeoutException | AssertionError notYet) {
                    System.out.println("Login " + attempts + " after the disk was emptied did not get through");
                }
            }
            System.out.println("Signed in after the disk was emptied at attempt " + attempts);
            assertThat(signedIn).as("a login works again without a restart").isTrue();
        }
    }

    private static int statusOf(URI url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
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

    /** Until the server log has one of the texts (H2 words a failed write differently by where it happened). */
    private static void awaitLog(RunningProduct product, String... texts) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Arrays.stream(texts).noneMatch(product.serverLog()::contains) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(product.serverLog()).as("server log").containsAnyOf(texts);
    }

    /** A tmpfs of a fixed size, mounted for the test and always unmounted. */
    static final class SmallDisk implements AutoCloseable {

        static String lastRefusal = "";

        final Path path;

        private SmallDisk(Path path) {
            this.path = path;
        }

        /** Mounts a tmpfs of {@code size} at {@code path}, or nothing when this machine does not allow it. */
        static Optional<SmallDisk> mount(Path path, String size) throws IOException, InterruptedException {
            Process mount;
            try {
                mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs",
                        path.toString()).redirectErrorStream(true).start();
            } catch (IOException noMountCommand) {
                lastRefusal = noMountCommand.getMessage();
                return Optional.empty();
            }
            String output = new String(mount.getInputStream().readAllBytes()).trim();
            if (!mount.waitFor(30, TimeUnit.SECONDS) || mount.exitValue() != 0) {
                lastRefusal = "mount: " + output;
                Files.deleteIfExists(path);
                return Optional.empty();
            }
            return Optional.of(new SmallDisk(path));
        }

        /** Writes one file until the filesystem refuses another byte. */
        void fill() throws IOException {
            Path filler = path.resolve("filler");
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(filler)) {
                while (true) {
                    out.write(block);
                }
            } catch (IOException full) {
                // as intended
            }
            try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(0);
                    out.flush();
                }
            } catch (IOException full) {
                // not one byte more
            }
            assertThat(Files.getFileStore(path).getUsableSpace()).as("free space after filling").isLessThan(4096);
        }

        void empty() throws IOException {
            Files.deleteIfExists(path.resolve("filler"));
        }

        @Override
        public void close() throws IOException, InterruptedException {
            Process umount = new ProcessBuilder("umount", path.toString()).inheritIO().start();
            if (umount.waitFor(30, TimeUnit.SECONDS) && umount.exitValue() == 0) {
                Files.deleteIfExists(path);
            }
        }
    }
}
