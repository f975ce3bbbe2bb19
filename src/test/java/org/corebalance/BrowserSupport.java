package org.corebalance;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), with the checks every page
 * must pass: no accessibility violations, no sideways scrolling on a phone, no console errors
 * (a CSP violation shows up there), and a screenshot to look at.
 */
public final class BrowserSupport implements AutoCloseable {

    public static final int PHONE = 360;
    public static final int DESKTOP = 1280;
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSupport() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public BrowserContext context(int width, boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width == PHONE ? 780 : 900)
                .setJavaScriptEnabled(javaScript));
    }

    /** A screen this wide (in CSS pixels) with {@code pixelRatio} device pixels to each, as phones have 2 or 3. */
    public BrowserContext context(int width, double pixelRatio) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width == PHONE ? 780 : 900)
                .setDeviceScaleFactor(pixelRatio));
    }

    /** Console errors collected on a page, for example Content-Security-Policy violations. */
    public static List<String> collectConsoleErrors(Page page) {
        var errors = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }

    /** The axe-core violations on the page, one line each, empty when it passes. */
    public static List<String> accessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        return results.getViolations().stream().map(BrowserSupport::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    /** How far the page is wider than the viewport; anything above zero means sideways scrolling. */
    public static int horizontalOverflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
