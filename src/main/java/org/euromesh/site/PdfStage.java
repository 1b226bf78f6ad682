package org.euromesh.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import org.euromesh.report.WhatIf;
import org.euromesh.report.pdf.PdfMetadata;
import org.euromesh.report.pdf.PdfRenderer;
import org.euromesh.site.publish.SocialCard;

/**
 * The PDF stage: the print HTML of a build to the report PDF. Its libraries (openhtmltopdf,
 * Batik, PDFBox) take about a second to load, so {@link #warmUp} loads them on a thread of their
 * own while the other stages run, and {@link #start} renders on a thread of its own while the
 * build finishes the site. One instance renders one PDF at a time.
 */
public final class PdfStage {

    /** Renders nothing anyone sees: it only makes the JVM load and link the PDF libraries. */
    private static final String WARM_UP_HTML = """
            <!DOCTYPE html><html lang="en"><head><title>warm-up</title></head><body><h1 id="a">Warm-up</h1>
            <p>Text, <a href="#a">a link</a>, <b>bold</b> and <i>italic</i>.</p>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><title>t</title>
            <rect x="1" y="1" width="50" height="20" fill="#0072B2"/><text x="5" y="35" font-family="Liberation Sans">10</text></svg>
            </body></html>""";
    private static final String KEYWORDS = "EuroMesh; federated compute; sovereign AI; grid connection; DiLoCo";

    private final FutureTask<PdfRenderer> renderer = new FutureTask<>(PdfStage::warmRenderer);
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();

    /** A PDF being rendered on its own thread. */
    static final class Pending {
        private final FutureTask<byte[]> task;

        private Pending(FutureTask<byte[]> task) {
            this.task = task;
        }

        /** The PDF's bytes, once rendered; the render's own failure if it failed. */
        byte[] await() throws IOException {
            return get(task);
        }
    }

    /** Starts loading the PDF libraries on a daemon thread, once; later calls do nothing. */
    public void warmUp() {
        SocialCard.registerFonts(); // before the PDF thread first loads Batik
        if (!renderer.isDone() && warmUpStarted.compareAndSet(false, true)) {
            Thread t = new Thread(renderer, "pdf-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Renders the PDF of {@code job} on this thread. */
    public byte[] render(PdfJob job) throws IOException {
        Path staging = PrintFolder.create();
        try {
            for (var e : job.assets().entrySet()) {
                Path f = staging.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
            return warmed().render(job.printHtml(), staging.toUri().toString(), metadata(job));
        } finally {
            OutputFolder.deleteTree(staging);
        }
    }

    /** Renders the PDF of {@code job} on a daemon thread of its own and prints its time when done. */
    Pending start(PdfJob job, Progress progress) {
        warmUp();
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            long start = System.nanoTime();
            byte[] bytes = render(job);
            progress.took("pdf", start);
            return bytes;
        });
        Thread t = new Thread(task, "pdf");
        t.setDaemon(true);
        t.start();
        return new Pending(task);
    }

    /** A what-if says so in the title a viewer shows, in the subject and in the keywords. */
    private static PdfMetadata metadata(PdfJob job) {
        var edition = job.edition();
        return job.whatIf().active()
                ? new PdfMetadata(WhatIf.HEADING + ": " + edition.title(), job.whatIf().sentence(), edition.author(),
                        "what-if; " + KEYWORDS, "en", edition.date(), job.hash())
                : new PdfMetadata(edition.title(), edition.subtitle(), edition.author(), KEYWORDS, "en", edition.date(), job.hash());
    }

    private PdfRenderer warmed() throws IOException {
        warmUp();
        return get(renderer);
    }

    private static PdfRenderer warmRenderer() {
        PdfRenderer pdf = new PdfRenderer();
        pdf.render(WARM_UP_HTML, Path.of(System.getProperty("java.io.tmpdir")).toUri().toString(),
                new PdfMetadata("warm-up", "warm-up", "EuroMesh", "warm-up", "en", LocalDate.of(2026, 1, 1), "0".repeat(64)));
        return pdf;
    }

    /** A task's value, with its own unchecked or I/O failure rethrown as it was. */
    private static <T> T get(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the PDF", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the PDF stage failed", cause);
        }
    }
}
