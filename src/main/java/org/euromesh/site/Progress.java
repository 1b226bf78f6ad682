package org.euromesh.site;

import java.io.PrintStream;
import java.util.Locale;

/** One line per stage with its time; silent with --quiet. */
public final class Progress {

    private final PrintStream out;
    private final boolean quiet;

    public Progress(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Runs one named stage and prints how long it took. */
    public <T> T stage(String name, Stage<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.run();
        line(String.format(Locale.ROOT, "%-9s %6d ms", name, (System.nanoTime() - start) / 1_000_000));
        return result;
    }

    public void line(String text) {
        if (!quiet) {
            out.println(text);
        }
    }

    @FunctionalInterface
    public interface Stage<T> {
        T run() throws Exception;
    }
}
