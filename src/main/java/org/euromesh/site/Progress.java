package org.euromesh.site;

import java.io.PrintStream;
import java.util.Locale;

/** One line per stage with its time; silent with --quiet. */
final class Progress {

    private final PrintStream out;
    private final boolean quiet;

    Progress(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Runs one named stage and prints how long it took; the stage's own checked exception passes through. */
    <T, E extends Exception> T stage(String name, Stage<T, E> work) throws E {
        long start = System.nanoTime();
        T result = work.run();
        took(name, start);
        return result;
    }

    /** The line of a stage that began at {@code startNanos} ({@link System#nanoTime}) and has just ended. */
    void took(String name, long startNanos) {
        line(String.format(Locale.ROOT, "%-9s %6d ms", name, (System.nanoTime() - startNanos) / 1_000_000));
    }

    /** As {@link #stage} for a stage with no result, such as writing the output folder. */
    <E extends Exception> void run(String name, Action<E> work) throws E {
        stage(name, () -> {
            work.run();
            return null;
        });
    }

    void line(String text) {
        if (!quiet) {
            out.println(text);
        }
    }

    @FunctionalInterface
    interface Stage<T, E extends Exception> {
        T run() throws E;
    }

    @FunctionalInterface
    interface Action<E extends Exception> {
        void run() throws E;
    }
}
