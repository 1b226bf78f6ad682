package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.euromesh.site.Site;

/** A preview server on port 0 over a throw-away copy of the project, and an HTTP client that sends paths as written. */
final class PreviewFixture implements AutoCloseable {

    /** Stands in for a project file the server must never hand out. */
    static final String SECRET = "project-file-outside-the-site";
    static final Duration FIRST_BUILD = Duration.ofSeconds(180);

    final Path root;
    final Path out;
    final PreviewServer server;
    final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private PreviewFixture(Path root) throws IOException {
        this.root = root;
        this.out = root.resolve("site");
        PrintStream print = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        this.server = PreviewServer.start(new Site.Options(root, out, List.of(), false), 0, print, print);
    }

    /** Copies data/, content/ and templates/ from the working directory into {@code root} and serves it. */
    static PreviewFixture start(Path root) throws IOException {
        org.euromesh.site.TestProject.copy(root);
        Files.writeString(root.resolve("pom.xml"), "<project>" + SECRET + "</project>\n");
        return new PreviewFixture(root);
    }

    /** Waits for the first build's home page, then for its PDF, so that no render is running when a test begins. */
    PreviewFixture awaitSiteAndPdf() throws Exception {
        awaitServed(FIRST_BUILD, "/", r -> r.statusCode() == 200, "the home page of the first build");
        return awaitPdf();
    }

    /** Waits until the terminal's last line reports a PDF: only the latest good build's PDF is ever reported. */
    PreviewFixture awaitPdf() throws Exception {
        await(FIRST_BUILD, this::terminal, t -> t.strip().lines().reduce((a, b) -> b).orElse("").contains(" PDF ready "),
                "the PDF of the latest build");
        return this;
    }

    /** How many terminal lines contain {@code marker}. */
    static long count(String terminal, String marker) {
        return terminal.lines().filter(l -> l.contains(marker)).count();
    }

    HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        return send(rawPath, "GET");
    }

    HttpResponse<String> send(String rawPath, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.uri().getPort() + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls a served path until {@code done} holds; a failure quotes the terminal, where the build times are. */
    HttpResponse<String> awaitServed(Duration limit, String rawPath, Predicate<HttpResponse<String>> done, String what) throws Exception {
        try {
            return await(limit, () -> get(rawPath), done, what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nterminal:\n" + terminal(), e);
        }
    }

    /** Opens the live-reload event stream, as the script in a served page does. */
    BuildStream buildStream() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.uri().getPort() + PreviewPages.EVENTS_PATH)).build();
        return new BuildStream(client.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** The build numbers a page's event stream receives, in order. */
    static final class BuildStream implements AutoCloseable {
        final HttpResponse<InputStream> response;
        private final BlockingQueue<Long> builds = new LinkedBlockingQueue<>();
        private final Thread reader;

        private BuildStream(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new Thread(this::read, "test-build-stream");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data: ")) {
                        builds.add(Long.parseLong(line.substring("data: ".length())));
                    }
                }
            } catch (IOException closed) {
                // The test closed the stream.
            }
        }

        /** The next build number, or empty when none arrives within {@code limit}. */
        Optional<Long> next(Duration limit) throws InterruptedException {
            return Optional.ofNullable(builds.poll(Math.max(0, limit.toMillis()), TimeUnit.MILLISECONDS));
        }

        @Override
        public void close() throws IOException {
            response.body().close();
            reader.interrupt();
        }
    }

    String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    /** Polls {@code probe} until {@code done} holds; fails with {@code what} and the last value after {@code limit}. */
    static <T> T await(Duration limit, Callable<T> probe, Predicate<T> done, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        T last;
        do {
            last = probe.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(25);
        } while (System.nanoTime() < deadline);
        return fail("waited " + limit.toMillis() + " ms for " + what + "; last seen: " + describe(last));
    }

    private static String describe(Object value) {
        if (value instanceof HttpResponse<?> r) {
            String body = String.valueOf(r.body());
            return r.statusCode() + " " + body.substring(0, Math.min(body.length(), 600));
        }
        return String.valueOf(value);
    }

    @Override
    public void close() {
        server.close();
    }
}
