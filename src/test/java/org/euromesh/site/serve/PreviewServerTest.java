package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.euromesh.site.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One preview server on port 0 over a copy of the project, asked what a browser (or an attacker) would ask. */
class PreviewServerTest {

    @TempDir
    static Path tmp;
    static PreviewFixture preview;

    @BeforeAll
    static void startAndBuild() throws Exception {
        preview = PreviewFixture.start(tmp).awaitSiteAndPdf();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void servesTheHomePageAtTheRoot() throws Exception {
        HttpResponse<String> home = preview.get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        String onDisk = Files.readString(preview.out.resolve("index.html"));
        String title = onDisk.substring(onDisk.indexOf("<title>"), onDisk.indexOf("</title>"));
        assertTrue(home.body().contains(title), home.body());
    }

    @Test
    void servedPagesCarryTheReloadScriptButTheFilesOnDiskDoNot() throws Exception {
        String served = preview.get("/results.html").body();
        assertTrue(served.contains(PreviewPages.EVENTS_PATH), served);
        assertTrue(served.indexOf(PreviewPages.EVENTS_PATH) < served.lastIndexOf("</body>"), "the script sits before </body>");
        assertFalse(Files.readString(preview.out.resolve("results.html")).contains("__euromesh"));
        assertFalse(served.contains("euromesh-build-errors"), "no banner while the build is good");
    }

    @Test
    void urlAnnouncedOnTheTerminalIsLoopback() {
        assertEquals("127.0.0.1", preview.server.uri().getHost());
        assertTrue(preview.terminal().contains(preview.server.uri().toString()), preview.terminal());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/..%2fpom.xml", "/..%2Fpom.xml", "/assets/../../pom.xml",
        "/assets/%2e%2e/%2e%2e/pom.xml", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%5cpom.xml", "/assets%5c..%5c..%5cpom.xml",
        "/%5c..%5cpom.xml", "/..%00/pom.xml", "/.%2e/pom.xml", "/%252e%252e/pom.xml", "/assets/.../pom.xml", "//../pom.xml",
        "/C:%5cWindows%5cwin.ini"})
    void pathsThatClimbOutOfTheSiteAreRefused(String rawPath) throws Exception {
        HttpResponse<String> r = preview.get(rawPath);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, rawPath + " answered " + r.statusCode());
        assertFalse(r.body().contains(PreviewFixture.SECRET), rawPath + " leaked the project file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /..\\pom.xml HTTP/1.1", "GET /assets\\..\\..\\pom.xml HTTP/1.1", "GET \\..\\pom.xml HTTP/1.1"})
    void literalBackslashesAreRefused(String requestLine) throws Exception {
        // HttpClient will not send a raw backslash, so this request is written by hand.
        try (Socket socket = new Socket("127.0.0.1", preview.server.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream request = socket.getOutputStream();
            request.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 404"), answer);
            assertFalse(answer.contains(PreviewFixture.SECRET), answer);
        }
    }

    @Test
    void unknownPathAnswers404WithASmallPage() throws Exception {
        HttpResponse<String> r = preview.get("/no-such-page.html");
        assertEquals(404, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("/no-such-page.html"), r.body());
    }

    @Test
    void aFileAskedForAsAFolderIsNotFound() throws Exception {
        assertEquals(404, preview.get("/index.html/").statusCode());
    }

    @Test
    void postAnswers405() throws Exception {
        HttpResponse<String> r = preview.send("/", "POST");
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "OPTIONS"})
    void onlyGetAndHeadAreAnswered(String method) throws Exception {
        assertEquals(405, preview.send("/index.html", method).statusCode());
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> r = preview.send("/assets/site.css", "HEAD");
        assertEquals(200, r.statusCode());
        assertEquals("text/css; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Files.size(preview.out.resolve("assets/site.css")), r.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertEquals("", r.body());
    }

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/assets/site.css, text/css; charset=utf-8",
        "/assets/site.js, text/javascript; charset=utf-8",
        "/assets/fonts/LiberationSans-Regular.ttf, font/ttf",
        "/data/headline.csv, text/csv; charset=utf-8",
        "/euromesh-report.pdf, application/pdf"})
    void filesCarryTheirContentTypeAndAreNeverCached(String path, String type) throws Exception {
        HttpResponse<String> r = preview.get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(type, r.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
    }

    @Test
    void chartsAreServedAsSvg() throws Exception {
        String chart;
        try (var charts = Files.list(preview.out.resolve("charts"))) {
            chart = charts.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().findFirst().orElseThrow();
        }
        HttpResponse<String> r = preview.get("/charts/" + chart);
        assertEquals(200, r.statusCode());
        assertEquals("image/svg+xml", r.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void thePdfFollowsThePagesAsARealPdf() throws Exception {
        HttpResponse<byte[]> r = preview.client.send(HttpRequest.newBuilder(preview.server.uri().resolve("/" + Site.PDF_NAME)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("%PDF", new String(r.body(), 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void eventsEndpointEmitsAMessageAfterARebuild() throws Exception {
        try (PreviewFixture.BuildStream builds = preview.buildStream()) {
            assertEquals("text/event-stream; charset=utf-8", builds.response.headers().firstValue("Content-Type").orElse(""));
            long current = builds.next(Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no build number on opening"));
            Path results = preview.root.resolve("content/results.md");
            Files.writeString(results, Files.readString(results));
            long next = builds.next(PreviewFixture.FIRST_BUILD).orElseThrow(() -> new AssertionError("no build event after the save"));
            assertTrue(next > current, current + " then " + next);
        }
    }

    @Test
    void theEventStreamAnswersHeadWithoutHoldingTheConnection() throws Exception {
        HttpResponse<String> r = preview.send(PreviewPages.EVENTS_PATH, "HEAD");
        assertEquals(200, r.statusCode());
    }
}
