package org.euromesh.model;

/**
 * What one block of Monte Carlo draws counts as it is drawn (docs/MODEL.md §11.3): comparisons,
 * delivery months, the finite gaps' range and each series' sum; the blocks' tallies are added in
 * block order.
 */
final class Tally {

    /** The five series, in the order the summary keeps them. */
    static final int MESH = 0;
    static final int CAMPUS = 1;
    static final int GAP = 2;
    static final int FAST_TRACK = 3;
    static final int PHASED = 4;
    static final int SERIES = 5;

    int meshFirst;
    int beforeFastTrack;
    int beforePhased;
    int beforeEvery;
    int gapUndefined;
    final int[] meshInMonth;
    final int[] campusInMonth;
    double gapMin = Double.POSITIVE_INFINITY;
    double gapMax = Double.NEGATIVE_INFINITY;
    final double[] sums = new double[SERIES];

    Tally(int horizonMonths) {
        meshInMonth = new int[horizonMonths];
        campusInMonth = new int[horizonMonths];
    }

    void count(Sampler.Routes r, int from, int to) {
        for (int i = from; i < to; i++) {
            double mesh = r.mesh[i];
            double campus = r.campus[i];
            double fast = r.fastTrack[i];
            double phased = r.phased[i];
            meshFirst += mesh < campus ? 1 : 0;
            beforeFastTrack += mesh < fast ? 1 : 0;
            beforePhased += mesh < phased ? 1 : 0;
            beforeEvery += mesh < campus && mesh < fast && mesh < phased ? 1 : 0;
            double gap = campus - mesh;
            if (Double.isNaN(gap)) {
                gapUndefined++;
            } else {
                sums[GAP] += gap;
                if (Double.isFinite(gap)) {
                    gapMin = Math.min(gapMin, gap);
                    gapMax = Math.max(gapMax, gap);
                }
            }
            sums[MESH] += mesh;
            sums[CAMPUS] += campus;
            sums[FAST_TRACK] += fast;
            sums[PHASED] += phased;
            countMonth(meshInMonth, mesh);
            countMonth(campusInMonth, campus);
        }
    }

    /** The month a draw counts in: the first m with t <= m + 1, that is ceil(t) - 1; censored draws in none. */
    private static void countMonth(int[] inMonth, double t) {
        double month = Math.max(0, Math.ceil(t) - 1);
        if (month < inMonth.length) {
            inMonth[(int) month]++;
        }
    }

    void add(Tally o) {
        meshFirst += o.meshFirst;
        beforeFastTrack += o.beforeFastTrack;
        beforePhased += o.beforePhased;
        beforeEvery += o.beforeEvery;
        gapUndefined += o.gapUndefined;
        for (int m = 0; m < meshInMonth.length; m++) {
            meshInMonth[m] += o.meshInMonth[m];
            campusInMonth[m] += o.campusInMonth[m];
        }
        gapMin = Math.min(gapMin, o.gapMin);
        gapMax = Math.max(gapMax, o.gapMax);
        for (int s = 0; s < SERIES; s++) {
            sums[s] += o.sums[s];
        }
    }
}
