package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The shipped site in a real browser: Debian's Chromium, headless, driven by Selenium, reading the
 * pages from a local server. Console, network, narrow screens, contrast in both themes, keyboard
 * access, and screenshots for a human to look at (target/screenshots/).
 */
class BrowserIT {

    // Debian's packages (chromium, chromium-driver); named explicitly so Selenium Manager never downloads a browser.
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    private static final ObjectMapper JSON = new ObjectMapper();
    // executeCdpCommand goes through chromedriver; Selenium's typed CDP bindings (and its warning that none match) are not needed.
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    /** Contrast of every visible element matching arguments[0] that holds text of its own, against its real background. */
    private static final String CONTRAST = """
            const [selector, exclude] = arguments;
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = 1;
            const ctx = canvas.getContext('2d', {willReadFrequently: true});
            // Any CSS colour the browser computes (rgb, oklch, color-mix...) to sRGB through a 1x1 canvas.
            const rgba = c => {
              ctx.clearRect(0, 0, 1, 1);
              ctx.fillStyle = 'rgba(0, 0, 0, 0)';
              ctx.fillStyle = c;
              ctx.fillRect(0, 0, 1, 1);
              const d = ctx.getImageData(0, 0, 1, 1).data;
              return [d[0], d[1], d[2], d[3] / 255];
            };
            const over = (top, below) => {
              const a = top[3] + below[3] * (1 - top[3]);
              return a === 0 ? [0, 0, 0, 0]
                : [0, 1, 2].map(i => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a).concat([a]);
            };
            const probe = document.createElement('div');
            probe.style.backgroundColor = 'Canvas';
            document.documentElement.appendChild(probe);
            const canvasColour = rgba(getComputedStyle(probe).backgroundColor);
            probe.remove();
            const background = el => {
              const layers = [];
              for (let e = el; e; e = e.parentElement) {
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c[3] > 0) layers.push(c);
                if (c[3] >= 1) break;
              }
              return layers.reduceRight((below, layer) => over(layer, below), canvasColour);
            };
            const lum = c => {
              const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
            };
            const css = c => 'rgb(' + c.slice(0, 3).map(Math.round).join(', ') + ')';
            let checked = 0;
            const failures = [];
            for (const el of document.querySelectorAll(selector)) {
              if (exclude && el.closest(exclude)) continue;
              if (!Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
              const r = el.getBoundingClientRect();
              const cs = getComputedStyle(el);
              if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden') continue;
              const bg = background(el);
              const fg = over(rgba(cs.color), bg);
              const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
              const ratio = (hi + 0.05) / (lo + 0.05);
              const size = parseFloat(cs.fontSize);
              const need = size >= 24 || (parseInt(cs.fontWeight, 10) >= 700 && size >= 18.66) ? 3 : 4.5;
              checked++;
              if (ratio < need) {
                failures.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
                  + ' "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '" ' + ratio.toFixed(2) + ':1 (needs ' + need
                  + ':1), ' + css(fg) + ' on ' + css(bg));
              }
            }
            return {checked: checked, failures: failures};
            """;

    private static final String BODY_TEXT = "main :is(p, li, td, th, dt, dd, figcaption, caption, blockquote, h1, h2, h3, h4, span, em, strong, code, small, pre), "
            + ".site-footer :is(p, span)";
    private static final String LINKS = "main a, .site-footer a";
    private static final String NAV = ".site-header a, .site-nav a";

    @TempDir
    static Path profile;
    static StaticSiteServer server;
    static ChromeDriver driver;
    static List<String> pages;
    static final List<String> consoleErrors = new ArrayList<>();
    static final Set<String> outsideRequests = new LinkedHashSet<>();
    static int requestsSeen;

