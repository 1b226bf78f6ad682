package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every chart on every page as a reader sees it, in Debian's headless Chromium: at 390 px (a
 * phone) and 1280 px, in both colour schemes. It measures the rendered size of each chart's
 * smallest text, looks for text boxes that overlap, checks each text's contrast against the
 * chart's background, and reads the pixels of the chart's background off the screen to compare
 * them with the page's in the dark theme. Figure screenshots go to target/screenshots/charts/.
 */
class ChartReadabilityIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "charts");
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    /** Smallest chart text at 390 px, in CSS px (issue 12). */
    private static final double SMALLEST_TEXT_PX = 11;
    /** A chart background this close to the page's reads as part of it; a white slab on a dark page is about 18:1. */
    private static final double MOST_BACKGROUND_CONTRAST = 1.25;

    /**
     * Every chart image on the page, measured: the SVG the page chose (its narrow or wide
     * layout) is fetched and laid out again, hidden, at the image's rendered width, so its text
     * can be measured in the page's own media (width, colour scheme).
     */
    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            const lum = c => {
              const m = c.match(/[0-9.]+/g).map(Number);
              const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]);
            };
            const contrast = (a, b) => { const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
            (async () => {
              const out = [];
              const images = Array.from(document.querySelectorAll('figure.chart img')).filter(i => i.getBoundingClientRect().width > 0); // a figure the page hides (the explorer's no-script fallback) is not read
              for (const img of images) {
                if (!img.complete) await new Promise(r => img.addEventListener('load', r, {once: true}));
                const r = img.getBoundingClientRect();
                const src = img.currentSrc;
                const text = await (await fetch(src)).text();
                const holder = document.createElement('div');
                holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;width:' + r.width + 'px';
                holder.innerHTML = text;
                document.body.appendChild(holder);
                const svg = holder.querySelector('svg');
                svg.style.width = '100%';
                svg.style.height = 'auto';
                svg.style.display = 'block';
                const scale = svg.getScreenCTM().a;
                const background = getComputedStyle(svg.querySelector(':scope > rect')).fill;
                let smallest = Infinity, smallestText = '';
                const boxes = [];
                const lowContrast = [];
                for (const t of svg.querySelectorAll('text, tspan')) {
                  const size = parseFloat(getComputedStyle(t).fontSize) * scale;
                  const words = t.textContent.trim();
                  if (!words) continue;
                  if (size < smallest) { smallest = size; smallestText = words; }
                  if (t.tagName === 'text') {
                    const b = t.getBoundingClientRect();
                    boxes.push({words: words, l: b.left, r: b.right, t: b.top, b: b.bottom});
                    const ratio = contrast(getComputedStyle(t).fill, background);
                    if (ratio < 4.5) lowContrast.push('"' + words.slice(0, 30) + '" ' + ratio.toFixed(2) + ':1');
                  }
                }
                const overlaps = [];
                for (let i = 0; i < boxes.length; i++) {
                  for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i], b = boxes[j];
                    const w = Math.min(a.r, b.r) - Math.max(a.l, b.l), h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
                    if (w > 1 && h > 1) overlaps.push('"' + a.words.slice(0, 30) + '" / "' + b.words.slice(0, 30) + '"');
                  }
                }
                holder.remove();
                img.scrollIntoView({block: 'center'});
                const v = img.getBoundingClientRect();
                out.push({src: src.replace(/^.*\\//, ''), width: r.width, smallest: smallest, smallestText: smallestText,
                  overlaps: overlaps, lowContrast: lowContrast, texts: boxes.length,
                  x: v.left + scrollX, y: v.top + scrollY, w: v.width, h: v.height,
                  page: getComputedStyle(document.body).backgroundColor});
              }
              return out;
            })().then(done, e => done([{error: String(e)}]));
            """;

    @TempDir
    static Path profile;
    static StaticSiteServer server;
    static ChromeDriver driver;
    static List<String> pages;

    @BeforeAll
    static void startChromiumOnTheBuiltSite() throws Exception {
        assumeTrue(Chromium.installed(), "chart browser tests skipped: " + Chromium.INSTALL);
        Path site = QualityProject.shippedSite();
        pages = QualityProject.pages(site).entrySet().stream().filter(e -> e.getValue().contains("<figure class=\"chart\""))
                .map(Map.Entry::getKey).toList();
        server = new StaticSiteServer(site);
        driver = Chromium.start(profile, false, "--hide-scrollbars");
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
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

    /** One chart image as measured on one page at one width and colour scheme. */
    record Measured(String where, String src, double width, double smallest, String smallestText, List<String> overlaps,
            List<String> lowContrast, int texts, int[] shownBackground, String pageBackground) {
    }

    private static List<Measured> measure(int width, boolean dark) throws Exception {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        String variant = width + (dark ? "-dark" : "");
        List<Measured> all = new ArrayList<>();
        for (String page : pages) {
            driver.get(server.base() + page);
            driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "(document.readyState === 'complete' ? Promise.resolve() : new Promise(r => addEventListener('load', r)))"
                    + ".then(() => document.fonts.ready).then(() => done(true));");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> charts = (List<Map<String, Object>>) driver.executeAsyncScript(MEASURE);
            for (Map<String, Object> c : charts) {
                assertTrue(!c.containsKey("error"), page + ": " + c.get("error"));
                String src = (String) c.get("src");
                byte[] shot = screenshot(num(c, "x"), num(c, "y"), num(c, "w"), num(c, "h"));
                Files.write(SCREENSHOTS.resolve(page.replace(".html", "") + "-" + src.replace(".svg", "") + "-" + variant + ".png"), shot);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(shot));
                int rgb = image.getRGB(2, 2);
                @SuppressWarnings("unchecked")
                List<String> overlaps = (List<String>) c.get("overlaps");
                @SuppressWarnings("unchecked")
                List<String> lowContrast = (List<String>) c.get("lowContrast");
                all.add(new Measured(page + " at " + variant, src, num(c, "width"), num(c, "smallest"), (String) c.get("smallestText"),
                        overlaps, lowContrast, (int) num(c, "texts"), new int[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255},
                        (String) c.get("page")));
            }
        }
        assertTrue(all.size() >= pages.size(), "charts measured: " + all.size());
        return all;
    }

    private static byte[] screenshot(double x, double y, double w, double h) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", x, "y", y, "width", w, "height", h, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void onAPhoneEveryChartShowsItsNarrowLayoutWithTextOfElevenPixelsOrMore() throws Exception {
        List<String> small = new ArrayList<>();
        for (Measured m : measure(PHONE, false)) {
            assertTrue(m.src().endsWith("-narrow.svg"), m.where() + " shows " + m.src() + ", not the narrow layout");
            if (m.smallest() < SMALLEST_TEXT_PX) {
                small.add(m.where() + " " + m.src() + ": \"" + m.smallestText() + "\" at " + String.format("%.1f", m.smallest()) + " px");
            }
        }
        assertEquals(List.of(), small, "chart text smaller than " + SMALLEST_TEXT_PX + " CSS px on a " + PHONE + " px screen");
    }

    @Test
    void onADesktopEveryChartShowsItsWideLayoutWithTextOfElevenPixelsOrMore() throws Exception {
        List<String> small = new ArrayList<>();
        for (Measured m : measure(DESKTOP, false)) {
            assertTrue(!m.src().endsWith("-narrow.svg"), m.where() + " shows the narrow layout");
            if (m.smallest() < SMALLEST_TEXT_PX) {
                small.add(m.where() + " " + m.src() + ": \"" + m.smallestText() + "\" at " + String.format("%.1f", m.smallest()) + " px");
            }
        }
        assertEquals(List.of(), small, "chart text smaller than " + SMALLEST_TEXT_PX + " CSS px at " + DESKTOP + " px");
    }

    @Test
    void noTwoTextBoxesOfAChartOverlapAtEitherWidth() throws Exception {
        List<String> overlaps = new ArrayList<>();
        for (int width : new int[] {PHONE, DESKTOP}) {
            for (Measured m : measure(width, false)) {
                assertTrue(m.texts() > 5, m.where() + " " + m.src() + " has only " + m.texts() + " texts");
                m.overlaps().forEach(o -> overlaps.add(m.where() + " " + m.src() + ": " + o));
            }
        }
        assertEquals(List.of(), overlaps, "overlapping chart text");
    }

    @Test
    void inTheDarkThemeEachChartSitsOnThePageBackgroundAndItsTextMeetsWcagAa() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int width : new int[] {PHONE, DESKTOP}) {
            for (Measured m : measure(width, true)) {
                int[] page = rgb(m.pageBackground());
                double ratio = contrast(m.shownBackground(), page);
                if (ratio > MOST_BACKGROUND_CONTRAST) {
                    failures.add(m.where() + " " + m.src() + ": background rgb" + java.util.Arrays.toString(m.shownBackground())
                            + " is " + String.format("%.2f", ratio) + ":1 against the page " + m.pageBackground());
                }
                m.lowContrast().forEach(t -> failures.add(m.where() + " " + m.src() + ": text " + t));
            }
        }
        assertEquals(List.of(), failures, "dark theme: charts that stand out from the page or whose text is below 4.5:1");
    }

    @Test
    void inTheLightThemeEveryChartTextMeetsWcagAa() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Measured m : measure(PHONE, false)) {
            m.lowContrast().forEach(t -> failures.add(m.where() + " " + m.src() + ": text " + t));
        }
        assertEquals(List.of(), failures, "light theme: chart text below 4.5:1");
    }

    @Test
    void theMeasureFlagsTinyTextOverlappingLabelsPaleTextAndAWhiteSlabOnADarkPage() throws Exception {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 720 200'><rect width='720' height='200' fill='#ffffff'/>"
                + "<text x='10' y='50' font-size='14' fill='#1a1a1a'>Overlapping label</text>"
                + "<text x='40' y='55' font-size='14' fill='#1a1a1a'>Another label</text>"
                + "<text x='10' y='150' font-size='14' fill='#dddddd'>Pale</text></svg>";
        String html = "<!DOCTYPE html><html lang=en><body style='background:#121519;margin:0'><figure class='chart' style='margin:0'>"
                + "<img style='width:360px;display:block' alt='' src='data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "'></figure></body></html>";
        driver.get("data:text/html;base64," + Base64.getEncoder().encodeToString(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) driver.executeAsyncScript(MEASURE);
        assertEquals(1, charts.size(), String.valueOf(charts));
        Map<String, Object> c = charts.get(0);
        assertEquals(7.0, num(c, "smallest"), 0.1, "14 units at half scale");
        assertEquals(List.of("\"Overlapping label\" / \"Another label\""), c.get("overlaps"));
        assertEquals(1, ((List<?>) c.get("lowContrast")).size(), String.valueOf(c.get("lowContrast")));
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(screenshot(num(c, "x"), num(c, "y"), num(c, "w"), num(c, "h"))));
        int pixel = shot.getRGB(2, 2);
        double ratio = contrast(new int[] {(pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255}, rgb((String) c.get("page")));
        assertTrue(ratio > MOST_BACKGROUND_CONTRAST, "a white chart on the dark page reads " + ratio + ":1");
    }

    private static int[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return new int[] {(int) Double.parseDouble(parts[0]), (int) Double.parseDouble(parts[1]), (int) Double.parseDouble(parts[2])};
    }

    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            l[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
