package org.euromesh.site.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview's HTTP/1.1 server, written for one job: serve a browser on the same machine and
 * nobody else. It listens on 127.0.0.1 only; answers only requests whose Host names the loopback
 * and its port (a DNS-rebound page sends its own name and gets 421); gives every client a time
 * to start a request, a time to finish its head and a time per write, so a slow or silent socket
 * is dropped instead of holding a thread; and bounds connections and event streams apart.
 * It reads no request bodies. (The JDK's server sets its timeouts once per JVM from system
 * properties and reads request heads on its handler threads without a deadline.)
 */
final class LoopbackHttp implements AutoCloseable {

    /** Answers one checked request; must call {@link Exchange#send} or {@link Exchange#openStream}. */
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    static final InetAddress LOOPBACK = loopback();

    private final Limits limits;
    private final Handler handler;
    private final ServerSocket listener;
    private final Semaphore connections;
    private final Semaphore streams;
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, PreviewServer.daemon("euromesh-http-watchdog"));
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<String> hosts;
    private final Thread acceptor;
    private volatile boolean closed;

    /** Listens on 127.0.0.1:{@code port} (0 picks a free port) and starts accepting. */
    LoopbackHttp(int port, Limits limits, Handler handler) throws IOException {
        this.limits = limits;
        this.handler = handler;
        this.connections = new Semaphore(limits.maxConnections());
        this.streams = new Semaphore(limits.maxStreams());
        // One thread per connection at most, created on demand and let go when idle.
        this.workers = new ThreadPoolExecutor(limits.maxConnections(), limits.maxConnections(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), PreviewServer.daemon("euromesh-http"));
        workers.allowCoreThreadTimeOut(true);
        watchdog.setRemoveOnCancelPolicy(true);
        listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(LOOPBACK, port), 64);
        } catch (IOException e) {
            listener.close();
            workers.shutdownNow();
            watchdog.shutdownNow();
            throw e;
        }
        int bound = listener.getLocalPort();
        hosts = Set.of("127.0.0.1:" + bound, "localhost:" + bound, "[::1]:" + bound);
        acceptor = PreviewServer.daemon("euromesh-http-accept").newThread(this::accept);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The Host values this server answers to: the loopback names with the port (and without it on port 80). */
    boolean hostAllowed(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return hosts.contains(h) || (port() == 80 && Set.of("127.0.0.1", "localhost", "[::1]").contains(h));
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        open.forEach(LoopbackHttp::closeQuietly);
        workers.shutdownNow();
        watchdog.shutdownNow();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                pause(); // Closed, or out of file handles for a moment: never spin.
                continue;
            }
            if (!connections.tryAcquire()) {
                refuseBusy(socket);
                continue;
            }
            open.add(socket);
            try {
                workers.execute(() -> serve(socket));
            } catch (RejectedExecutionException shuttingDown) {
                forget(socket);
                connections.release();
            }
        }
    }

    /** Over the bound: one short answer the client can read, written from a fresh socket's empty send buffer. */
    private static void refuseBusy(Socket socket) {
        try (socket) {
            socket.getOutputStream().write(Exchange.head(503, Map.of("Retry-After", "1", "Connection", "close", "Content-Length", "0")));
        } catch (IOException ignored) {
            // The client is gone already.
        }
    }

    private void pause() {
        if (!closed) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void serve(Socket socket) {
        boolean handedOver = false;
        try {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(new TimedOutput(socket), 16 * 1024);
            while (!closed) {
                Exchange.Request request;
                try {
                    request = RequestHead.read(socket, in, limits, this::hostAllowed, port());
                } catch (RequestHead.Refusal r) {
                    refuse(out, r);
                    return;
                }
                if (request == null) {
                    return;
                }
                Exchange exchange = new Exchange(socket, out, request, streams, () -> forget(socket));
                handler.handle(exchange);
                if (exchange.streaming()) {
                    handedOver = true;
                    return;
                }
                if (!exchange.answered()) {
                    refuse(out, new RequestHead.Refusal(500, "the preview did not answer"));
                    return;
                }
                if (request.closeAfter()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A client that went away or timed out, or a handler that failed: drop this connection only.
        } finally {
            connections.release();
            if (!handedOver) {
                forget(socket);
            }
        }
    }

    private void forget(Socket socket) {
        open.remove(socket);
        closeQuietly(socket);
    }

    private static void refuse(OutputStream out, RequestHead.Refusal r) throws IOException {
        byte[] body = (Exchange.reason(r.status) + ": " + r.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Length", Integer.toString(body.length));
        headers.put("Connection", "close");
        out.write(Exchange.head(r.status, headers));
        out.write(body);
        out.flush();
    }

    static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(nanos)));
    }

    /** Each write may block at most the write limit; a client that stops reading loses its connection. */
    private final class TimedOutput extends OutputStream {
        private final Socket socket;
        private final OutputStream raw;

        TimedOutput(Socket socket) throws IOException {
            this.socket = socket;
            this.raw = socket.getOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ScheduledFuture<?> guard;
            try {
                guard = watchdog.schedule(() -> closeQuietly(socket), limits.write().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                throw new IOException("the preview is stopping");
            }
            try {
                raw.write(b, off, len);
            } finally {
                guard.cancel(false);
            }
        }

        @Override
        public void flush() throws IOException {
            raw.flush();
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing a socket that is closed or broken has nothing left to report.
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
