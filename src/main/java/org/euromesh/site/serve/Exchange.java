package org.euromesh.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request the preview's HTTP server has read and checked (loopback Host, size, time), and its
 * answer: either a whole response with a length, or an event stream that outlives the request.
 */
final class Exchange {

    private final Socket socket;
    private final OutputStream out;
    private final Request request;
    private final Semaphore streams;
    private final Runnable forget;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private boolean answered;
    private boolean streaming;

    Exchange(Socket socket, OutputStream out, Request request, Semaphore streams, Runnable forget) {
        this.socket = socket;
        this.out = out;
        this.request = request;
        this.streams = streams;
        this.forget = forget;
    }

    /** The request head as the client sent it, already checked by the server. */
    record Request(String method, String target, boolean http11, Map<String, List<String>> headers, boolean closeAfter) {
        Request {
            headers = Map.copyOf(headers);
        }

        /** The target up to any query: the raw, still percent-encoded path. */
        String rawPath() {
            int end = target.length();
            for (char c : new char[] {'?', '#'}) {
                int at = target.indexOf(c);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return target.substring(0, end);
        }

        /** The first value of a header, by case-insensitive name. */
        Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    String method() {
        return request.method();
    }

    String rawPath() {
        return request.rawPath();
    }

    Request request() {
        return request;
    }

    /** Sets a response header; the server adds Content-Length and Connection itself. */
    void setHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    /** Writes the whole response; a HEAD answer carries the body's length but not the body. */
    void send(int status, byte[] body, boolean head) throws IOException {
        if (answered) {
            throw new IllegalStateException("this request was already answered");
        }
        answered = true;
        responseHeaders.put("Content-Length", Integer.toString(body.length));
        if (request.closeAfter()) {
            responseHeaders.put("Connection", "close");
        }
        out.write(head(status, responseHeaders));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }

    /**
     * Answers 200 with a body that has no end: the connection stays open after the request and
     * belongs to the returned stream. Empty when as many streams are open as the limits allow.
     */
    Optional<Stream> openStream() throws IOException {
        if (answered) {
            throw new IllegalStateException("this request was already answered");
        }
        if (!streams.tryAcquire()) {
            return Optional.empty();
        }
        answered = true;
        streaming = true;
        responseHeaders.put("Connection", "close");
        Stream stream = new Stream();
        try {
            out.write(head(200, responseHeaders));
            out.flush();
        } catch (IOException e) {
            stream.close();
            throw e;
        }
        return Optional.of(stream);
    }

    boolean answered() {
        return answered;
    }

    /** Whether the connection now belongs to an open stream rather than to the server's loop. */
    boolean streaming() {
        return streaming;
    }

    /** The live-reload side of a connection: written by one thread, closed once. */
    final class Stream implements AutoCloseable {

        private final AtomicBoolean closed = new AtomicBoolean();

        /** Writes and flushes {@code text}; false (and closed) when the client has gone. */
        boolean write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException gone) {
                close();
                return false;
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                LoopbackHttp.closeQuietly(socket);
                forget.run();
                streams.release();
            }
        }
    }

    static byte[] head(int status, Map<String, String> headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 421 -> "Misdirected Request";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }
}
