package org.euromesh.model;

import java.util.Arrays;

/**
 * The exact order statistics a Monte Carlo series' percentiles read (docs/MODEL.md §11.3), found
 * from fine bucket counts without keeping every draw: a {@link Window} predicted from the first wave,
 * or, if one misses, a {@link Selection} filled by drawing again.
 */
final class OrderStatistics {

    private OrderStatistics() {
    }

    /**
     * Windows around the order statistics, predicted from the first wave: for each percentile,
     * the buckets that held the first wave's values within {@link #MARGIN} of its level on
     * either side. Every later value in those buckets is kept; if each wanted order statistic of
     * all the draws then falls in a window, it is read from the kept values, else the caller
     * draws again ({@link Selection}). Either way the value is the exact order statistic.
     */
    static final class Window {
        /** 0.5 % either side: five standard errors of a percentile of a first wave of 2^18 draws. */
        private static final double MARGIN = 0.005;
        private final byte[] windowOfBucket = new byte[BucketKey.BUCKETS + 2];
        private final int[] firstBucket;
        private double[][] kept;
        private int[] filled;

        /** {@code growth}: all the draws over the first wave's, to size the kept values once. */
        Window(int[] firstWaveCounts, double growth) {
            Arrays.fill(windowOfBucket, (byte) -1);
            long m = 0;
            for (int c : firstWaveCounts) {
                m += c;
            }
            int levels = MonteCarlo.Quantiles.LEVELS.length;
            long[] lows = new long[levels];
            long[] highs = new long[levels];
            for (int k = 0; k < levels; k++) {
                double q = MonteCarlo.Quantiles.LEVELS[k];
                lows[k] = Math.max(0, (long) Math.floor((q - MARGIN) * m));
                highs[k] = Math.max(0, Math.min(m - 1, (long) Math.ceil((q + MARGIN) * m)));
            }
            int[] lowBucket = bucketsOf(firstWaveCounts, lows);
            int[] highBucket = bucketsOf(firstWaveCounts, highs);
            int[] starts = new int[levels];
            int windows = 0;
            int lastEnd = -1;
            for (int k = 0; k < levels && m > 0; k++) {
                int from = Math.max(1, lowBucket[k]);
                int to = Math.min(BucketKey.BUCKETS, highBucket[k]);
                if (from > to) {
                    continue; // all infinite: nothing to keep
                }
                if (windows == 0 || from > lastEnd + 1) {
                    starts[windows++] = from;
                } else {
                    from = lastEnd + 1;
                }
                for (int b = from; b <= to; b++) {
                    windowOfBucket[b] = (byte) (windows - 1);
                }
                lastEnd = Math.max(lastEnd, to);
            }
            firstBucket = Arrays.copyOf(starts, windows);
            kept = new double[windows][];
            filled = new int[windows];
            int[] firstWave = new int[windows];
            for (int b = 0; b < windowOfBucket.length; b++) {
                if (windowOfBucket[b] >= 0) {
                    firstWave[windowOfBucket[b]] += firstWaveCounts[b];
                }
            }
            for (int w = 0; w < windows; w++) {
                kept[w] = new double[(int) Math.min(1 << 28, Math.ceil(firstWave[w] * growth * 1.02) + 1024)];
            }
        }

        void offer(int bucket, double v) {
            int w = windowOfBucket[bucket];
            if (w >= 0) {
                if (filled[w] == kept[w].length) {
                    kept[w] = Arrays.copyOf(kept[w], 2 * kept[w].length);
                }
                kept[w][filled[w]++] = v;
            }
        }

        /** The wanted order statistics of all {@code length} values, or null if one lies outside every window. */
        MonteCarlo.Ranked select(int[] counts, int length) {
            if (length == 0) {
                return rank -> Double.NaN;
            }
            int[] ranks = wantedRanks(length);
            long[] asLong = new long[ranks.length];
            for (int k = 0; k < ranks.length; k++) {
                asLong[k] = ranks[k];
            }
            int[] bucketOfRank = bucketsOf(counts, asLong);
            long[] belowWindow = new long[firstBucket.length];
            long below = 0;
            for (int b = 0, w = 0; b < counts.length && w < firstBucket.length; b++) {
                if (b == firstBucket[w]) {
                    belowWindow[w++] = below;
                }
                below += counts[b];
            }
            for (int w = 0; w < kept.length; w++) {
                Arrays.sort(kept[w], 0, filled[w]);
            }
            double[] values = new double[ranks.length];
            for (int k = 0; k < ranks.length; k++) {
                int b = bucketOfRank[k];
                if (b == 0 || b == BucketKey.BUCKETS + 1) {
                    values[k] = b == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    continue;
                }
                int w = windowOfBucket[b];
                if (w < 0) {
                    return null;
                }
                values[k] = kept[w][(int) (ranks[k] - belowWindow[w])];
            }
            kept = null; // the kept values are no longer needed
            return rank -> values[Arrays.binarySearch(ranks, rank)];
        }
    }

