package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview's HTTP layer on its own, with a handler that answers "ok" (and opens an event
 * stream on /stream): Host checks, timeouts and bounds, each sent as exact bytes on raw sockets.
 * Over 300 lines because each hostile client is written out byte by byte, one test each.
 */
class LoopbackHttpIT {

    private static final Duration SHORT = Duration.ofMillis(1500);
    private final List<Socket> sockets = new ArrayList<>();
    private final BlockingQueue<Exchange.Stream> streams = new LinkedBlockingQueue<>();
    private LoopbackHttp http;

    private LoopbackHttp start(Limits limits) throws IOException {
        http = new LoopbackHttp(0, limits, exchange -> {
            if (exchange.rawPath().equals("/stream")) {
                exchange.openStream().ifPresentOrElse(streams::add, () -> send(exchange, 503, "busy"));
            } else {
                send(exchange, 200, "ok " + exchange.rawPath());
            }
        });
        return http;
    }

    private static void send(Exchange exchange, int status, String text) {
        try {
            exchange.send(status, text.getBytes(StandardCharsets.UTF_8), exchange.method().equals("HEAD"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        sockets.forEach(LoopbackHttp::closeQuietly);
        if (http != null) {
            http.close();
        }
    }

    private Socket open() throws IOException {
        Socket s = new Socket(LoopbackHttp.LOOPBACK, http.port());
        s.setSoTimeout(10_000);
        sockets.add(s);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Everything the server sends until it closes the connection. */
    private static String readToEnd(Socket s) throws IOException {
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    /** One whole response (head and Content-Length body) from a connection that may stay open. */
    private static String readResponse(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = text.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElse(0);
        return text + new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
    }

    private String get(String host) throws IOException {
        Socket s = open();
        write(s, "GET /page HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        return readToEnd(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.nip.io:PORT", "127.0.0.1:1", "localhost", "localhost.:PORT",
        "0.0.0.0:PORT", "192.168.1.10:PORT", "127.0.0.1:PORT@evil.example", ""})
    void aForeignHostIsRefusedBeforeTheHandlerSeesIt(String host) throws Exception {
        start(Limits.PREVIEW);
        String answer = get(host.replace("PORT", Integer.toString(http.port())));
        assertTrue(answer.startsWith("HTTP/1.1 421 "), host + " answered: " + answer);
        assertTrue(!answer.contains("ok /page"), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT"})
    void theLoopbackNamesWithThePortAreServed(String host) throws Exception {
        start(Limits.PREVIEW);
        String answer = get(host.replace("PORT", Integer.toString(http.port())));
        assertTrue(answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("ok /page"), answer);
    }

    @Test
    void anHttp11RequestWithoutHostIs400() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        write(s, "GET /page HTTP/1.1\r\nConnection: close\r\n\r\n");
        String answer = readToEnd(s);
        assertTrue(answer.startsWith("HTTP/1.1 400 ") && answer.contains("Host"), answer);
    }

    @Test
    void twoHostHeadersAre400() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        write(s, "GET /page HTTP/1.1\r\nHost: 127.0.0.1:" + http.port() + "\r\nHost: evil.example\r\n\r\n");
        assertTrue(readToEnd(s).startsWith("HTTP/1.1 400 "));
    }

    @Test
    void anHttp10RequestWithoutHostIsServedAndClosed() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        write(s, "GET /page HTTP/1.0\r\n\r\n");
        String answer = readToEnd(s);
        assertTrue(answer.startsWith("HTTP/1.1 200 ") && answer.contains("Connection: close") && answer.endsWith("ok /page"), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /page\r\n", "GET /page HTTP/1.1 extra\r\n", "GET http://evil.example/page HTTP/1.1\r\n", "GET page HTTP/1.1\r\n",
        "GET /page HTTP/1.1\r\nBad Header: x\r\n", "GET /page HTTP/1.1\r\n folded: x\r\n", "GET /page HTTP/1.1\r\nContent-Length: -1\r\n"})
    void malformedHeadsAre400(String head) throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        boolean hasHost = head.contains("HTTP/1.1\r\n");
        write(s, head + (hasHost ? "Host: 127.0.0.1:" + http.port() + "\r\n" : "") + "\r\n");
        String answer = readToEnd(s);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), head + " answered: " + answer);
    }

    @Test
    void anotherProtocolVersionIs505() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        write(s, "GET /page HTTP/2.0\r\nHost: 127.0.0.1:" + http.port() + "\r\n\r\n");
        assertTrue(readToEnd(s).startsWith("HTTP/1.1 505 "));
    }

