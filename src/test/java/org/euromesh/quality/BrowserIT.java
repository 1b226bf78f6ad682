package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The shipped site in a real browser: Debian's Chromium, headless, driven by Selenium, reading the
 * pages from a local server. Console, network, narrow screens, contrast in both themes, keyboard
 * access. (Screenshots for a human to look at: the {@link Screenshots} tool.) Over 300 lines
 * because every check shares one browser session and one served site, which take most of its time.
 */
class BrowserIT {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    private static final ObjectMapper JSON = new ObjectMapper();

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
        assumeTrue(Chromium.installed(), "browser tests skipped: " + Chromium.INSTALL);
        Path site = QualityProject.shippedSite();
        pages = List.copyOf(QualityProject.pages(site).keySet());
        server = new StaticSiteServer(site);

        driver = Chromium.start(profile, true);
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

    static void emulate(int width, boolean dark) {
        Chromium.emulate(driver, width, width == PHONE ? 844 : 900, dark);
    }

    static void open(String page) {
        Chromium.open(driver, server.base() + page);
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
        // chrome: and chrome-untrusted: are Chromium's own pages (its new-tab page loads one now and then), not a page's requests.
        return url.startsWith(server.base()) || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")
                || url.startsWith("chrome:") || url.startsWith("chrome-untrusted:");
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
}
