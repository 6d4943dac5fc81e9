package com.nordhost.clientarea.e2e;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer who keeps signing in through the balancer in their own browser, each time as a new visitor (no
 * cookies), until stopped: what a stream of customers looks like while a node dies or restarts. Each round is
 * recorded with its start, its end, the node that served it and whether it reached the start page.
 */
final class LoginLoop implements AutoCloseable {

    record Round(Instant started, Instant ended, String node, String failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    private final URI balancer;
    private final List<Round> rounds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    LoginLoop(URI balancer) {
        this.balancer = balancer;
        this.thread = new Thread(this::loop, "login-loop");
        thread.start();
    }

    private void loop() {
        try (Browser browser = new Browser()) {
            CustomerSteps customer = new CustomerSteps(browser, "cluster-loop");
            while (running.get()) {
                Instant started = Instant.now();
                String failure = null;
                String leftAfterDeleting = "";
                try {
                    // Leave the last round's page first: while open, its requests (a reload after a node restart)
                    // could set the sign-in cookie again after the cookies were deleted. WebDriver deletes only the
                    // current page's cookies, and about:blank has none: Chromium itself clears them all.
                    browser.driver.get("about:blank");
                    browser.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                    // Said with a failure: a round that met the signed-in start page instead of the login page.
                    leftAfterDeleting = String.valueOf(((Map<?, ?>) browser.driver.executeCdpCommand(
                            "Network.getAllCookies", Map.of())).get("cookies"));
                    browser.open(balancer.resolve("login"));
                    customer.logInWithPassword();
                    // A minute, not the usual 30 s: a node starting up on a busy 2-core machine slows the other one.
                    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                            .until(d -> browser.visibleText().contains("Welcome"));
                } catch (RuntimeException e) {
                    failure = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                            .orElse("") + " (cookies left after deleting them: " + leftAfterDeleting + ")";
                    browser.screenshotAsItIs("cluster-loop-failure-" + started.toEpochMilli());
                }
                Cookie node = browser.driver.manage().getCookieNamed("CLIENTAREA_NODE");
                rounds.add(new Round(started, Instant.now(), node == null ? "?" : node.getValue(), failure));
            }
        }
    }

    List<Round> rounds() {
        return List.copyOf(rounds);
    }

    long successes() {
        return rounds.stream().filter(Round::succeeded).count();
    }

    /** Waits until at least {@code count} more rounds have succeeded. */
    void awaitSuccesses(long count) throws InterruptedException {
        long target = successes() + count;
        Instant deadline = Instant.now().plusSeconds(180);
        while (successes() < target) {
            if (Instant.now().isAfter(deadline) || !thread.isAlive()) {
                throw new AssertionError("Logins stopped succeeding: " + rounds);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(120_000);
    }
}
