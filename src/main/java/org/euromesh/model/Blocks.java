package org.euromesh.model;

import java.util.function.IntConsumer;

/**
 * How the Monte Carlo runs its independent tasks, the blocks of a wave of draws and then the five
 * series that summarise the wave: one after another here (the model stays free of threads, so it
 * also runs in the browser); a caller may run them in parallel. Each task writes only its own
 * slice or its own series, so any order gives the same result.
 */
@FunctionalInterface
public interface Blocks {

    Blocks SEQUENTIAL = (count, block) -> {
        for (int b = 0; b < count; b++) {
            block.accept(b);
        }
    };

    /** Runs {@code block} once for each index in [0, count) and returns when all have finished. */
    void run(int count, IntConsumer block);
}
