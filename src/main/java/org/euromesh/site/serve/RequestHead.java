package org.euromesh.site.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One HTTP/1.1 request head, read against the preview's deadlines and checked before any handler
 * sees it: the request line, the headers, one Host naming the loopback, no body the preview would
 * have to read. What it refuses carries the status to answer with.
 */
final class RequestHead {

    /** A request refused before any handler sees it. */
    static final class Refusal extends Exception {
        final int status;

        Refusal(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }
    }

    private RequestHead() {
    }

    /**
     * Reads one request head: null when the client closes or stays silent for the idle time;
     * a refusal when the head is late, too big or malformed, or names another host.
     */
    static Exchange.Request read(Socket socket, InputStream in, Limits limits, Predicate<String> hostAllowed, int port)
            throws IOException, Refusal {
        socket.setSoTimeout(LoopbackHttp.millis(limits.idle().toNanos()));
        int b;
        do {
            try {
                b = in.read();
            } catch (SocketTimeoutException silent) {
                return null;
            }
            if (b < 0) {
                return null;
            }
        } while (b == '\r' || b == '\n'); // Blank lines before a request line are allowed and ignored.
        long deadline = System.nanoTime() + limits.head().toNanos();
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        head.write(b);
        int tail = b; // The last three bytes read, to see the blank line that ends the head.
        while (!ended(tail)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new Refusal(408, "the request head took longer than " + limits.head().toSeconds() + " s");
            }
            if (head.size() >= limits.maxHeadBytes()) {
                throw new Refusal(431, "the request head is larger than " + limits.maxHeadBytes() + " bytes");
            }
            socket.setSoTimeout(LoopbackHttp.millis(left));
            try {
                b = in.read();
            } catch (SocketTimeoutException late) {
                throw new Refusal(408, "the request head took longer than " + limits.head().toSeconds() + " s");
            }
            if (b < 0) {
                return null;
            }
            head.write(b);
            tail = (tail << 8 | b) & 0xffffff;
        }
        return parse(head.toString(StandardCharsets.ISO_8859_1), hostAllowed, port);
    }

    private static boolean ended(int tail) {
        return (tail & 0xffff) == ('\n' << 8 | '\n') || tail == ('\n' << 16 | '\r' << 8 | '\n');
    }

    private static Exchange.Request parse(String text, Predicate<String> hostAllowed, int port) throws Refusal {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        String[] parts = lines.get(0).split(" ", -1);
        if (parts.length != 3 || !token(parts[0])) {
            throw new Refusal(400, "the request line must be METHOD /path HTTP/1.1");
        }
        String target = parts[1];
        if (!target.startsWith("/") || !target.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new Refusal(400, "the request target must be a path of printable ASCII");
        }
        boolean http11;
        if (parts[2].equals("HTTP/1.1")) {
            http11 = true;
        } else if (parts[2].equals("HTTP/1.0")) {
            http11 = false;
        } else if (parts[2].startsWith("HTTP/")) {
            throw new Refusal(505, "the preview speaks HTTP/1.1 and HTTP/1.0");
        } else {
            throw new Refusal(400, "the request line must end in HTTP/1.1");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !token(line.substring(0, colon))) {
                throw new Refusal(400, "a header line must be Name: value");
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        List<String> host = headers.getOrDefault("host", List.of());
        if (host.size() > 1) {
            throw new Refusal(400, "more than one Host header");
        }
        if (host.isEmpty() && http11) {
            throw new Refusal(400, "an HTTP/1.1 request needs a Host header");
        }
        if (!host.isEmpty() && !hostAllowed.test(host.get(0))) {
            throw new Refusal(421, "this preview answers only to 127.0.0.1:" + port + ", localhost:" + port + " or [::1]:" + port);
        }
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (length.size() > 1 || (length.size() == 1 && !length.get(0).matches("[0-9]{1,18}"))) {
            throw new Refusal(400, "Content-Length must be one whole number");
        }
        // The preview reads no bodies: a request that has one is answered, then its connection closed.
        boolean body = headers.containsKey("transfer-encoding") || (length.size() == 1 && Long.parseLong(length.get(0)) > 0);
        boolean close = !http11 || body || headers.getOrDefault("connection", List.of()).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).anyMatch(v -> v.strip().equalsIgnoreCase("close"));
        return new Exchange.Request(parts[0], target, http11, headers, close);
    }

    private static boolean token(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
    }
}
