package org.euromesh.model;

import java.util.Arrays;

/** The Monte Carlo's gap histogram (docs/MODEL.md §11.3): its first bin from the smallest finite gap, its last from the largest. */
final class GapHistogram {
    private final double start;
    private final long firstIndex;
    private final double binMonths;
    private final int[] counts;

    GapHistogram(Tally t, double binMonths) {
        this.binMonths = binMonths;
        if (t.gapMin > t.gapMax) {
            start = 0;
            firstIndex = 0;
            counts = new int[0];
        } else {
            double index = Math.floor(t.gapMin / binMonths);
            firstIndex = (long) index;
            start = index * binMonths;
            counts = new int[(int) Math.floor((t.gapMax - start) / binMonths) + 1];
        }
    }

    /** Counts a gap; infinite gaps are left out. */
    void add(double gap) {
        if (Double.isFinite(gap)) {
            counts[Math.min(counts.length - 1, (int) Math.floor((gap - start) / binMonths))]++;
        }
    }

    /** Counts {@code count} gaps known to lie in [k bin, (k + 1) bin), away from both ends. */
    void addAligned(long k, int count) {
        counts[(int) Math.min(counts.length - 1, k - firstIndex)] += count;
    }

    MonteCarlo.Histogram result() {
        return new MonteCarlo.Histogram(start, binMonths, counts);
    }

    /**
     * The gap histogram counted before its first bin is known. A finite gap g lands in bin
     * floor((g - start) / b) with start = floor(min / b) b; unless g / b lies within 1e-6 of a
     * whole number, that is floor(g / b) - floor(min / b) whatever the rounding, so such gaps are
     * counted by floor(g / b) and shifted at the end. The few near a bin's edge are kept and put
     * in their bin by the formula itself once the start is known.
     */
    static final class Unanchored {
        private static final double EDGE = 1e-6;
        private final double binMonths;
        private final long lowest;
        private final int[] byIndex;
        private double[] nearEdge = new double[16];
        private int nearEdgeCount;

        Unanchored(double binMonths, int horizonMonths) {
            this.binMonths = binMonths;
            lowest = (long) Math.floor(-(horizonMonths + 2.0) / binMonths);
            byIndex = new int[(int) ((long) Math.floor((horizonMonths + 2.0) / binMonths) - lowest + 1)];
        }

        void add(double gap) {
            if (!Double.isFinite(gap)) {
                return;
            }
            double q = gap / binMonths;
            long k = (long) Math.floor(q);
            if (Math.abs(q - Math.rint(q)) < EDGE || k < lowest || k - lowest >= byIndex.length) {
                if (nearEdgeCount == nearEdge.length) {
                    nearEdge = Arrays.copyOf(nearEdge, 2 * nearEdge.length);
                }
                nearEdge[nearEdgeCount++] = gap;
            } else {
                byIndex[(int) (k - lowest)]++;
            }
        }

        GapHistogram histogram(Tally total) {
            GapHistogram h = new GapHistogram(total, binMonths);
            for (int i = 0; i < byIndex.length; i++) {
                if (byIndex[i] > 0) {
                    h.addAligned(lowest + i, byIndex[i]);
                }
            }
            for (int i = 0; i < nearEdgeCount; i++) {
                h.add(nearEdge[i]);
            }
            return h;
        }
    }
}
