package org.euromesh.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built site works wherever it is put: under a sub-path of a web server, and opened from disk. */
class DeployAnywhereIT {

    static final String MOUNT = "/reports/euromesh/";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @TempDir
    static Path tmp;
    static Path site;
    static HttpServer server;
    static String origin;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void buildAndServe() throws Exception {
        site = Project.build(Project.copy(tmp.resolve("project")));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(MOUNT, exchange -> {
            String rest = exchange.getRequestURI().getPath().substring(MOUNT.length());
            Path file = site.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve(Publishing.NOT_FOUND));
            exchange.getResponseHeaders().set("Content-Type", contentType(found ? file.toString() : ".html"));
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The local links of an HTML page (the shared image included) or a stylesheet, as written. */
    static List<String> references(String path, String body) {
        List<String> refs = new ArrayList<>();
        if (path.endsWith(".css")) {
            Matcher m = CSS_URL.matcher(body);
            while (m.find()) {
                refs.add(m.group(1));
            }
            return refs;
        }
        Document d = Jsoup.parse(body);
        for (Element el : d.select("a[href], link[href], img[src], script[src], source[src], iframe[src]")) {
            refs.add(el.hasAttr("href") ? el.attr("href") : el.attr("src"));
        }
        d.select("meta[property=og:image], meta[name=twitter:image]").forEach(m -> refs.add(m.attr("content")));
        return refs;
    }

    static boolean local(String ref) {
        return !ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !ref.startsWith("#") && !ref.startsWith("//");
    }

    @Test
    void servedFromASubPathEveryPageAndAssetResolves() throws Exception {
        URI start = URI.create(origin + MOUNT);
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        Set<URI> seen = new LinkedHashSet<>(queue);
        Map<String, String> broken = new TreeMap<>();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            HttpResponse<byte[]> r = get(uri);
            if (r.statusCode() != 200) {
                broken.put(uri.getPath(), "HTTP " + r.statusCode());
                continue;
            }
            String path = uri.getPath();
            if (!(path.endsWith("/") || path.endsWith(".html") || path.endsWith(".css"))) {
                continue;
            }
            for (String ref : references(path, new String(r.body(), StandardCharsets.UTF_8))) {
                if (!local(ref)) {
                    continue;
                }
                URI target = uri.resolve(ref);
                target = URI.create(target.getScheme() + "://" + target.getRawAuthority() + target.getRawPath());
                if (!target.getPath().startsWith(MOUNT)) {
                    broken.put(path + " -> " + ref, "leaves " + MOUNT);
                } else if (seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        assertEquals(Map.of(), broken);
        Set<String> pages = new LinkedHashSet<>();
        seen.forEach(u -> pages.add(u.getPath().substring(MOUNT.length())));
        try (Stream<Path> s = Files.list(site)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(Publishing.NOT_FOUND)) {
                    assertTrue(pages.contains(name), name + " is reachable by links from the home page; reached: " + pages);
                }
            }
        }
        assertTrue(pages.containsAll(List.of("assets/site.css", "assets/site.js", "social-card.png", "euromesh-data.zip",
                "euromesh.bib", "euromesh.csl.json", "euromesh-report.pdf", "charts/delivery-band.svg")), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("assets/fonts/")), "fonts are reached through the stylesheet");
    }

    @Test
    void anUnknownPathUnderTheSubPathGetsTheNotFoundPage() throws Exception {
        HttpResponse<byte[]> r = get(URI.create(origin + MOUNT + "no-such-page.html"));
        assertEquals(404, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("<h1>Page not found</h1>"));
    }

    @Test
    void everyInternalLinkOfEveryPageIsRelative() throws IOException {
        try (Stream<Path> s = Files.list(site)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (String ref : references(p.toString(), Files.readString(p))) {
                    assertFalse(ref.startsWith("/"), p.getFileName() + " links " + ref + " from the server root");
                    if (ref.matches("(?i)^https?:.*")) {
                        assertFalse(ref.contains("127.0.0.1") || ref.contains("localhost"), p.getFileName() + " links " + ref);
                    }
                }
            }
        }
    }

    @Test
    void openedFromDiskTheReportLoadsItsStylesFontsChartsScriptAndLinks() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM
                + "; CI installs it (apt-get install chromium), so this test runs there");
        Path probe = site.resolve("probe-report.html");
        String report = Files.readString(site.resolve("report.html"));
        Files.writeString(probe, report.replace("</body>", PROBE + "</body>"));
        try {
            JsonNode result = probe(probe);
            assertTrue(result.path("fontFamily").asText().contains("IBM Plex Serif"), "site.css applies: " + result);
            assertEquals("rgb(11, 31, 58)", result.path("headerBackground").asText(), "the header takes its colour from site.css");
            assertTrue(result.path("images").asInt() >= 5, "the report shows its charts: " + result);
            assertEquals(result.path("images").asInt(), result.path("imagesLoaded").asInt(), "every chart image loads: " + result);
            assertTrue(result.path("fontsLoaded").toString().contains("IBM Plex Serif"), "the bundled fonts load: " + result);
            if (result.path("clipboard").asBoolean()) {
                assertEquals(2, result.path("copyButtons").asInt(), "site.js runs and adds the copy buttons: " + result);
            }
            List<String> missing = new ArrayList<>();
            for (JsonNode href : result.path("links")) {
                URI target = URI.create(href.asText());
                if ("file".equals(target.getScheme()) && !Files.exists(Path.of(URI.create("file://" + target.getRawPath())))) {
                    missing.add(href.asText());
                }
            }
            assertEquals(List.of(), missing, "every relative link of the report opens a file of the site");
            assertTrue(result.path("links").size() > 20, "links were collected: " + result.path("links").size());
        } finally {
            Files.delete(probe);
        }
    }

    /** Reports, once the page has loaded, what the browser applied; the result is read back from the dumped DOM. */
    private static final String PROBE = """
            <script>
            window.addEventListener("load", function () {
              setTimeout(function () {
                var imgs = Array.prototype.slice.call(document.images);
                var result = {
                  fontFamily: getComputedStyle(document.body).fontFamily,
                  headerBackground: getComputedStyle(document.querySelector(".site-header")).backgroundColor,
                  images: imgs.length,
                  imagesLoaded: imgs.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length,
                  fontsLoaded: Array.from(document.fonts).filter(function (f) { return f.status === "loaded"; }).map(function (f) { return f.family; }),
                  clipboard: !!navigator.clipboard,
                  copyButtons: document.querySelectorAll("button.copy-button").length,
                  links: Array.from(document.querySelectorAll("a[href]")).map(function (a) { return a.href; })
                };
                var out = document.createElement("pre");
                out.id = "probe-result";
                out.textContent = JSON.stringify(result);
                document.body.appendChild(out);
              }, 500);
            });
            </script>
            """;

    static JsonNode probe(Path page) throws Exception {
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium finished");
        Element pre = Jsoup.parse(new String(out, StandardCharsets.UTF_8)).getElementById("probe-result");
        assertTrue(pre != null, "the probe ran in Chromium; output: " + new String(out, StandardCharsets.UTF_8).lines().limit(5).toList());
        return new ObjectMapper().readTree(pre.text());
    }
}