    @Test
    void keepAliveServesTwoRequestsOnOneConnection() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        String host = "Host: 127.0.0.1:" + http.port() + "\r\n";
        write(s, "GET /one HTTP/1.1\r\n" + host + "\r\n");
        assertTrue(readResponse(s).endsWith("ok /one"));
        write(s, "GET /two?x=1 HTTP/1.1\r\n" + host + "\r\n");
        assertTrue(readResponse(s).endsWith("ok /two"));
    }

    @Test
    void aRequestWithABodyIsAnsweredAndItsConnectionClosed() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        write(s, "POST /form HTTP/1.1\r\nHost: 127.0.0.1:" + http.port() + "\r\nContent-Length: 5\r\n\r\nGET /");
        String answer = readToEnd(s);
        assertTrue(answer.contains("Connection: close") && answer.endsWith("ok /form"), answer);
    }

    @Test
    void aHeadLargerThanTheLimitIs431() throws Exception {
        start(Limits.PREVIEW);
        Socket s = open();
        String cookie = "Cookie: " + "a".repeat(Limits.PREVIEW.maxHeadBytes()) + "\r\n";
        write(s, "GET /page HTTP/1.1\r\nHost: 127.0.0.1:" + http.port() + "\r\n" + cookie + "\r\n");
        assertTrue(readToEnd(s).startsWith("HTTP/1.1 431 "));
    }

    @Test
    void aSocketThatSendsNothingIsClosedAfterTheIdleTime() throws Exception {
        start(new Limits(SHORT, SHORT, SHORT, 16 * 1024, 8, 4));
        Socket s = open();
        long started = System.nanoTime();
        assertEquals("", readToEnd(s), "a silent client gets no answer, only a closed connection");
        long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(waited >= SHORT.toMillis() - 100 && waited < SHORT.toMillis() + 2000, "closed after " + waited + " ms");
    }

    @Test
    void aHeadSentOneByteAtATimeIsCutOffAtTheHeadLimit() throws Exception {
        start(new Limits(SHORT, SHORT, SHORT, 16 * 1024, 8, 4));
        Socket s = open();
        String head = "GET /page HTTP/1.1\r\nHost: 127.0.0.1:" + http.port() + "\r\nUser-Agent: slow\r\n\r\n";
        long started = System.nanoTime();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            // One byte every 200 ms keeps each read under any per-read timeout but the whole head takes ~12 s.
            int[] next = {0};
            trickle.scheduleAtFixedRate(() -> {
                try {
                    if (next[0] < head.length()) {
                        write(s, head.substring(next[0], ++next[0]));
                    }
                } catch (IOException closed) {
                    // The server hung up, as it should.
                }
            }, 0, 200, TimeUnit.MILLISECONDS);
            String answer = readToEnd(s);
            long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            assertTrue(waited < SHORT.toMillis() + 1500, "cut off after " + waited + " ms");
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void aDozenSlowClientsDoNotDelayAnotherOne() throws Exception {
        start(Limits.PREVIEW);
        String host = "Host: 127.0.0.1:" + http.port() + "\r\n";
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Socket s = open();
                slow.add(s);
                switch (i % 3) {
                    case 0 -> { } // Connects and sends nothing.
                    case 1 -> write(s, "GET /slow HTTP/1.1\r\n" + host + "User-Agent: sl"); // Stops mid-head.
                    default -> write(s, "GE"); // Sends the rest one byte a second, below.
                }
            }
            String rest = "T /slow HTTP/1.1\r\n" + host + "\r\n";
            int[] next = {0};
            trickle.scheduleAtFixedRate(() -> {
                for (int i = 2; i < slow.size(); i += 3) {
                    try {
                        write(slow.get(i), rest.substring(next[0], next[0] + 1));
                    } catch (IOException closed) {
                        // Cut off by the server: fine.
                    }
                }
                next[0] = Math.min(next[0] + 1, rest.length() - 1);
            }, 1, 1, TimeUnit.SECONDS);
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                String answer = get("127.0.0.1:" + http.port());
                long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertTrue(answer.endsWith("ok /page"), answer);
                assertTrue(took < 1000, "a page took " + took + " ms while 12 slow clients held sockets");
                Thread.sleep(700);
            }
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void connectionsBeyondTheBoundGet503AndAFreedSlotServesAgain() throws Exception {
        start(new Limits(Duration.ofSeconds(30), Duration.ofSeconds(30), SHORT, 16 * 1024, 3, 2));
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Socket s = open();
            write(s, "G"); // Each holds a connection (and its thread) in the middle of a head.
            held.add(s);
        }
        Thread.sleep(200);
        String refused = get("127.0.0.1:" + http.port());
        assertTrue(refused.startsWith("HTTP/1.1 503 ") && refused.contains("Retry-After"), refused);
        held.get(0).close();
        String answer = PreviewFixture.await(Duration.ofSeconds(5), () -> get("127.0.0.1:" + http.port()),
                a -> a.startsWith("HTTP/1.1 200 "), "a free connection slot");
        assertTrue(answer.endsWith("ok /page"), answer);
    }

    @Test
    void eventStreamsAreBoundedApartFromPagesAndOutliveTheTimeouts() throws Exception {
        start(new Limits(SHORT, SHORT, SHORT, 16 * 1024, 2, 2));
        String request = "GET /stream HTTP/1.1\r\nHost: 127.0.0.1:" + http.port() + "\r\n\r\n";
        Socket first = open();
        write(first, request);
        Socket second = open();
        write(second, request);
        Exchange.Stream a = streams.poll(5, TimeUnit.SECONDS);
        Exchange.Stream b = streams.poll(5, TimeUnit.SECONDS);
        assertTrue(a != null && b != null, "two streams open");
        Socket third = open();
        write(third, request);
        assertTrue(readResponse(third).startsWith("HTTP/1.1 503 "), "a third stream is over the stream bound");
        // Both page connections are still free: the streams do not count against them.
        assertTrue(get("127.0.0.1:" + http.port()).endsWith("ok /page"));
        assertTrue(get("localhost:" + http.port()).endsWith("ok /page"));
        // Longer than the idle and head limits, the streams are still open and still carry messages.
        Thread.sleep(SHORT.toMillis() * 2);
        assertTrue(a.write("data: 1\n\n") && b.write("data: 1\n\n"));
        first.setSoTimeout(5000);
        String seen = readUntil(first, "data: 1\n\n");
        assertTrue(seen.startsWith("HTTP/1.1 200 ") && seen.endsWith("data: 1\n\n"), seen);
        a.close();
        // A closed stream frees its place.
        Socket fourth = open();
        write(fourth, request);
        assertTrue(streams.poll(5, TimeUnit.SECONDS) != null, "a stream opens again once one is closed");
    }

    private static String readUntil(Socket s, String end) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        try {
            while (!seen.toString(StandardCharsets.ISO_8859_1).endsWith(end)) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                seen.write(c);
            }
        } catch (SocketTimeoutException late) {
            // Return what arrived; the assertion says what was missing.
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }
}
