package org.euromesh.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * The Server-Sent Events stream the live-reload script listens to: on connecting and after every
 * build, one {@code build} event whose data is the number of builds finished so far.
 */
final class BuildEvents implements AutoCloseable {

    private static final long PING_SECONDS = 15;

    // One thread owns the clients and writes every message, so each client sees build numbers in order.
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(PreviewServer.daemon("euromesh-events"));
    private final List<HttpExchange> clients = new ArrayList<>();
    private final LongSupplier generation;

    BuildEvents(LongSupplier generation) {
        this.generation = generation;
        // A comment line now and then finds the tabs that were closed.
        sender.scheduleWithFixedDelay(() -> sendToAll(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Answers a GET on the events path and keeps the response open. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try {
            sender.execute(() -> {
                if (send(exchange, "retry: 1000\n\n" + message())) {
                    clients.add(exchange);
                }
            });
        } catch (RejectedExecutionException closed) {
            exchange.close();
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
        clients.removeIf(client -> !send(client, text));
    }

    private static boolean send(HttpExchange client, String text) {
        try {
            OutputStream body = client.getResponseBody();
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
            return true;
        } catch (IOException gone) {
            client.close();
            return false;
        }
    }

    @Override
    public void close() {
        try {
            sender.submit(() -> {
                clients.forEach(HttpExchange::close);
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
