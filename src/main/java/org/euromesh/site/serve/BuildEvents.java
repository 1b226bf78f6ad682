package org.euromesh.site.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The Server-Sent Events stream the live-reload script listens to: on connecting and after every
 * build, one {@code build} event whose data is the number of builds finished so far. Streams are
 * long-lived by design: no read or idle timeout applies to them once open, the server bounds how
 * many are open apart from page requests, and a stream that breaks is reopened by the browser
 * after the {@code retry} delay and sent the current build number again, so no reload is lost.
 */
final class BuildEvents implements AutoCloseable {

    private static final long PING_SECONDS = 15;

    // One thread owns the clients and writes every message, so each client sees build numbers in order.
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(PreviewServer.daemon("euromesh-events"));
    private final List<Exchange.Stream> clients = new ArrayList<>();
    private final LongSupplier generation;

    BuildEvents(LongSupplier generation) {
        this.generation = generation;
        // A comment line now and then finds the tabs that were closed.
        sender.scheduleWithFixedDelay(() -> sendToAll(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Answers a GET on the events path and keeps the response open. */
    void connect(Exchange exchange) throws IOException {
        exchange.setHeader("Content-Type", "text/event-stream; charset=utf-8");
        exchange.setHeader("Cache-Control", "no-store");
        Optional<Exchange.Stream> opened = exchange.openStream();
        if (opened.isEmpty()) {
            // As many pages are listening as the limits allow: this one is served but does not reload itself.
            PreviewServer.send(exchange, 503, "text/plain; charset=utf-8",
                    "too many open live-reload streams\n".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        Exchange.Stream stream = opened.get();
        try {
            sender.execute(() -> {
                if (stream.write("retry: 1000\n\n" + message())) {
                    clients.add(stream);
                }
            });
        } catch (RejectedExecutionException closed) {
            stream.close();
        }
    }

    /** Tells every open page that a build finished. */
    void buildFinished() {
        try {
            sender.execute(() -> sendToAll(message()));
        } catch (RejectedExecutionException closed) {
            // Shutting down: nobody is listening any more.
        }
    }

    private String message() {
        return "event: build\ndata: " + generation.getAsLong() + "\n\n";
    }

    private void sendToAll(String text) {
        clients.removeIf(client -> !client.write(text));
    }

    @Override
    public void close() {
        try {
            sender.submit(() -> {
                clients.forEach(Exchange.Stream::close);
                clients.clear();
            }).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException notClosedInTime) {
            // The server's own stop closes the connections anyway.
        }
        sender.shutdownNow();
    }
}
