package org.euromesh.model;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Sums and means added left to right, one rounding per term. {@code DoubleStream.sum()} adds with a
 * compensation whose details differ between JDK releases and in the browser's compiled Java, so
 * the model never uses it: its sums are the same double wherever it runs (docs/MODEL.md, Appendix A).
 */
public final class Sums {

    private Sums() {
    }

    public static <T> double sum(List<T> items, ToDoubleFunction<? super T> value) {
        double sum = 0;
        for (T item : items) {
            sum += value.applyAsDouble(item);
        }
        return sum;
    }

    /** The mean, or {@code empty} when there is nothing to average. */
    public static <T> double mean(List<T> items, ToDoubleFunction<? super T> value, double empty) {
        return items.isEmpty() ? empty : sum(items, value) / items.size();
    }

    public static double mean(double[] values, double empty) {
        if (values.length == 0) {
            return empty;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
