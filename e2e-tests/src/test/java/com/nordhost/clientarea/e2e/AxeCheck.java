package com.nordhost.clientarea.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.2 A and AA, checked by axe-core (Deque's engine, its axe.min.js from Maven Central, decision 0047) on the page
 * state the browser shows now: open dialogs, error messages and the QR step included. A violation fails the test with
 * its rule, where it is and what to do; the rules this product waives, with their reasons, are all in
 * {@link AccessibilityWaivers}.
 */
final class AxeCheck {

    /** axe's tags for the success criteria of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AXE_SOURCE = loadAxe();
    private static final AtomicInteger STATES_CHECKED = new AtomicInteger();
    private static final AtomicLong MILLIS_SPENT = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "axe-core %s: %d page states checked against WCAG 2.2 AA in %.1f s%n", version(),
                STATES_CHECKED.get(), MILLIS_SPENT.get() / 1000.0)));
    }

    private AxeCheck() {
    }

    /** Fails, listing every violation, when the current page state breaks a WCAG 2.2 A or AA rule axe can check. */
    static void assertAccessible(WebDriver driver, String state) {
        List<String> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.2 AA violations (axe-core " + version() + ") on '" + state + "' at "
                    + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", violations));
        }
    }

    /** Each violation not waived, as "rule (impact): help; at target: what is wrong". */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        long started = System.nanoTime();
        Object isHtml = page.executeScript("return document.contentType === 'text/html' && !!document.body;");
        if (!Boolean.TRUE.equals(isHtml)) {
            return List.of();
        }
        awaitStillPage(page);
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE_SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), summary: n.failureSummary}))}))))
                  .catch(e => done('axe failed: ' + e));
                """, WCAG_22_AA);
        STATES_CHECKED.incrementAndGet();
        MILLIS_SPENT.addAndGet((System.nanoTime() - started) / 1_000_000);
        if (answer instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) answer) {
            String rule = (String) violation.get("id");
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                String target = (String) node.get("target");
                String finding = String.valueOf(node.get("summary")).replace('\n', ' ');
                if (AccessibilityWaivers.waives(rule, target, finding)) {
                    continue;
                }
                found.add(rule + " (" + violation.get("impact") + "): " + violation.get("help") + "; at " + target
                        + ": " + finding);
            }
        }
        return found;
    }

    /**
     * Waits (at most two seconds) until no dialog or notification is still fading in or out: half-way through its
     * animation a dialog's text is translucent, which axe would rightly count as too little contrast.
     */
    private static void awaitStillPage(JavascriptExecutor page) {
        long until = System.currentTimeMillis() + 2000;
        while (System.currentTimeMillis() < until) {
            Object moving = page.executeScript("""
                    return document.getAnimations().some(a => a.playState === 'running'
                            && a.effect && a.effect.getTiming().iterations !== Infinity)
                        || !!document.querySelector('[opening], [closing]');
                    """);
            if (!Boolean.TRUE.equals(moving)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String version() {
        return System.getProperty("axe.version", "?");
    }

    private static String loadAxe() {
        String resource = System.getProperty("axe.resource", "axe.min.js");
        try (InputStream in = AxeCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path (e2e-tests/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
