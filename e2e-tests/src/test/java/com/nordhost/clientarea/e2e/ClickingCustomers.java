package com.nordhost.clientarea.e2e;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/**
 * Signed-in customers who keep clicking between two pages of the client area (Start and My Account, by the menu),
 * one click each in turn, until stopped: what open pages look like while their nodes restart. Each click is recorded
 * with the node before and after it, whether the page reloaded itself (a restored sign-in, decision 0037), and what
 * went wrong: the login page, Vaadin's "session expired" (even for a moment before a reload: the
 * {@link SignedOutWatcher}), or no signed-in page within a minute.
 */
final class ClickingCustomers implements AutoCloseable {

    record Customer(String name, Browser browser) {
    }

    record Click(String customer, Instant started, Instant ended, String from, String to, String landed,
                 String nodeBefore, String nodeAfter, boolean reloaded, String failure) {
        boolean succeeded() {
            return failure == null;
        }

        boolean movedNode() {
            return !nodeBefore.equals(nodeAfter);
        }
    }

    private final List<Customer> customers;
    private final List<Click> clicks = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    ClickingCustomers(List<Customer> customers) {
        this.customers = List.copyOf(customers);
        customers.forEach(c -> SignedOutWatcher.watch(c.browser()));
        this.thread = new Thread(this::loop, "clicking-customers");
        thread.start();
    }

    private void loop() {
        while (running.get()) {
            for (Customer customer : customers) {
                if (!running.get()) {
                    return;
                }
                clicks.add(click(customer));
            }
            try {
                Thread.sleep(1000); // people read the page before they click again (and the machine has 2 cores)
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Click click(Customer customer) {
        Browser browser = customer.browser();
        Instant started = Instant.now();
        String from = path(browser);
        boolean toAccount = !from.startsWith("/account");
        String to = toAccount ? "/account" : "/";
        String nodeBefore = node(browser);
        String failure = null;
        boolean reloaded = false;
        try {
            browser.driver.executeScript("window.__beforeTheClick = true;");
            String link = toAccount ? "My Account" : "Start";
            try {
                new VaadinPage(browser).follow(link);
            } catch (StaleElementReferenceException redrawn) {
                new VaadinPage(browser).follow(link); // found a moment before Vaadin redrew the menu
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            String text = "";
            while (true) {
                try {
                    text = browser.visibleText();
                    reloaded = Boolean.TRUE.equals(browser.driver.executeScript(
                            "return window.__beforeTheClick === undefined"));
                    String seen = SignedOutWatcher.seen(browser);
                    if (text.contains(SignedOutWatcher.LOGIN_PAGE) || seen != null) {
                        failure = seen != null ? seen : "the login page";
                        break;
                    }
                    String now = path(browser);
                    // Signed in on the page clicked to, or (after a reload into a restored sign-in, which loses the
                    // click as it loses a half-typed dialog) on the page the customer was on.
                    if (text.contains("Log out") && shows(now, text)
                            && (now.equals(to) || reloaded && now.equals(from))) {
                        break;
                    }
                } catch (WebDriverException reloading) {
                    // The page is between two documents (it reloads itself): look again.
                }
                if (Instant.now().isAfter(deadline)) {
                    failure = "no signed-in page within a minute: " + text;
                    break;
                }
                Thread.sleep(250);
            }
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (failure != null) {
            browser.screenshot("cluster-click-failure-" + customer.name() + "-" + started.toEpochMilli());
        }
        String landed = failure == null ? path(browser) : "?";
        return new Click(customer.name(), started, Instant.now(), from, to, landed, nodeBefore, node(browser),
                reloaded, failure);
    }

    /** The page's own words: Start greets the customer, My Account shows its tabs. */
    private static boolean shows(String path, String text) {
        return path.equals("/") ? text.contains("Welcome, ")
                : path.startsWith("/account") && text.contains("My details") && text.contains("Security settings");
    }

    private static String path(Browser browser) {
        String path = URI.create(browser.driver.getCurrentUrl()).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String node(Browser browser) {
        Cookie node = browser.driver.manage().getCookieNamed("CLIENTAREA_NODE");
        return node == null ? "?" : node.getValue();
    }

    /** Per customer, the nodes that served the clicks in order ("node1 x12, node2 x30 (reloaded), ..."), failures. */
    String summary() {
        StringBuilder out = new StringBuilder();
        for (Customer customer : customers) {
            out.append("\n  ").append(customer.name()).append(':');
            String node = null;
            int run = 0;
            for (Click click : clicks) {
                if (!click.customer().equals(customer.name())) {
                    continue;
                }
                if (!click.nodeAfter().equals(node)) {
                    if (node != null) {
                        out.append(" x").append(run).append(',');
                    }
                    node = click.nodeAfter();
                    run = 0;
                    out.append(' ').append(node).append(click.reloaded() ? " (reloaded)" : "");
                }
                run++;
                if (!click.succeeded()) {
                    out.append(" FAILED ").append(click);
                }
            }
            out.append(" x").append(run);
        }
        return out.toString();
    }

    List<Click> clicks() {
        return List.copyOf(clicks);
    }

    /** Waits until every customer has clicked {@code count} more times (the clicks may fail: they are asserted). */
    void awaitRounds(int count) throws InterruptedException {
        int target = clicks.size() + count * customers.size();
        Instant deadline = Instant.now().plusSeconds(300);
        while (clicks.size() < target) {
            if (Instant.now().isAfter(deadline) || !thread.isAlive()) {
                throw new AssertionError("The customers stopped clicking: " + clicks);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(180_000);
    }
}
