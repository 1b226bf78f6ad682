package org.euromesh.site;

import static org.euromesh.site.OutputFiles.LOCK_INSIDE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lock file beside the output ({@code .site.lock}; inside it for a mount point), held with an operating-system
 * lock that ends with the process, and naming it, so a second build says who has the folder.
 * The file stays after the lock is released: removing it would let two builds lock two files.
 */
final class OutputLock implements AutoCloseable {

    // Locks this process holds: the operating system cannot tell two of our own threads apart.
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Where the lock of {@code target} is: beside it, or inside it when it is a mount point. */
    static Path fileFor(Path target, boolean inPlace) {
        return inPlace ? target.resolve(LOCK_INSIDE) : target.resolveSibling("." + target.getFileName() + ".lock");
    }

    static OutputLock take(Path file, Path out, String command) throws EnvironmentFault {
        String stamp = "pid " + ProcessHandle.current().pid() + "\ncommand " + command + "\n";
        String ours = HELD.putIfAbsent(file, stamp);
        if (ours != null) {
            throw inUse(out, file, ours);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                ByteBuffer buffer = ByteBuffer.allocate(200);
                channel.read(buffer, 0);
                throw inUse(out, file, new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(stamp.getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(file, channel, lock);
        } catch (EnvironmentFault f) {
            giveUp(file, channel);
            throw f;
        } catch (FileSystemException e) {
            giveUp(file, channel);
            throw EnvironmentFault.of(e, "make the lock file of the output folder");
        } catch (IOException e) {
            giveUp(file, channel);
            throw OutputFolder.unexpected(out, e);
        } catch (RuntimeException e) {
            giveUp(file, channel);
            throw e;
        }
    }

    private static void giveUp(Path file, FileChannel channel) {
        HELD.remove(file);
        closeQuietly(channel);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static EnvironmentFault inUse(Path out, Path file, String stamp) {
        String pid = field(stamp, "pid");
        String command = field(stamp, "command");
        String who = pid.isEmpty() ? "another EuroMesh process" : "another EuroMesh process (pid " + pid
                + (command.isEmpty() ? "" : ", euromesh " + command) + ")";
        return EnvironmentFault.at(out, "is in use by " + who + " that holds " + file, "wait for it to finish, or stop it");
    }

    private static String field(String stamp, String name) {
        return stamp.lines().filter(l -> l.startsWith(name + " ")).map(l -> l.substring(name.length() + 1).strip())
                .filter(v -> v.matches("[A-Za-z0-9-]{1,20}")).findFirst().orElse("");
    }

    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it that could be lost.
            }
        }
    }
}
