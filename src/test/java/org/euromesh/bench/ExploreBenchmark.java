package org.euromesh.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Explore page's figures for docs/PERFORMANCE.md (bench/explore.sh runs it on a built site):
 * the gzipped size of what each way of loading it transfers, the time from navigation to the first
 * result, a control change's update of the deterministic outputs, and the 10 000-draw Monte Carlo
 * in the worker, in headless Chromium. Not a test: it prints medians, it asserts nothing.
 */
public final class ExploreBenchmark {

    private static final String FOLDER = "assets/explore/";

    private ExploreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        sizes(site);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        Path profile = Files.createTempDirectory("explore-bench-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("XDG_CACHE_HOME", profile.resolve("cache").toString(), "XDG_CONFIG_HOME",
                        profile.resolve("config").toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/explore.html";
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                driver.get("about:blank");
                driver.get(url);
                first.add(number(driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                        + "(function wait() { const t = self.EuroMeshExplore && EuroMeshExplore.timings;"
                        + " if (t && t.firstResultMs !== undefined && t.monteCarloDone) done(t.firstResultMs); else setTimeout(wait, 20); })();")));
            }
            report("page load to first result (navigation start to the first deterministic result drawn)", first);

            List<Double> change = new ArrayList<>();
            List<Double> monteCarlo = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; const i = arguments[0];"
                        + "const t = EuroMeshExplore.timings; const before = t.monteCarloDone;"
                        + "const input = document.getElementById(i % 2 ? 'explore-tmega' : 'explore-sites');"
                        + "input.value = String(Number(input.min) + (i * 7) % (Number(input.max) - Number(input.min)));"
                        + "const start = performance.now(); input.dispatchEvent(new Event('input'));"
                        + "const update = performance.now() - start;"
                        + "(function wait() { if (t.monteCarloDone > before) done({update: update, run: t.lastRunMs, mc: t.lastMonteCarloMs});"
                        + " else setTimeout(wait, 10); })();", i);
                change.add(number(r.get("update")));
                monteCarlo.add(number(r.get("mc")));
            }
            report("control change to updated deterministic outputs (model run, chart, table, sentences)", change);
            report("Monte Carlo, 10 000 draws in the worker", monteCarlo);
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    private static void sizes(Path site) throws IOException {
        List<String> common = List.of("explore.js", "explore.css", "inputs.js");
        long commonBytes = 0;
        for (String f : common) {
            commonBytes += gzipped(site.resolve(FOLDER + f));
        }
        long wasm = commonBytes + gzipped(site.resolve(FOLDER + "model-runtime.js")) + gzipped(site.resolve(FOLDER + "model.wasm"));
        long javaScript = commonBytes + gzipped(site.resolve(FOLDER + "model-runtime.js")) + gzipped(site.resolve(FOLDER + "model-js.js"));
        long disk = commonBytes + gzipped(site.resolve(FOLDER + "model-runtime.js")) + gzipped(site.resolve(FOLDER + "model-wasm-inline.js"));
        System.out.printf("explorer assets, gzipped (-9): WebAssembly %.1f KB; JavaScript fallback %.1f KB; from disk %.1f KB%n",
                wasm / 1024.0, javaScript / 1024.0, disk / 1024.0);
    }

    private static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) { { def.setLevel(9); } }) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%s: median %.1f ms (min %.1f, max %.1f, %d runs)%n", what, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
