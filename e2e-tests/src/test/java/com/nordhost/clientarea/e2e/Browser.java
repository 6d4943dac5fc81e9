package com.nordhost.clientarea.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (same build, so no driver
 * download), with the flags this sandboxed machine needs.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    /** A dialog's overlay while it is open (the {@code vaadin-dialog} element itself is never visible). */
    static final By OPEN_DIALOG = By.cssSelector("vaadin-dialog-overlay[opened]");

    final ChromeDriver driver;
    final WebDriverWait wait;

    Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    Browser() {
        this("en-GB");
    }

    void open(java.net.URI url) {
        driver.get(url.toString());
    }

    /** Waits until text is shown anywhere on the page, piercing Vaadin's shadow roots. */
    void awaitText(String text) {
        try {
            wait.until(d -> visibleText().contains(text));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            // What the page showed instead is most of the diagnosis of a failure seen only in CI.
            String shown = visibleText();
            Path shot = screenshotAsItIs("timed-out-" + System.currentTimeMillis());
            throw new AssertionError("'" + text + "' was not shown within the wait; the page at "
                    + driver.getCurrentUrl() + " showed: " + shown.substring(0, Math.min(shown.length(), 1500))
                    + " (screenshot " + shot.getFileName() + ")", notShown);
        }
    }

    String visibleText() {
        Object text = driver.executeScript("""
                const parts = [];
                const walk = (node) => {
                  if (node.shadowRoot) walk(node.shadowRoot);
                  for (const child of node.childNodes) {
                    if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent);
                    else walk(child);
                  }
                  if (node.getAttribute && node.getAttribute('label')) parts.push(node.getAttribute('label'));
                };
                walk(document.body);
                return parts.join(' ').replace(/\\s+/g, ' ');
                """);
        return String.valueOf(text);
    }

    WebElement awaitElement(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * An attribute of an element that Vaadin may still be drawing: read again when the element was replaced between
     * finding and reading it (the login page can be drawn again while it is being opened).
     */
    String awaitAttribute(By by, String name) {
        return wait.until(d -> {
            try {
                WebElement element = d.findElement(by);
                return element.isDisplayed() ? element.getAttribute(name) : null;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException
                    redrawn) {
                return null;
            }
        });
    }

    /** Something further down the page than the window shows: scrolled to, as a person scrolls, then clicked. */
    void scrollToAndClick(By by) {
        // Present is enough to scroll to it: scrolled above the top of the page's scrolling part, Selenium counts
        // an element as hidden until it is back in view.
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        awaitElement(by).click();
    }

    /** The button with this text, further down the page than the window shows. */
    void scrollToAndPress(String buttonText) {
        scrollToAndClick(By.xpath("//vaadin-button[normalize-space(.)='" + buttonText + "']"));
    }

    void awaitGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** A key pressed wherever the focus is, as a person presses Esc to leave a dialog. */
    void pressKey(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Points the authenticator app at the QR image shown in {@code element}: a screenshot, framed to it. */
    AuthenticatorApp scanQrCode(By element) throws Exception {
        WebElement image = awaitElement(element);
        // Where it is in the viewport (the screenshot), in CSS pixels; this browser's device pixel ratio is 1.
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> box = (java.util.Map<String, Number>) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return {x: Math.round(r.left), y: Math.round(r.top),"
                        + " w: Math.round(r.width), h: Math.round(r.height)};", image);
        return AuthenticatorApp.scan(driver.getScreenshotAs(OutputType.BYTES), new java.awt.Rectangle(
                box.get("x").intValue(), box.get("y").intValue(), box.get("w").intValue(), box.get("h").intValue()));
    }

    /**
     * A screenshot of the page as it is now, and axe-core's WCAG 2.2 AA check of the same state ({@link AxeCheck}),
     * failing on any violation not waived: every step a browser test records is also checked for accessibility.
     */
    Path screenshot(String name) {
        Path shot = screenshotAsItIs(name);
        AxeCheck.assertAccessible(driver, name);
        return shot;
    }

    /** A screenshot only, for a page left in a failed state to show what went wrong. */
    Path screenshotAsItIs(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window of a phone in portrait (390 x 844 CSS pixels, the size of a common phone), as a phone lays pages out. */
    void phoneWidth() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", PHONE_WIDTH,
                "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /**
     * The desktop window (1280 x 1000) zoomed to 200 %: the page then has 640 x 500 CSS pixels, as WCAG 1.4.4 and
     * 1.4.10 mean it.
     */
    void zoomed200Percent() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 640,
                "height", 500, "deviceScaleFactor", 2, "mobile", false));
    }

    /** Back to the desktop window the browser started with. */
    void desktopWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    static final int PHONE_WIDTH = 390;

    /** How far the page is wider than the window, in CSS pixels: 0 where nobody has to scroll sideways. */
    long horizontalOverflow() {
        Object overflow = driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        return Math.max(0, ((Number) overflow).longValue());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
