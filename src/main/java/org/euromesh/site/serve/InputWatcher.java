package org.euromesh.site.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the input folders under the project root, every subfolder included (new ones as they
 * appear), and calls back once per burst of changes, after a short quiet spell.
 */
final class InputWatcher implements AutoCloseable {

    private final Path root;
    private final List<String> folders;
    private final Path out;
    private final Duration quiet;
    private final Runnable onChange;
    private final PrintStream err;
    private final WatchService service;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Thread thread;

    /** Starts watching {@code folders} under {@code root}, ignoring anything under {@code out}. */
    InputWatcher(Path root, List<String> folders, Path out, Duration quiet, Runnable onChange, PrintStream err) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.folders = List.copyOf(folders);
        this.out = out.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.onChange = onChange;
        this.err = err;
        this.service = this.root.getFileSystem().newWatchService();
        // The root itself, so that an input folder deleted and made again (a git checkout) is watched again.
        register(this.root);
        for (String folder : this.folders) {
            registerTree(this.root.resolve(folder));
        }
        this.thread = PreviewServer.daemon("euromesh-watch").newThread(this::run);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                boolean changed = handle(service.take());
                WatchKey next;
                // Editors save in bursts (temporary file, rename, touch): wait until the folder is quiet.
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // close() was called.
        }
    }

    /** Registers new folders and says whether anything the build reads may have changed. */
    private boolean handle(WatchKey key) {
        Path dir = watched.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost: look for folders we missed and rebuild to be safe.
                folders.forEach(f -> registerTree(root.resolve(f)));
                changed = true;
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (dir.equals(root) && !folders.contains(child.getFileName().toString())) {
                continue;
            }
            if (child.startsWith(out) || isEditorScratch(child.getFileName().toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                registerTree(child);
            }
            changed = true;
        }
        if (!key.reset()) {
            watched.remove(key);
        }
        return changed;
    }

    // Swap and backup files (".results.md.swp", "results.md~", ".#results.md") never feed the build.
    private static boolean isEditorScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top) || top.startsWith(out)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(top)) {
            tree.filter(Files::isDirectory).filter(d -> !d.startsWith(out)).forEach(this::register);
        } catch (IOException | RuntimeException e) {
            err.println("euromesh: cannot watch " + root.relativize(top) + ": " + e.getMessage());
        }
    }

    // Registering a folder twice returns its existing key, so a rescan is harmless.
    private void register(Path dir) {
        try {
            watched.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY), dir);
        } catch (IOException e) {
            err.println("euromesh: cannot watch " + root.relativize(dir) + ": " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
