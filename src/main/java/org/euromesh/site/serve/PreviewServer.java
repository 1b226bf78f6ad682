package org.euromesh.site.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.euromesh.site.EnvironmentFault;
import org.euromesh.site.OutputFolder;
import org.euromesh.site.Site;

/**
 * {@code euromesh serve}: the editors' live preview on 127.0.0.1. Serves the output folder at
 * once, rebuilds it on every save under content/, data/ or templates/, and tells open pages to
 * reload; a broken save keeps the last good site, with the problems in a banner. Requests come
 * through {@link LoopbackHttp}, which has already checked their Host, size and timing.
 */
public final class PreviewServer implements AutoCloseable {

    static final List<String> WATCHED = List.of("content", "data", "templates");
    private static final Duration QUIET = Duration.ofMillis(50);
    private static final byte[] NO_BODY = new byte[0];

    private final SiteFolder site;
    private final ReadWriteLock siteLock = new ReentrantReadWriteLock();
    private final LoopbackHttp http;
    private final BuildEvents events;
    private final Rebuilder rebuilder;
    private final InputWatcher watcher;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private PreviewServer(Site.Options options, OutputFolder output, int port, PrintStream out, PrintStream err) throws IOException {
        site = new SiteFolder(options.out());
        events = new BuildEvents(this::generation);
        rebuilder = new Rebuilder(options, output, out, err, siteLock, events::buildFinished);
        try {
            http = new LoopbackHttp(port, Limits.PREVIEW, this::handle);
        } catch (IOException | RuntimeException e) {
            rebuilder.close();
            events.close();
            throw e;
        }
        try {
            watcher = new InputWatcher(options.root(), WATCHED, options.out(), QUIET, rebuilder::request, err);
        } catch (IOException | RuntimeException e) {
            rebuilder.close();
            events.close();
            http.close();
            throw e;
        }
    }

    /**
     * Serves {@code options.out()} on 127.0.0.1:{@code port} (0 picks a free port), prints the
     * address, and starts the first build; returns as soon as the server answers.
     */
    public static PreviewServer start(Site.Options options, int port, PrintStream out, PrintStream err) throws IOException {
        // The output folder is the preview's while it runs (the rebuilder releases it): a build into it is refused.
        OutputFolder output = OutputFolder.claim(options.root(), options.out(), "serve");
        PreviewServer server;
        try {
            server = new PreviewServer(options, output, port, out, err);
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
        out.println("serving " + server.uri() + " from " + options.out() + "/; rebuilds on every save in "
                + String.join("/, ", WATCHED) + "/; Ctrl-C stops");
        server.rebuilder.request();
        return server;
    }

    /** The command: serves until Ctrl-C; returns the exit code (1 when the port cannot be had). */
    public static int serve(Site.Options options, int port, PrintStream out, PrintStream err) {
        PreviewServer server;
        try {
            server = start(options, port, out, err);
        } catch (EnvironmentFault e) {
            err.println("euromesh: " + e.line());
            return 2;
        } catch (BindException e) {
            err.println("euromesh: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port with --port N, or --port 0 for any free one");
            return 1;
        } catch (IOException e) {
            err.println("euromesh: cannot start the preview: " + e);
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "euromesh-shutdown"));
        try {
            server.closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The address pages are served from, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.port() + "/");
    }

    /** Stops watching, building and serving; safe to call twice. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing a watch service only fails when it is already closed.
        }
        rebuilder.close();
        events.close();
        http.close();
        closed.countDown();
    }

    private long generation() {
        return rebuilder.state().generation();
    }

    private void handle(Exchange exchange) throws IOException {
        String method = exchange.method();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.setHeader("Allow", "GET, HEAD");
            send(exchange, 405, ContentTypes.HTML, utf8(PreviewPages.methodNotAllowed()), false);
            return;
        }
        String raw = exchange.rawPath();
        if (PreviewPages.EVENTS_PATH.equals(raw)) {
            if (head) {
                send(exchange, 200, "text/event-stream; charset=utf-8", NO_BODY, true);
            } else {
                events.connect(exchange);
            }
            return;
        }
        RequestPath path = RequestPath.parse(raw);
        if (path instanceof RequestPath.Rejected rejected) {
            send(exchange, 400, ContentTypes.HTML, utf8(PreviewPages.badRequest(rejected.reason())), head);
            return;
        }
        RequestPath.Inside inside = (RequestPath.Inside) path;
        Rebuilder.State state = rebuilder.state();
        SiteFolder.Lookup lookup;
        byte[] body = NO_BODY;
        boolean siteExists;
        siteLock.readLock().lock();
        try {
            lookup = site.find(inside);
            if (lookup instanceof SiteFolder.Found found) {
                body = Files.readAllBytes(found.file());
            }
            siteExists = site.hasSite();
        } finally {
            siteLock.readLock().unlock();
        }
        if (lookup instanceof SiteFolder.Found found) {
            String name = found.file().getFileName().toString();
            if (ContentTypes.isHtml(name)) {
                body = utf8(PreviewPages.decorate(new String(body, StandardCharsets.UTF_8), state.generation(), state.errors()));
            }
            send(exchange, 200, ContentTypes.of(name), body, head);
        } else if (lookup instanceof SiteFolder.AddSlash) {
            exchange.setHeader("Location", location(inside.relative()) + "/");
            send(exchange, 301, ContentTypes.HTML, NO_BODY, head);
        } else if (!siteExists && (inside.folder() || ContentTypes.isHtml(inside.relative()))) {
            exchange.setHeader("Retry-After", "2");
            send(exchange, 503, ContentTypes.HTML, utf8(PreviewPages.building(state.generation(), state.errors())), head);
        } else {
            send(exchange, 404, ContentTypes.HTML, utf8(PreviewPages.notFound("/" + inside.relative(), state.generation(), state.errors())), head);
        }
    }

    static void send(Exchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.setHeader("Content-Type", type);
        exchange.setHeader("Cache-Control", "no-store");
        exchange.setHeader("X-Content-Type-Options", "nosniff");
        // A HEAD answer carries what GET would send as its length, so a HEAD request can size a download.
        exchange.send(status, body, head);
    }

    /** "/" plus each segment percent-encoded, so a Location header can never name another host. */
    private static String location(String relative) {
        StringBuilder out = new StringBuilder();
        for (String segment : relative.split("/")) {
            out.append('/');
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                    out.append(c);
                } else {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Named daemon threads: the preview's threads never keep the JVM alive on their own. */
    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, count.getAndIncrement() == 0 ? name : name + "-" + count.get());
            t.setDaemon(true);
            return t;
        };
    }
}
