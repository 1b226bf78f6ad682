package org.euromesh.site;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of assets the PDF renderer reads, one per render in java.io.tmpdir. Its name carries
 * the process id, so a later build can remove the folders of processes that were killed mid-render.
 */
final class PrintFolder {

    static final String PREFIX = "euromesh-print";
    // A render takes seconds: a folder this old whose process is gone is a leftover, even in another container.
    private static final Duration ORPHANED = Duration.ofMinutes(10);
    // Past this age a folder is a leftover whoever made it (a process id may have been reused).
    private static final Duration ABANDONED = Duration.ofDays(1);

    private PrintFolder() {
    }

    /** java.io.tmpdir, when it is a folder we can write into. */
    static Path tmpdir() throws EnvironmentFault {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir", ""));
        if (!Files.isDirectory(tmp)) {
            throw EnvironmentFault.at(tmp, "the temporary folder (java.io.tmpdir) does not exist",
                    "create it, or start Java with -Djava.io.tmpdir=DIR naming a writable folder");
        }
        return tmp;
    }

    /** A new, empty print folder. */
    static Path create() throws EnvironmentFault {
        Path tmp = tmpdir();
        try {
            return Files.createTempDirectory(tmp, PREFIX + "-" + ProcessHandle.current().pid() + "-");
        } catch (FileSystemException e) {
            EnvironmentFault f = EnvironmentFault.of(e, "make a folder in the temporary folder (java.io.tmpdir)");
            throw new EnvironmentFault(f.path(), f.problem(), "make it writable, or start Java with -Djava.io.tmpdir=DIR naming a writable folder", e);
        } catch (IOException e) {
            throw new EnvironmentFault(EnvironmentFault.shown(tmp), "cannot make a folder in the temporary folder: " + e.getMessage(),
                    "start Java with -Djava.io.tmpdir=DIR naming a writable folder", e);
        }
    }

    /** Checks before a build that the PDF will have its folder, and removes those killed renders left; one line per removal. */
    static List<String> prepare() throws EnvironmentFault {
        try {
            OutputFolder.deleteTree(create());
        } catch (EnvironmentFault f) {
            throw f;
        } catch (IOException e) {
            // Made a moment ago and empty: if it cannot go, it is only an empty folder in the temporary folder.
        }
        List<String> notes = new ArrayList<>();
        Path tmp = tmpdir();
        List<Path> candidates;
        try (Stream<Path> s = Files.list(tmp)) {
            candidates = s.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        } catch (IOException e) {
            return notes;
        }
        Instant now = Instant.now();
        for (Path p : candidates) {
            if (isLeftover(p, now)) {
                try {
                    OutputFolder.deleteTree(p);
                    notes.add("removed " + p + ", the print folder of a build that was interrupted");
                } catch (IOException e) {
                    // Another user's folder, or one being removed by another build: not ours to insist on.
                }
            }
        }
        return notes;
    }

    static boolean isLeftover(Path folder, Instant now) {
        Instant modified;
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            modified = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return false;
        }
        Duration age = Duration.between(modified, now);
        if (age.compareTo(ABANDONED) > 0) {
            return true;
        }
        Optional<Long> pid = pid(folder.getFileName().toString());
        return age.compareTo(ORPHANED) > 0 && pid.isPresent() && ProcessHandle.of(pid.get()).map(h -> !h.isAlive()).orElse(true);
    }

    /** The process id in "euromesh-print-1234-5678901", if the name has one. */
    static Optional<Long> pid(String name) {
        String rest = name.substring(Math.min(name.length(), PREFIX.length()));
        if (!rest.matches("-\\d{1,18}-.*")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(rest.substring(1, rest.indexOf('-', 1))));
    }
}
