package org.euromesh.site;

import static org.euromesh.site.OutputFiles.FILE_MODE;
import static org.euromesh.site.OutputFiles.FILE_TMP;
import static org.euromesh.site.OutputFiles.FRESH;
import static org.euromesh.site.OutputFiles.MOVING;
import static org.euromesh.site.OutputFiles.OLD;
import static org.euromesh.site.OutputFiles.deleteLeftover;
import static org.euromesh.site.OutputFiles.deleteTree;
import static org.euromesh.site.OutputFiles.entries;
import static org.euromesh.site.OutputFiles.inside;
import static org.euromesh.site.OutputFiles.setMode;
import static org.euromesh.site.OutputFiles.setModes;
import static org.euromesh.site.OutputFolder.MARKER;
import static org.euromesh.site.OutputOwnership.isOurs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.euromesh.site.OutputFolder.Disk;

/**
 * Writes a new output and swaps it in so that either the new folder is in place or the old one is:
 * beside the folder by two renames, the first undone if the second fails, or inside a mount point,
 * which cannot be renamed, in steps a later build can undo. Its faults name {@code shown}.
 */
final class OutputSwap {

    private static final byte[] MARKER_TEXT = """
            EuroMesh made this folder and replaces all of it on every build: keep no files of your own here.
            A build replaces only a folder that is empty or holds this file.
            """.getBytes(StandardCharsets.UTF_8);

    private final Path shown;
    private final Path target;
    private final Disk disk;

    OutputSwap(Path shown, Path target, Disk disk) {
        this.shown = shown;
        this.target = target;
        this.disk = disk;
    }

    // The swap beside the folder: write site.tmp-X, move site to site.old-X, move site.tmp-X to site.
    void replaceBeside(Map<String, byte[]> files) throws IOException {
        String name = target.getFileName().toString();
        Path tmp = Files.createTempDirectory(target.getParent(), name + ".tmp-");
        IOException failure = null;
        try {
            fill(tmp, files);
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(target.getParent(), name + ".old-");
                Files.delete(old);
                try {
                    disk.move(target, old);
                } catch (FileSystemException e) {
                    if (!String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("busy")) {
                        throw e;
                    }
                    // A mount point the device numbers did not reveal (a bind mount): swap inside it.
                    replaceInPlace(files);
                    return;
                }
            }
            try {
                disk.move(tmp, target);
            } catch (IOException e) {
                if (old != null) {
                    putBack(old, e);
                }
                throw e;
            }
            if (old != null) {
                deleteLeftover(old);
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        } finally {
            if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    deleteTree(tmp);
                } catch (IOException e) {
                    // The next build removes it (OutputLeftovers); the first failure is the one to report.
                    if (failure != null) {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
    }

    private void putBack(Path old, IOException failure) throws EnvironmentFault {
        try {
            disk.move(old, target);
        } catch (IOException stuck) {
            failure.addSuppressed(stuck);
            throw new EnvironmentFault(EnvironmentFault.shown(shown), "could not put the new site in place ("
                    + failure.getMessage() + "), nor the previous one back from " + old.getFileName(),
                    "the next build puts it back; or rename " + old + " to " + target.getFileName(), failure);
        }
    }

    /*
     * The swap inside a mount point, in steps whose names tell a later build how far it got:
     * 1. write .euromesh-new-X; 2. move every old entry into .euromesh-old-X; 3. rename
     * .euromesh-new-X to .euromesh-in-X and move its entries out; 4. remove both. An interruption
     * in 1-3 is undone (OutputLeftovers.recoverInPlace), one in 4 is finished.
     */
    void replaceInPlace(Map<String, byte[]> files) throws IOException {
        Path fresh = Files.createTempDirectory(target, FRESH);
        String id = fresh.getFileName().toString().substring(FRESH.length());
        try {
            if (!isOurs(target)) {
                disk.write(target.resolve(MARKER), MARKER_TEXT);
                setMode(target.resolve(MARKER), FILE_MODE);
            }
            fill(fresh, files);
            Path old = Files.createDirectory(target.resolve(OLD + id));
            for (Path p : entries(target)) {
                disk.move(p, old.resolve(p.getFileName().toString()));
            }
            Path moving = target.resolve(MOVING + id);
            disk.move(fresh, moving);
            for (Path p : entries(moving)) {
                disk.move(p, target.resolve(p.getFileName().toString()));
            }
            deleteTree(moving);
            deleteLeftover(old);
        } catch (IOException e) {
            try {
                OutputLeftovers.recoverInPlace(target, disk);
            } catch (IOException stuck) {
                e.addSuppressed(stuck);
                throw new EnvironmentFault(EnvironmentFault.shown(shown), "could not swap the site in place (" + e.getMessage()
                        + ") nor undo the swap", "the next build undoes it", e);
            }
            throw e;
        }
    }

    /** Writes the marker first (an interrupted build's folder is then recognised), the files, then ordinary modes. */
    private void fill(Path dir, Map<String, byte[]> files) throws IOException {
        disk.write(dir.resolve(MARKER), MARKER_TEXT);
        for (var e : files.entrySet()) {
            Path f = inside(dir, e.getKey());
            Files.createDirectories(f.getParent());
            disk.write(f, e.getValue());
        }
        setModes(dir);
    }

    /** Replaces one file of the current output: written beside it, then renamed over it. */
    void replaceFile(String name, byte[] bytes) throws IOException {
        Path to = inside(target, name);
        Path tmp = Files.createTempFile(target, FILE_TMP, ".tmp");
        try {
            Files.deleteIfExists(tmp);
            disk.write(tmp, bytes);
            setMode(tmp, FILE_MODE);
            disk.move(tmp, to);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
