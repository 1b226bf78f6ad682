package org.euromesh.site.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The output folder as the server sees it: a checked request path becomes a regular file inside it, or nothing. */
final class SiteFolder {

    /** What a lookup found. */
    sealed interface Lookup {
    }

    /** A regular file whose real path lies inside the output folder. */
    record Found(Path file) implements Lookup {
    }

    /** A folder asked for without its trailing slash: relative links on its index page need one. */
    record AddSlash() implements Lookup {
    }

    /** No such file inside the output folder (or it leads outside through a link). */
    record Missing() implements Lookup {
    }

    private final Path out;

    SiteFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** True once a build has written the home page. */
    boolean hasSite() {
        return Files.isRegularFile(out.resolve("index.html"));
    }

    Lookup find(RequestPath.Inside request) throws IOException {
        if (!Files.isDirectory(out)) {
            return new Missing();
        }
        Path realOut = out.toRealPath();
        Path candidate = realOut.resolve(request.relative()).normalize();
        if (!candidate.startsWith(realOut)) {
            return new Missing();
        }
        if (Files.isDirectory(candidate)) {
            if (!request.folder()) {
                return Files.isRegularFile(candidate.resolve("index.html")) ? new AddSlash() : new Missing();
            }
            candidate = candidate.resolve("index.html");
        } else if (request.folder()) {
            return new Missing();
        }
        if (!Files.isRegularFile(candidate)) {
            return new Missing();
        }
        // Symbolic links are followed only when they end inside the output folder.
        Path real = candidate.toRealPath();
        return real.startsWith(realOut) && Files.isRegularFile(real) ? new Found(real) : new Missing();
    }
}
