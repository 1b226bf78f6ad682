package org.euromesh.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The output folder, owned by one build or preview at a time. It refuses any folder EuroMesh did
 * not make (the project, its inputs, their ancestors, files, folders without the marker), holds a
 * lock beside the folder for as long as it writes, replaces the folder whole with a swap that is
 * undone on any failure, and recovers what an interrupted build left behind.
 *
 * <p>A symbolic link stays a link: its target is what gets replaced. A mount point cannot be
 * renamed, so its contents are swapped inside it instead, in steps a later build can undo.
 *
 * <p>Each step has a class of its own: {@code OutputOwnership} says which folders a build may
 * replace, {@code OutputLock} holds the lock, {@code OutputLeftovers} recovers what an interrupted
 * build left, {@code OutputSwap} swaps the new output in, {@code OutputFiles} has the file helpers,
 * and {@code RealDisk} is the file system behind {@link Disk}, the seam tests replace to fail.
 */
public final class OutputFolder implements AutoCloseable {

    /** The file in every output folder that says EuroMesh made it, and may replace it. */
    public static final String MARKER = ".euromesh-site";

    /** The few operations a swap is made of; tests replace them to fail as a full or read-only disk would. */
    interface Disk {
        void write(Path file, byte[] bytes) throws IOException;

        void move(Path from, Path to) throws IOException;

        /** True when {@code folder} is on another file system than its parent, so it cannot be renamed. */
        boolean isMountPoint(Path folder) throws IOException;
    }

    static final Disk REAL_DISK = new RealDisk();

    private final Path shown;
    private final boolean inPlace;
    private final OutputSwap swap;
    private final OutputLock lock;
    private final List<String> recovered;

    private OutputFolder(Path shown, boolean inPlace, OutputSwap swap, OutputLock lock, List<String> recovered) {
        this.shown = shown;
        this.inPlace = inPlace;
        this.swap = swap;
        this.lock = lock;
        this.recovered = List.copyOf(recovered);
    }

    /**
     * Takes {@code out} for one {@code command} ("build", "serve"): refuses it unless it is the
     * build's own, locks it, and puts back or clears what an interrupted build left. Writes nothing
     * when it refuses. Close it to let another build in.
     */
    public static OutputFolder claim(Path root, Path out, String command) throws EnvironmentFault {
        return claim(root, out, command, REAL_DISK);
    }

    static OutputFolder claim(Path root, Path out, String command, Disk disk) throws EnvironmentFault {
        Path target = OutputOwnership.refuseUnlessOurs(root, out);
        try {
            Files.createDirectories(target.getParent());
        } catch (FileSystemException e) {
            throw EnvironmentFault.of(e, "make the folder that holds the output");
        } catch (IOException e) {
            throw unexpected(out, e);
        }
        boolean inPlace;
        try {
            inPlace = disk.isMountPoint(target);
        } catch (IOException e) {
            throw unexpected(out, e);
        }
        OutputLock lock = OutputLock.take(OutputLock.fileFor(target, inPlace), out, command);
        try {
            List<String> recovered = OutputLeftovers.recover(target, out, inPlace, disk);
            // The recovery may have put a folder back: it must pass the same rules.
            OutputOwnership.refuseUnlessOurs(root, out);
            return new OutputFolder(out, inPlace, new OutputSwap(out, target, disk), lock, recovered);
        } catch (FileSystemException e) {
            lock.close();
            throw EnvironmentFault.of(e, "clear what an interrupted build left");
        } catch (EnvironmentFault f) {
            lock.close();
            throw f;
        } catch (IOException e) {
            lock.close();
            throw unexpected(out, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The output folder as the command line named it, for messages. */
    public Path shown() {
        return shown;
    }

    /** One line for each leftover of an interrupted build that was put back or removed. */
    public List<String> recovered() {
        return recovered;
    }

    /**
     * Makes the output folder hold exactly {@code files} (paths relative to it), plus the marker.
     * Either the new folder is in place or the old one is, whatever fails.
     */
    public void replace(Map<String, byte[]> files) throws EnvironmentFault {
        try {
            if (inPlace) {
                swap.replaceInPlace(files);
            } else {
                swap.replaceBeside(files);
            }
        } catch (EnvironmentFault f) {
            throw f;
        } catch (FileSystemException e) {
            // Named by the output folder: the file that failed was in a temporary folder, now gone.
            throw EnvironmentFault.of(e, "write the site", EnvironmentFault.shown(shown));
        } catch (IOException e) {
            throw unexpected(shown, e);
        }
    }

    /** Replaces one file of the current output, such as the preview's PDF when it is ready. */
    public void replaceFile(String name, byte[] bytes) throws EnvironmentFault {
        try {
            swap.replaceFile(name, bytes);
        } catch (FileSystemException e) {
            throw EnvironmentFault.of(e, "write " + name, EnvironmentFault.shown(shown.resolve(name)));
        } catch (IOException e) {
            throw unexpected(shown, e);
        }
    }

    /** Lets another build or preview have the folder. */
    @Override
    public void close() {
        lock.close();
    }

    /** The default output: {@code site}, or for a what-if a folder of its own named by its overrides. */
    public static Path defaultFor(List<String> overrides) {
        if (overrides.isEmpty()) {
            return Path.of("site");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(String.join("\n", overrides).getBytes(StandardCharsets.UTF_8));
            return Path.of("site-whatif-" + HexFormat.of().formatHex(hash).substring(0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Deletes a folder and all in it, links as links; its marker goes last, so a half-deleted folder is still recognised. */
    static void deleteTree(Path dir) throws IOException {
        OutputFiles.deleteTree(dir);
    }

    /** A failure the file system named no file for: one line that sends the reader to the disk. */
    static EnvironmentFault unexpected(Path out, IOException e) {
        return new EnvironmentFault(EnvironmentFault.shown(out), "cannot use the output folder: " + e.getMessage(),
                "check the disk and the permissions there, or choose another folder with --out", e);
    }
}
