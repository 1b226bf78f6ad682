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
import java.util.ArrayList;
import java.util.List;

import org.euromesh.site.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One preview server on port 0 over a copy of the project, asked what a browser (or an attacker) would ask. */
class PreviewServerIT {

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
            request.write((requestLine + "\r\nHost: 127.0.0.1:" + preview.server.uri().getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 404"), answer);
            assertFalse(answer.contains(PreviewFixture.SECRET), answer);
        }
    }

    /** Sends {@code head} as written and returns all the server answers before it closes the connection. */
    private static String raw(String head) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", preview.server.uri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "rebound.example.com:PORT", "127.0.0.1:1"})
    void aForeignHostHeaderIsRefused(String host) throws Exception {
        // What a page on another site sends after its name has been rebound to 127.0.0.1.
        String answer = raw("GET / HTTP/1.1\r\nHost: " + host.replace("PORT", Integer.toString(preview.server.uri().getPort()))
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 421 "), answer);
        assertFalse(answer.contains("<title>"), "no page for a foreign host: " + answer);
    }

    @Test
    void anHttp11RequestWithoutHostIs400() throws Exception {
        String answer = raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
    }

    @Test
    void localhostWithThePortIsServed() throws Exception {
        String answer = raw("GET / HTTP/1.1\r\nHost: localhost:" + preview.server.uri().getPort() + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 ") && answer.contains("<title>"), answer);
    }

    @Test
    void aDozenSlowClientsLeaveThePagesServedWithinASecond() throws Exception {
        int port = preview.server.uri().getPort();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket("127.0.0.1", port);
                slow.add(s);
                // A third send nothing, a third stop in the request line, a third stop in the headers.
                String part = switch (i % 3) {
                    case 0 -> "";
                    case 1 -> "GET /results.ht";
                    default -> "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/ht";
                };
                s.getOutputStream().write(part.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                HttpResponse<String> page = preview.get("/results.html");
                long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertEquals(200, page.statusCode());
                assertTrue(took < 1000, "a page took " + took + " ms while 12 slow clients held sockets");
                for (int i = 2; i < slow.size(); i += 3) {
                    slow.get(i).getOutputStream().write('x'); // One more byte each round: still far from a whole head.
                }
                Thread.sleep(300);
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
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
        "/assets/fonts/IBMPlexSans-Regular.woff2, font/woff2",
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
