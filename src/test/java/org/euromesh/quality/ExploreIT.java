package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.euromesh.chart.PathwayNames;
import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.explore.Control;
import org.euromesh.explore.ExploreInputs;
import org.euromesh.explore.Explorer;
import org.euromesh.explore.State;
import org.euromesh.explore.Verdict;
import org.euromesh.format.Format;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The Explore page in headless Chromium, opened from disk and from a sub-path of a web server,
 * with the WebAssembly model and with the JavaScript one: the keyboard moves a control, and the
 * chart, the table and the headline follow; no console error, no request leaves the machine; and
 * the command the page prints, run through the JVM's loader and model, gives the page's numbers.
 * Over 300 lines because the parity check (200 seeded what-ifs, both compiled models) and the
 * keyboard walk share one browser and one build, which take most of its time.
 */
class ExploreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUB_PATH = "reports/euromesh/";
    private static final String JS_ONLY = "without-wasm/";

    @TempDir
    static Path profile;
    @TempDir
    static Path served;
    static Path site;
    static StaticSiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void startChromium() throws Exception {
        assumeTrue(Chromium.installed(), "explorer tests skipped: " + Chromium.INSTALL);
        site = QualityProject.shippedSite();
        copyTree(site, served.resolve(SUB_PATH));
        copyTree(site, served.resolve(JS_ONLY));
        // A browser without WebAssembly GC, as far as the page can tell: the runtime script defines nothing.
        Files.writeString(served.resolve(JS_ONLY + "assets/explore/model-runtime.js"), "// no WebAssembly runtime\n");
        server = new StaticSiteServer(served);

        driver = Chromium.start(profile, true);
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

    @Test
    void fromDiskTheKeyboardMovesTheResults() throws Exception {
        movesTheResultsWithTheKeyboard(site.resolve("explore.html").toUri().toString(), "WebAssembly");
    }

    @Test
    void fromASubPathTheKeyboardMovesTheResults() throws Exception {
        movesTheResultsWithTheKeyboard(server.base() + SUB_PATH + "explore.html", "WebAssembly");
    }

    @Test
    void withoutWebAssemblyTheJavaScriptModelRunsThePage() throws Exception {
        movesTheResultsWithTheKeyboard(server.base() + JS_ONLY + "explore.html", "JavaScript");
    }

    @Test
    void thePrintedCommandRebuildsThePagesNumbers() throws Exception {
        for (String state : List.of("tmega=4.5&sites=3", "tmed=3.8&alpha8=1.6&target=70B", "tmega=2.5&mfu=0.3&public=50",
                "tfast=2&ttranche=5.5&phased=300&month=2028-04")) {
            for (String base : List.of(server.base() + SUB_PATH, server.base() + JS_ONLY)) {
                open(base + "explore.html#" + state);
                String command = text("explore-command");
                List<String> sets = Arrays.stream(command.split(" --set ")).skip(1).toList();
                assertTrue(command.startsWith("bin/euromesh build --set "), command);
                ModelResults build = run(sets);
                assertEquals(Verdict.headline(build), text("explore-headline"), base + " " + state);
                List<WebElement> rows = driver.findElements(By.cssSelector("#explore-scenarios tbody tr"));
                assertEquals(build.scenarios().size(), rows.size());
                for (WebElement row : rows) {
                    List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
                    ScenarioResult.TargetDelivery d = build.scenario(cells.get(0).getText()).delivery(build.inputs().headlineTarget());
                    assertEquals(date(build, d.mesh()), cells.get(2).getText(), state + " mesh, " + cells.get(0).getText());
                    assertEquals(date(build, d.campus()), cells.get(3).getText(), state + " campus, " + cells.get(0).getText());
                }
                int t = build.inputs().targets().indexOf(build.inputs().headline());
                List<ScenarioResult.PathwayRun> runs = build.headlineScenario().pathways();
                List<WebElement> pathways = driver.findElements(By.cssSelector("#explore-pathways tbody tr"));
                assertEquals(runs.size(), pathways.size(), "a row for every pathway of the build");
                for (int i = 0; i < runs.size(); i++) {
                    List<WebElement> cells = pathways.get(i).findElements(By.cssSelector("th, td"));
                    assertEquals(PathwayNames.of(runs.get(i)), cells.get(0).getText());
                    assertEquals(date(build, runs.get(i).deliveries().get(t)),
                            cells.get(1).findElement(By.className("date")).getText(), state + " " + cells.get(0).getText());
                }
                waitForMonteCarlo(state);
                assertEquals(Verdict.monteCarlo(build), text("explore-monte-carlo"), base + " " + state);
                assertEquals(List.of(), consoleErrors(), base + " " + state);
            }
        }
    }

    @Test
    void withoutJavaScriptThePageShowsTheEditionAndSaysWhy() throws InterruptedException {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get("about:blank");
            driver.get(server.base() + SUB_PATH + "explore.html");
            Thread.sleep(2000); // longer than the model takes to start, had the scripts run
            assertTrue(text("explore-status").startsWith("The explorer needs JavaScript"), text("explore-status"));
            assertTrue(driver.findElement(By.cssSelector("#explore-static figure img")).isDisplayed(), "the edition's chart");
            assertTrue(driver.findElement(By.cssSelector("#explore-static table")).isDisplayed(), "the edition's table");
            assertTrue(driver.findElements(By.cssSelector("#explorer *")).isEmpty(), "no controls without the model");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /**
     * Seeded random what-ifs through the page's compiled model and through the same Java on the JVM:
     * in WebAssembly and in TeaVM's JavaScript build alike every output is equal to the last bit, the
     * Monte Carlo too for the same draws (the model computes log, exp, cos and pow itself, in
     * {@code Fdlibm}, instead of the browser's {@code Math}).
     */
    @Test
    void thePagesModelGivesTheJvmsNumbersForRandomWhatIfs() throws Exception {
        ExploreInputs in = ExploreInputs.fromJson(ExploreInputs.of(run(List.of()).inputs()).toJson());
        SplittableRandom random = new SplittableRandom(20260615);
        for (String base : List.of(server.base() + SUB_PATH, server.base() + JS_ONLY)) {
            open(base + "explore.html");
            for (int i = 0; i < 200; i++) {
                String query = randomQuery(in, random);
                double tolerance = 0; // the model's transcendental functions are its own (Fdlibm), so every bit agrees
                String page = (String) js("return EuroMeshExplore.explorer.api.run(arguments[0]);", query);
                assertSame(JSON.readTree(Explorer.run(in, State.parse(query, in))), JSON.readTree(page), tolerance, base + " run " + query);
                if (i % 20 == 0) {
                    String mc = (String) js("return EuroMeshExplore.explorer.api.monteCarlo(arguments[0], 2000);", query);
                    assertSame(JSON.readTree(Explorer.monteCarlo(in, State.parse(query, in), 2000)), JSON.readTree(mc), tolerance,
                            base + " Monte Carlo " + query);
                }
            }
            assertEquals(List.of(), consoleErrors(), base);
        }
    }

    /** Equal JSON; numbers within a relative {@code tolerance} (0: the same double). */
    private static void assertSame(JsonNode expected, JsonNode actual, double tolerance, String where) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.asDouble();
            double a = actual.asDouble();
            assertTrue(e == a || Math.abs(e - a) <= tolerance * Math.max(Math.abs(e), Math.abs(a)),
                    where + ": " + e + " against " + a);
        } else if (expected.isContainerNode()) {
            assertEquals(expected.size(), actual.size(), where);
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSame(expected.get(i), actual.get(i), tolerance, where + "[" + i + "]");
                }
            } else {
                expected.fieldNames().forEachRemaining(k -> assertSame(expected.get(k), actual.path(k), tolerance, where + "." + k));
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }

    private static String randomQuery(ExploreInputs in, SplittableRandom random) {
        List<String> parts = new ArrayList<>();
        for (Control c : Control.values()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = switch (c) {
                case TARGET -> in.targets().get(random.nextInt(in.targets().size())).id();
                case PUBLIC_SHARE -> java.math.BigDecimal.valueOf(Math.round(in.publicFractions().get(random.nextInt(in.publicFractions().size())) * 1000) / 10.0)
                        .stripTrailingZeros().toPlainString();
                default -> {
                    long u = c.minUnits() + random.nextLong(c.maxUnits(in) - c.minUnits() + 1);
                    yield State.edition(in).with(c, u).text(c);
                }
            };
            parts.add(c.key() + "=" + value);
        }
        return String.join("&", parts);
    }

    private static void movesTheResultsWithTheKeyboard(String url, String engine) throws Exception {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        open(url);
        assertEquals("Model running as " + engine + " in this browser.", text("explore-engine"));
        assertTrue((Boolean) js("return document.getElementById('explore-static').hidden;"), "the static edition is hidden");
        waitForMonteCarlo("");
        String headline = text("explore-headline");
        String chart = chartSvg();
        String table = driver.findElement(By.cssSelector("#explore-scenarios table")).getText();
        String monteCarlo = text("explore-monte-carlo");
        assertTrue(headline.contains("the mesh is first"), headline);

        WebElement wait = driver.findElement(By.id("explore-tmega"));
        wait.sendKeys(Keys.HOME);
        assertEquals("tmega=0", ((String) js("return location.hash;")).substring(1));
        assertNotEquals(headline, text("explore-headline"));
        assertTrue(text("explore-headline").contains("the campus is first"), text("explore-headline"));
        assertNotEquals(chart, chartSvg());
        assertNotEquals(table, driver.findElement(By.cssSelector("#explore-scenarios table")).getText());
        assertEquals("0.0 years", text("explore-tmega-value"));

        // One key at a time, finding the control again: the page may redraw it after a change.
        driver.findElement(By.id("explore-sites")).sendKeys(Keys.ARROW_RIGHT);
        waitFor(Duration.ofSeconds(10), () -> "tmega=0&sites=2".equals(((String) js("return location.hash;")).substring(1)), "sites=2");
        driver.findElement(By.id("explore-sites")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("tmega=0&sites=3", ((String) js("return location.hash;")).substring(1));
        waitForMonteCarlo("tmega=0&sites=3");
        assertNotEquals(monteCarlo, text("explore-monte-carlo"));
        assertTrue(text("explore-command").endsWith("--set scenarios.baseline.tau_mega_years=0 --set training.max_replicas=3"
                + " --set scenarios.monte_carlo.draws=10000"), text("explore-command"));

        // A campus route and the decision month, by keyboard too: the chart, the pathway table and the headline follow,
        // with the JVM's words and dates for the same state.
        ExploreInputs in = ExploreInputs.fromJson(ExploreInputs.of(run(List.of()).inputs()).toJson());
        chart = chartSvg();
        String pathways = text("explore-pathways");
        driver.findElement(By.id("explore-tfast")).sendKeys(Keys.HOME);
        waitFor(Duration.ofSeconds(10), () -> "tmega=0&tfast=0&sites=3".equals(((String) js("return location.hash;")).substring(1)), "tfast=0");
        // The Monte Carlo's bands redraw the chart when they arrive: compare charts that both have them.
        waitForMonteCarlo("tmega=0&tfast=0&sites=3");
        JsonNode jvm = JSON.readTree(Explorer.run(in, State.parse("tmega=0&tfast=0&sites=3", in)));
        assertEquals("0.0 years", text("explore-tfast-value"));
        assertNotEquals(pathways, text("explore-pathways"));
        assertNotEquals(chart, chartSvg());
        assertEquals(pathwayRows(jvm), pathwayRows());
        headline = text("explore-headline");
        chart = chartSvg();
        pathways = text("explore-pathways");
        driver.findElement(By.id("explore-month")).sendKeys(Keys.END);
        String moved = "tmega=0&tfast=0&month=" + State.edition(in).with(Control.DECISION_MONTH, Control.DECISION_MONTH.maxUnits(in))
                .text(Control.DECISION_MONTH) + "&sites=3";
        waitFor(Duration.ofSeconds(10), () -> moved.equals(((String) js("return location.hash;")).substring(1)), moved);
        waitForMonteCarlo(moved);
        jvm = JSON.readTree(Explorer.run(in, State.parse(moved, in)));
        assertNotEquals(headline, text("explore-headline"));
        assertEquals(jvm.path("headline").asText(), text("explore-headline"));
        assertEquals(jvm.path("values").path("month").asText(), text("explore-month-value"));
        assertNotEquals(chart, chartSvg());
        assertNotEquals(pathways, text("explore-pathways"));
        assertEquals(pathwayRows(jvm), pathwayRows());
        assertTrue(text("explore-command").contains(" --set scenarios.start_month=" + moved.split("month=")[1].split("&")[0] + " "),
                text("explore-command"));

        assertEquals(List.of(), consoleErrors(), "console errors on " + url);
        assertEquals(Set.of(), outsideRequests(url), "requests that leave the page's own folder or the test server");
    }

    /** The chart as it stands, read in one step (the Monte Carlo may redraw it at any moment). */
    private static String chartSvg() {
        return (String) js("return document.querySelector('#explore-chart svg').outerHTML;");
    }

    /** The page's pathway table, one "name: date" per row. */
    private static List<String> pathwayRows() {
        List<String> out = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#explore-pathways tbody tr"))) {
            out.add(row.findElement(By.cssSelector("th")).getText() + ": " + row.findElement(By.className("date")).getText());
        }
        return out;
    }

    /** The same from the JVM's run of the state. */
    private static List<String> pathwayRows(JsonNode run) {
        List<String> out = new ArrayList<>();
        run.path("chart").path("pathways").forEach(p -> out.add(p.path("name").asText() + ": " + p.path("date").asText()));
        return out;
    }

    private static void open(String url) {
        driver.get("about:blank");
        driver.get(url);
        waitFor(Duration.ofSeconds(30), () -> !text("explore-headline").isEmpty(), "the headline of " + url);
    }

    private static void waitForMonteCarlo(String query) {
        waitFor(Duration.ofSeconds(60), () -> query.equals(js("var e = document.getElementById('explore-monte-carlo');"
                + " return e.getAttribute('aria-busy') === 'false' ? e.getAttribute('data-query') : null;")),
                "the Monte Carlo of '" + query + "'");
    }

    private static void waitFor(Duration limit, BooleanSupplier done, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; console: " + consoleErrors());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static String text(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return errors;
    }

    private static Set<String> outsideRequests(String page) throws IOException {
        Set<String> outside = new LinkedHashSet<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(e.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                boolean local = url.startsWith(server.base()) || url.startsWith("file:") || url.startsWith("blob:")
                        || url.startsWith("data:") || url.startsWith("about:") || url.startsWith("chrome:")
                        || url.startsWith("chrome-untrusted:"); // the browser's own pages (a new tab's), never the network
                if (!local) {
                    outside.add(page + ": " + url);
                }
            }
        }
        return outside;
    }

    private static ModelResults run(List<String> sets) {
        LoadResult r = DataLoader.load(Path.of("data"), sets);
        if (!(r instanceof LoadResult.Ok ok)) {
            throw new AssertionError("the printed overrides do not load: " + sets + ": " + r);
        }
        return Model.run(ok.inputs().model());
    }

    private static String date(ModelResults r, org.euromesh.model.Delivery d) {
        return d.delivered() ? Format.date(r.inputs().startMonth(), d.monthIndex().getAsInt())
                : Format.afterHorizon(r.inputs().startMonth(), r.inputs().horizonMonths());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