    @BeforeAll
    static void startChromiumOnTheBuiltSite() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: they need Debian's chromium at " + CHROMIUM + " and chromium-driver at " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver; .ci/run does this)");
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        Path site = QualityProject.shippedSite();
        pages = List.copyOf(QualityProject.pages(site).keySet());
        server = new StaticSiteServer(site);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Chromium's caches and scratch folders go to the temporary profile too, not to the user's home.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .withEnvironment(Map.of("XDG_CACHE_HOME", profile.resolve("cache").toString(), "XDG_CONFIG_HOME", profile.resolve("config").toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
        visitEveryPageOnce();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Width in CSS pixels, with a phone-like height; dark or light colour scheme. */
    static void emulate(int width, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width == PHONE ? 844 : 900,
                "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Opens a page and waits until it and its fonts have loaded. */
    static void open(String page) {
        driver.get(server.base() + page);
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(document.readyState === 'complete' ? Promise.resolve() : new Promise(r => addEventListener('load', r)))"
                + ".then(() => document.fonts.ready).then(() => done(true));");
    }

    /**
     * The first visit of every page, with an empty cache: the console messages and every request the
     * page made. Recorded before any test runs, so no test's order hides a once-per-session request
     * (a browser asks for /favicon.ico once).
     */
    static void visitEveryPageOnce() throws Exception {
        emulate(DESKTOP, false);
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        for (String page : pages) {
            open(page);
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    consoleErrors.add(page + ": " + e.getMessage());
                } else if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                    System.out.println("browser console warning on " + page + ": " + e.getMessage());
                }
            }
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
            for (String url : resources) {
                if (!local(url)) {
                    outsideRequests.add(page + " (resource timing): " + url);
                }
            }
            for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
                JsonNode message = JSON.readTree(e.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requestsSeen++;
                    String url = message.path("params").path("request").path("url").asText();
                    if (!local(url)) {
                        outsideRequests.add(page + " (network): " + url);
                    }
                }
            }
        }
    }

    @Test
    void everyPageLoadsWithoutAConsoleError() {
        boolean favicon = consoleErrors.stream().anyMatch(e -> e.contains("/favicon.ico"));
        assertEquals(List.of(), consoleErrors, "console errors on the first visit" + (favicon
                ? " (browsers ask for /favicon.ico when a page names no icon: templates/page.ftlh needs a <link rel=\"icon\" href=\"...\">)" : ""));
    }

    @Test
    void noPageRequestsAnythingFromOutsideTheMachine() {
        assertTrue(requestsSeen >= pages.size(), "the performance log saw " + requestsSeen + " requests; is network logging on?");
        assertEquals(Set.of(), outsideRequests, "requests that leave 127.0.0.1");
    }

    private static boolean local(String url) {
        return url.startsWith(server.base()) || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:");
    }

    @Test
    void noPageScrollsSidewaysOnA390PixelScreen() {
        emulate(PHONE, false);
        List<String> wide = new ArrayList<>();
        for (String page : pages) {
            open(page);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                    const w = innerWidth;
                    const culprits = Array.from(document.querySelectorAll('body *'))
                      .filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.table-scroll'))
                      .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 0.5))
                      .slice(0, 5)
                      .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
                    return {scrollWidth: document.documentElement.scrollWidth, innerWidth: w, culprits: culprits};
                    """);
            long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
            long innerWidth = ((Number) m.get("innerWidth")).longValue();
            assertEquals(PHONE, innerWidth, "the emulated screen width");
            if (scrollWidth > innerWidth) {
                wide.add(page + ": scrollWidth " + scrollWidth + " > " + innerWidth + "; widest: " + m.get("culprits"));
            }
        }
        assertEquals(List.of(), wide, "pages wider than a 390 px screen");
    }

    @Test
    void bodyTextLinksAndNavigationMeetWcagAaContrastInTheLightTheme() {
        assertContrast(false);
    }

    @Test
    void bodyTextLinksAndNavigationMeetWcagAaContrastInTheDarkTheme() {
        assertContrast(true);
    }

    private static void assertContrast(boolean dark) {
        emulate(DESKTOP, dark);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String page : pages) {
            open(page);
            assertEquals(dark, driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;"), "emulated theme");
            for (var group : Map.of("body text", BODY_TEXT, "link", LINKS, "navigation", NAV).entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) driver.executeScript(CONTRAST, group.getValue(), ".skip-link");
                checked += ((Number) r.get("checked")).intValue();
                @SuppressWarnings("unchecked")
                List<String> f = (List<String>) r.get("failures");
                f.forEach(x -> failures.add(page + " " + group.getKey() + ": " + x));
            }
        }
        assertTrue(checked > 100, "elements checked: " + checked);
        assertEquals(List.of(), failures, (dark ? "dark" : "light") + " theme: text below WCAG AA contrast");
    }

    @Test
    void theContrastMeasureFlagsPaleGreyTextOnWhite() {
        emulate(DESKTOP, false);
        String html = "<!DOCTYPE html><html lang=en><body style='background:#fff;margin:0'><main>"
                + "<p style='color:#aaaaaa'>Too pale</p><p style='color:#595959'>Just enough</p>"
                + "<h2 style='color:#949494;font-size:24px;font-weight:400'>Large and 3:1</h2></main></body></html>";
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) driver.executeScript(CONTRAST, "main p, main h2", "");
        assertEquals(3L, ((Number) r.get("checked")).longValue());
        assertEquals(List.of("p \"Too pale\" 2.32:1 (needs 4.5:1), rgb(170, 170, 170) on rgb(255, 255, 255)"), r.get("failures"));
    }

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatMovesFocusToTheMainContent() {
        for (boolean dark : new boolean[] {false, true}) {
            emulate(DESKTOP, dark);
            for (String page : pages) {
                open(page);
                new Actions(driver).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> focused = (Map<String, Object>) driver.executeScript("""
                        const a = document.activeElement, r = a.getBoundingClientRect();
                        return {skip: a.matches('a.skip-link[href="#main"]'), text: a.textContent.trim(),
                          visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth};
                        """);
                assertEquals(true, focused.get("skip"), page + ": the first Tab should reach the skip link, reached '" + focused.get("text") + "'");
                assertEquals(true, focused.get("visible"), page + ": the focused skip link should be on screen");
                @SuppressWarnings("unchecked")
                Map<String, Object> contrast = (Map<String, Object>) driver.executeScript(CONTRAST, "a.skip-link", "");
                assertEquals(List.of(), contrast.get("failures"), page + (dark ? " (dark)" : " (light)") + ": focused skip link contrast");
                new Actions(driver).sendKeys(Keys.ENTER).perform();
                assertEquals("main", driver.executeScript("return document.activeElement.id;"), page + ": Enter on the skip link focuses <main id=main>");
            }
        }
    }

    @Test
    void everyFormControlTheScriptsAddHasAnAccessibleName() {
        emulate(DESKTOP, false);
        List<String> unnamed = new ArrayList<>();
        for (String page : pages) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> bad = (List<String>) driver.executeScript("""
                    return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button, [role=region][tabindex]'))
                      .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')
                        && !(e.tagName === 'BUTTON' && e.textContent.trim()))
                      .map(e => e.outerHTML.slice(0, 80));
                    """);
            bad.forEach(b -> unnamed.add(page + ": " + b));
        }
        assertEquals(List.of(), unnamed, "form controls and scroll regions without an accessible name");
    }

    /** Full-page screenshots (up to 16,000 px tall, Chromium's limit) at both widths, and the phone width in the dark theme. */
    @Test
    void screenshotsOfEveryPageAt1280And390PixelsAreWritten() throws Exception {
        List<String> written = new ArrayList<>();
        for (String variant : List.of("1280", "390", "390-dark")) {
            int width = Integer.parseInt(variant.substring(0, variant.indexOf('-') < 0 ? variant.length() : variant.indexOf('-')));
            emulate(width, variant.endsWith("dark"));
            for (String page : pages) {
                open(page);
                long height = Math.min(16_000, ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue());
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                Path file = SCREENSHOTS.resolve(page.replace(".html", "") + "-" + variant + ".png");
                Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
                written.add(file.getFileName().toString());
            }
        }
        for (String name : written) {
            byte[] png = Files.readAllBytes(SCREENSHOTS.resolve(name));
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', name + " is a PNG");
        }
        assertEquals(pages.size() * 3, written.size(), "screenshots: " + written);
    }
}
