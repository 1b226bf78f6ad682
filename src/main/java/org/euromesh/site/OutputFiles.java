package org.euromesh.site;

import static org.euromesh.site.OutputFolder.MARKER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The file operations the output folder is built from: the names a build gives what it makes
 * inside the folder, listing and deleting (the marker last), and the ordinary modes.
 */
final class OutputFiles {

    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

    // Names inside a mount point's folder while its contents are swapped in place (see OutputSwap.replaceInPlace).
    static final String LOCK_INSIDE = ".euromesh-site.lock";
    static final String FRESH = ".euromesh-new-";
    static final String MOVING = ".euromesh-in-";
    static final String OLD = ".euromesh-old-";
    static final String FILE_TMP = ".euromesh-file-";

    private OutputFiles() {
    }

    /** The entries of a folder that a swap moves: all but the marker, the lock and the swap's own folders. */
    static List<Path> entries(Path dir) throws IOException {
        return list(dir).stream().filter(p -> {
            String n = p.getFileName().toString();
            return !n.equals(MARKER) && !n.equals(LOCK_INSIDE) && !n.startsWith(FRESH) && !n.startsWith(MOVING) && !n.startsWith(OLD);
        }).toList();
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static boolean isEmptyFolder(Path p) throws IOException {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p);
    }

    /** Empty but perhaps for the lock a mount point's folder holds. */
    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> p.getFileName().toString().equals(LOCK_INSIDE));
        }
    }

    /** {@code relative} inside {@code dir}; a name that would leave it is a bug of ours. */
    static Path inside(Path dir, String relative) {
        Path f = dir.resolve(relative).normalize();
        if (!f.startsWith(dir) || f.equals(dir)) {
            throw new IllegalStateException("an output file name leaves the output folder: " + relative);
        }
        return f;
    }

    /** Removes a folder that is no longer needed; if that fails, the next build removes it. */
    static void deleteLeftover(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // Still carries the marker (removed last), so the next build recognises and removes it.
        }
    }

    /** Deletes a folder and all in it, links as links; its marker goes last, so a half-deleted folder is still recognised. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path marker = dir.resolve(MARKER);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(marker) && !p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
        Files.deleteIfExists(marker);
        Files.delete(dir);
    }

    /** Files 0644 and folders 0755 whatever the umask, where the file system has POSIX modes. */
    static void setModes(Path dir) throws IOException {
        if (!hasModes(dir)) {
            return;
        }
        // Under the usual umask the files were made 0644 already (the marker shows it): then only folders need it.
        boolean filesToo = !Files.getPosixFilePermissions(dir.resolve(MARKER)).equals(FILE_MODE);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, FOLDER_MODE);
                } else if (filesToo) {
                    Files.setPosixFilePermissions(p, FILE_MODE);
                }
            }
        }
    }

    static void setMode(Path file, Set<PosixFilePermission> mode) throws IOException {
        if (hasModes(file)) {
            Files.setPosixFilePermissions(file, mode);
        }
    }

    private static boolean hasModes(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
