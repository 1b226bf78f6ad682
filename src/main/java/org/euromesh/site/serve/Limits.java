package org.euromesh.site.serve;

import java.time.Duration;

/**
 * How much the preview's HTTP server gives any one client: the time to start and to finish a
 * request head, the time a write may block, the head's size, and how many connections and
 * live-reload streams may be open at once (streams are counted apart, so pages are always served).
 */
record Limits(Duration idle, Duration head, Duration write, int maxHeadBytes, int maxConnections, int maxStreams) {

    /** The preview's own: generous for a browser on the same machine, short for a socket that sends nothing. */
    static final Limits PREVIEW = new Limits(Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(30), 16 * 1024, 32, 16);

    Limits {
        for (Duration d : new Duration[] {idle, head, write}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every time limit must be positive: " + d);
            }
        }
        if (maxHeadBytes < 1024 || maxConnections < 1 || maxStreams < 1) {
            throw new IllegalArgumentException("limits too small: " + maxHeadBytes + " bytes, " + maxConnections + " connections, " + maxStreams + " streams");
        }
    }
}