    /**
     * The order statistics a series' quantiles need, from its bucket counts: which buckets hold
     * them and where inside each; the second pass, when a {@link Window} missed, offers every
     * value, and only those buckets keep theirs. The bucket counts' array is reused as the map from
     * bucket to kept values.
     */
    static final class Selection {
        private final int[] ranks;
        private final int[] rankBucket;
        private final int[] rankOffset;
        private final int[] slotOfBucket;
        private final double[][] kept;
        private final int[] filled;

        Selection(int[] counts, int length) {
            ranks = wantedRanks(length);
            rankBucket = new int[ranks.length];
            rankOffset = new int[ranks.length];
            int[] bucketSize = new int[ranks.length];
            int below = 0;
            int r = 0;
            for (int b = 0; b < counts.length && r < ranks.length; b++) {
                while (r < ranks.length && ranks[r] < below + counts[b]) {
                    rankBucket[r] = b;
                    rankOffset[r] = ranks[r] - below;
                    bucketSize[r] = counts[b];
                    r++;
                }
                below += counts[b];
            }
            slotOfBucket = counts;
            Arrays.fill(slotOfBucket, -1);
            kept = new double[ranks.length][];
            filled = new int[ranks.length];
            int slots = 0;
            for (int k = 0; k < ranks.length && length > 0; k++) {
                int b = rankBucket[k];
                if (b == 0 || b == BucketKey.BUCKETS + 1 || slotOfBucket[b] >= 0) {
                    continue; // an infinite value needs no keeping; a bucket already kept serves both ranks
                }
                kept[slots] = new double[bucketSize[k]];
                slotOfBucket[b] = slots++;
            }
        }

        void offer(int bucket, double v) {
            int slot = slotOfBucket[bucket];
            if (slot >= 0) {
                kept[slot][filled[slot]++] = v;
            }
        }

        /** The wanted order statistics, once every value has been offered. */
        MonteCarlo.Ranked select() {
            double[] values = new double[ranks.length];
            for (double[] k : kept) {
                if (k != null) {
                    Arrays.sort(k);
                }
            }
            for (int k = 0; k < ranks.length; k++) {
                int b = rankBucket[k];
                values[k] = b == 0 ? Double.NEGATIVE_INFINITY
                        : b == BucketKey.BUCKETS + 1 ? Double.POSITIVE_INFINITY : kept[slotOfBucket[b]][rankOffset[k]];
            }
            return rank -> values[Arrays.binarySearch(ranks, rank)];
        }
    }

    /** The order statistics the seven percentiles read: both neighbours of each, in ascending order, once each. */
    static int[] wantedRanks(int length) {
        int[] wanted = new int[2 * MonteCarlo.Quantiles.LEVELS.length];
        for (int k = 0; k < MonteCarlo.Quantiles.LEVELS.length; k++) {
            double q = MonteCarlo.Quantiles.LEVELS[k];
            wanted[2 * k] = MonteCarlo.Quantiles.lowRank(length, q);
            wanted[2 * k + 1] = MonteCarlo.Quantiles.highRank(length, q);
        }
        Arrays.sort(wanted);
        int distinct = 0;
        for (int w : wanted) {
            if (distinct == 0 || wanted[distinct - 1] != w) {
                wanted[distinct++] = w;
            }
        }
        return Arrays.copyOf(wanted, distinct);
    }

    /** For each of the ascending {@code ranks}, the bucket that holds that rank of the counted values. */
    static int[] bucketsOf(int[] counts, long[] ranks) {
        int[] buckets = new int[ranks.length];
        long below = 0;
        int r = 0;
        for (int b = 0; b < counts.length && r < ranks.length; b++) {
            while (r < ranks.length && ranks[r] < below + counts[b]) {
                buckets[r++] = b;
            }
            below += counts[b];
        }
        return buckets;
    }
}
