package org.euromesh.site.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;

import org.euromesh.problem.InputError;
import org.euromesh.site.EnvironmentFault;
import org.euromesh.site.OutputFolder;
import org.euromesh.site.PdfJob;
import org.euromesh.site.PdfStage;
import org.euromesh.site.Site;

/**
 * The preview's build loop: the pages first, written to the output folder as one swap; then the
 * PDF in the background, moved in as one file when ready unless a newer good build superseded it.
 * A failed build writes nothing and keeps its problems for the banner.
 */
final class Rebuilder implements AutoCloseable {

    /** How many builds have finished, and the problems of the latest (empty when it succeeded). */
    record State(long generation, List<InputError> errors) {
        State {
            errors = List.copyOf(errors);
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    // The stage-by-stage lines of a build would scroll the preview's one line per save away.
    private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

    private final Site.Options options;
    private final Path out;
    private final OutputFolder output;
    private final PrintStream log;
    private final PrintStream err;
    private final ReadWriteLock siteLock;
    private final Runnable onBuild;
    // One thread per Site instance: a Site is reusable but confined to one thread.
    private final ExecutorService builds = Executors.newSingleThreadExecutor(PreviewServer.daemon("euromesh-rebuild"));
    private final ExecutorService printing = Executors.newSingleThreadExecutor(PreviewServer.daemon("euromesh-pdf"));
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile State state = new State(0, List.of());
    // Written under the site lock's write side, so a finished PDF can tell whether it is still wanted.
    private volatile long latestGood;
    private volatile boolean closed;
    private Site pages;
    private PdfStage printer;
    private List<String> warnings = List.of();

    /**
     * @param output   the claimed output folder, released by {@link #close}
     * @param siteLock the write side is held while the output folder changes; readers hold the read side
     * @param onBuild  called on the build thread after every build, good or bad
     */
    Rebuilder(Site.Options options, OutputFolder output, PrintStream log, PrintStream err, ReadWriteLock siteLock, Runnable onBuild) {
        this.options = new Site.Options(options.root(), options.out(), options.overrides(), true, options.baseUrl(), options.assumptions());
        this.out = options.out().toAbsolutePath().normalize();
        this.output = output;
        this.log = options.quiet() ? SILENT : log;
        this.err = err;
        this.siteLock = siteLock;
        this.onBuild = onBuild;
    }

    State state() {
        return state;
    }

    /** Asks for a build; requests that arrive while one is waiting to start join it. */
    void request() {
        if (requested.compareAndSet(false, true)) {
            try {
                builds.execute(this::build);
            } catch (RejectedExecutionException closing) {
                requested.set(false);
            }
        }
    }

    private void build() {
        requested.set(false);
        long start = System.nanoTime();
        List<InputError> problems;
        Optional<PdfJob> pdfJob = Optional.empty();
        int fileCount = 0;
        try {
            if (pages == null) {
                pages = new Site();
            }
            Site.Outcome outcome = pages.render(options, SILENT);
            // A layout that fails to parse fails every page the same way: say it once.
            problems = outcome.errors().stream().distinct().toList();
            if (outcome.ok()) {
                printWarnings(outcome.warnings());
                if (!write(outcome.files())) {
                    return;
                }
                pdfJob = outcome.pdfJob();
                fileCount = outcome.files().size();
            }
        } catch (EnvironmentFault e) {
            problems = List.of(new InputError(e.path(), 0, 0, "", e.problem() + "; " + e.fix()));
        } catch (IOException e) {
            problems = List.of(new InputError(out.getFileName().toString(), 0, 0, "", "cannot write the site: " + e));
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (closed) {
                return;
            }
            err.println("euromesh: internal error while building: " + e);
            e.printStackTrace(err);
            problems = List.of(new InputError("euromesh", 0, 0, "", "internal error while building: " + e));
        }
        if (closed) {
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (problems.isEmpty()) {
            log.println(now() + " built " + fileCount + " files in " + ms + " ms; rendering the PDF");
        } else {
            problems.forEach(p -> err.println(p.format()));
            err.println(now() + " build failed with " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + (Files.isRegularFile(out.resolve("index.html")) ? "; the preview keeps the last good build" : "; nothing to show until a save builds"));
        }
        state = new State(state.generation() + 1, problems);
        if (pdfJob.isPresent()) {
            PdfJob job = pdfJob.get();
            long generation = state.generation();
            try {
                printing.execute(() -> print(job, generation));
            } catch (RejectedExecutionException closing) {
                return;
            }
        }
        onBuild.run();
    }

    /** Swaps in the new pages, keeping the previous PDF until the new one is ready; false once closed. */
    private boolean write(Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> all = new TreeMap<>(files);
        siteLock.writeLock().lock();
        try {
            if (closed) {
                return false;
            }
            Path previousPdf = out.resolve(Site.PDF_NAME);
            if (Files.isRegularFile(previousPdf)) {
                all.put(Site.PDF_NAME, Files.readAllBytes(previousPdf));
            }
            output.replace(all);
            latestGood = state.generation() + 1;
            return true;
        } finally {
            siteLock.writeLock().unlock();
        }
    }

    private void print(PdfJob job, long generation) {
        if (generation != latestGood || closed) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (printer == null) {
                printer = new PdfStage();
            }
            byte[] pdf = printer.render(job);
            siteLock.writeLock().lock();
            try {
                if (generation != latestGood || closed) {
                    return;
                }
                output.replaceFile(Site.PDF_NAME, pdf);
                // Under the lock, so this line never follows the "built" line of a newer build.
                log.println(now() + " PDF ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + Site.PDF_NAME);
            } finally {
                siteLock.writeLock().unlock();
            }
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (closed) {
                return;
            }
            err.println("euromesh: the PDF failed: " + e);
            e.printStackTrace(err);
        }
    }

    private void printWarnings(List<String> latest) {
        if (!latest.equals(warnings)) {
            latest.forEach(log::println);
            warnings = List.copyOf(latest);
        }
    }

    private static String now() {
        return LocalTime.now().format(CLOCK);
    }

    /**
     * Stops both threads without waiting for a render to finish (Ctrl-C must be quick); once this
     * returns nothing more is written to the output folder, as every write checks under the lock.
     */
    @Override
    public void close() {
        builds.shutdownNow();
        printing.shutdownNow();
        siteLock.writeLock().lock();
        try {
            closed = true;
        } finally {
            siteLock.writeLock().unlock();
        }
        output.close();
    }
}
