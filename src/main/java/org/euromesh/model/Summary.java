package org.euromesh.model;

import java.util.Arrays;

/**
 * The Monte Carlo's summary (docs/MODEL.md §11.3) in bounded memory. Each block counts its
 * comparisons, months and gap range as it is drawn, and the counts are added in block order. Up to
 * {@link MonteCarlo#KEEP_BLOCKS} blocks every draw is kept, and the five series are sorted and read
 * as before. More blocks are drawn a wave at a time into one set of arrays: each series is counted
 * in fine buckets of its value, and the values in windows around each percentile, predicted from
 * the first wave, are kept; the percentiles are then the exact order statistics, read from the kept
 * values. An order statistic outside its window (rare) is found by drawing the blocks again, each
 * from its own stream so with the same values, and keeping only its bucket. The means are then
 * sums in block order.
 */
final class Summary {

    private static final int MESH = 0;
    private static final int CAMPUS = 1;
    private static final int GAP = 2;
    private static final int FAST_TRACK = 3;
    private static final int PHASED = 4;
    private static final int SERIES = 5;

    /** Finite values are counted in this many buckets of equal width, plus one each for -infinity and +infinity. */
    static final int BUCKETS = 1 << 18;

    private Summary() {
    }

    /** What one block counts as it is drawn; the blocks' tallies are added in block order. */
    private static final class Tally {
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

    /** What is done with each wave once its blocks are drawn: {@code draws} draws from index 0 of the arrays. */
    @FunctionalInterface
    private interface WaveDone {
        void accept(int firstBlock, int draws);
    }

    static MonteCarlo.Result of(Sampler sampler, MonteCarlo.Spec spec, int horizonMonths, Blocks runner, int keepBlocks,
            int waveBlocks) {
        int n = spec.draws();
        int blocks = (n + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
        Tally[] tallies = new Tally[blocks];
        Histogram gapHistogram;
        if (blocks <= keepBlocks) {
            int waveLength = blocks;
            Sampler.Routes routes = new Sampler.Routes(n);
            pass(sampler, spec, runner, waveLength, routes, tallies, horizonMonths, (first, d) -> {
            });
            Tally total = total(tallies, horizonMonths);
            double[] gaps = new double[n - total.gapUndefined];
            int defined = 0;
            for (int i = 0; i < n; i++) {
                double g = routes.campus[i] - routes.mesh[i];
                if (!Double.isNaN(g)) {
                    gaps[defined++] = g;
                }
            }
            double[][] sorted = {routes.mesh, routes.campus, gaps, routes.fastTrack, routes.phased};
            runner.run(SERIES, s -> sort(sorted[s]));
            gapHistogram = new Histogram(total, spec.histogramBinMonths());
            for (double g : gaps) {
                gapHistogram.add(g);
            }
            MonteCarlo.Quantiles[] q = new MonteCarlo.Quantiles[SERIES];
            for (int s = 0; s < SERIES; s++) {
                q[s] = sorted[s].length == 0 ? MonteCarlo.Quantiles.UNDEFINED : MonteCarlo.Quantiles.of(sorted[s]);
            }
            return result(n, total, q, gapHistogram);
        }

        int waveLength = Math.min(blocks, waveBlocks);
        Sampler.Routes routes = new Sampler.Routes(Math.min(n, waveLength * MonteCarlo.BLOCK));
        Key[] keys = keys(horizonMonths);
        int[][] counts = new int[SERIES][BUCKETS + 2];
        Window[] windows = new Window[SERIES];
        GapBins gapBins = new GapBins(spec.histogramBinMonths(), horizonMonths);
        pass(sampler, spec, runner, waveLength, routes, tallies, horizonMonths, (first, d) -> runner.run(SERIES, s -> {
            int[] c = counts[s];
            Key key = keys[s];
            for (int i = 0; i < d; i++) {
                double v = value(routes, s, i);
                if (!Double.isNaN(v)) {
                    c[key.bucket(v)]++;
                }
            }
            if (first == 0) {
                windows[s] = new Window(c, n / (double) d);
            }
            Window w = windows[s];
            for (int i = 0; i < d; i++) {
                double v = value(routes, s, i);
                if (!Double.isNaN(v)) {
                    w.offer(key.bucket(v), v);
                    if (s == GAP) {
                        gapBins.add(v);
                    }
                }
            }
        }));
        Tally total = total(tallies, horizonMonths);
        int[] lengths = new int[SERIES];
        MonteCarlo.Ranked[] found = new MonteCarlo.Ranked[SERIES];
        Selection[] selections = new Selection[SERIES];
        boolean missed = false;
        for (int s = 0; s < SERIES; s++) {
            lengths[s] = s == GAP ? n - total.gapUndefined : n;
            found[s] = windows[s].select(counts[s], lengths[s]);
            if (found[s] == null) {
                selections[s] = new Selection(counts[s], lengths[s]);
                missed = true;
            }
        }
        if (missed) {
            // an order statistic outside the windows the first wave predicted: draw again, keep its bucket
            pass(sampler, spec, runner, waveLength, routes, null, horizonMonths, (first, d) -> runner.run(SERIES, s -> {
                Selection selection = selections[s];
                Key key = keys[s];
                for (int i = 0; i < d && selection != null; i++) {
                    double v = value(routes, s, i);
                    if (!Double.isNaN(v)) {
                        selection.offer(key.bucket(v), v);
                    }
                }
            }));
        }
        MonteCarlo.Quantiles[] q = new MonteCarlo.Quantiles[SERIES];
        for (int s = 0; s < SERIES; s++) {
            int length = lengths[s];
            MonteCarlo.Ranked x = found[s] != null ? found[s] : selections[s].select();
            q[s] = length == 0 ? MonteCarlo.Quantiles.UNDEFINED : MonteCarlo.Quantiles.of(x, length, total.sums[s] / length);
        }
        return result(n, total, q, gapBins.histogram(total));
    }

    /** Every block once, a wave at a time: each wave's blocks through {@code runner}, then {@code done}. */
    private static void pass(Sampler sampler, MonteCarlo.Spec spec, Blocks runner, int waveLength, Sampler.Routes routes,
            Tally[] tallies, int horizonMonths, WaveDone done) {
        int n = spec.draws();
        int blocks = (n + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
        SplitMix64[] streams = streams(spec.seed(), blocks);
        for (int first = 0; first < blocks; first += waveLength) {
            int wave = first;
            int inWave = Math.min(waveLength, blocks - first);
            runner.run(inWave, j -> {
                int b = wave + j;
                int from = j * MonteCarlo.BLOCK;
                int count = Math.min(n - b * MonteCarlo.BLOCK, MonteCarlo.BLOCK);
                sampler.draw(streams[b], count, routes, from);
                if (tallies != null) {
                    Tally t = new Tally(horizonMonths);
                    t.count(routes, from, from + count);
                    tallies[b] = t;
                }
            });
            done.accept(first, Math.min(n - first * MonteCarlo.BLOCK, inWave * MonteCarlo.BLOCK));
        }
    }

    /** One stream per block, split from the seed in block order (docs/MODEL.md §11.1). */
    private static SplitMix64[] streams(long seed, int blocks) {
        SplitMix64 root = new SplitMix64(seed);
        SplitMix64[] streams = new SplitMix64[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = root.split();
        }
        return streams;
    }

    private static Tally total(Tally[] tallies, int horizonMonths) {
        Tally total = new Tally(horizonMonths);
        for (Tally t : tallies) {
            total.add(t);
        }
        return total;
    }

    /** Draw {@code i} of the wave in series {@code s}; the gap is NaN when both routes are censored. */
    private static double value(Sampler.Routes r, int s, int i) {
        return switch (s) {
            case MESH -> r.mesh[i];
            case CAMPUS -> r.campus[i];
            case GAP -> r.campus[i] - r.mesh[i];
            case FAST_TRACK -> r.fastTrack[i];
            default -> r.phased[i];
        };
    }

    private static MonteCarlo.Result result(int n, Tally t, MonteCarlo.Quantiles[] q, Histogram gapHistogram) {
        return new MonteCarlo.Result(n, q[MESH], q[CAMPUS], q[GAP], t.meshFirst / (double) n,
                deliveredByMonth(t.meshInMonth, n), deliveredByMonth(t.campusInMonth, n), gapHistogram.result(),
                t.gapUndefined, new MonteCarlo.Routes(q[FAST_TRACK], q[PHASED], t.beforeFastTrack / (double) n,
                        t.beforePhased / (double) n, t.beforeEvery / (double) n));
    }

    /** Share of draws delivered by the end of each month (t <= m + 1). */
    private static double[] deliveredByMonth(int[] inMonth, int n) {
        double[] p = new double[inMonth.length];
        int delivered = 0;
        for (int m = 0; m < inMonth.length; m++) {
            delivered += inMonth[m];
            p[m] = delivered / (double) n;
        }
        return p;
    }

    /** The gap histogram: its first bin from the smallest finite gap, its last from the largest. */
    private static final class Histogram {
        private final double start;
        private final long firstIndex;
        private final double binMonths;
        private final int[] counts;

        Histogram(Tally t, double binMonths) {
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
    }

    /**
     * The gap histogram counted before its first bin is known. A finite gap g lands in bin
     * floor((g - start) / b) with start = floor(min / b) b; unless g / b lies within 1e-6 of a
     * whole number, that is floor(g / b) - floor(min / b) whatever the rounding, so such gaps are
     * counted by floor(g / b) and shifted at the end. The few near a bin's edge are kept and put
     * in their bin by the formula itself once the start is known.
     */
    private static final class GapBins {
        private static final double EDGE = 1e-6;
        private final double binMonths;
        private final long lowest;
        private final int[] byIndex;
        private double[] nearEdge = new double[16];
        private int nearEdgeCount;

        GapBins(double binMonths, int horizonMonths) {
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

        Histogram histogram(Tally total) {
            Histogram h = new Histogram(total, binMonths);
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

    /**
     * Windows around the order statistics, predicted from the first wave: for each percentile,
     * the buckets that held the first wave's values within {@link #MARGIN} of its level on
     * either side. Every later value in those buckets is kept; if each wanted order statistic of
     * all the draws then falls in a window, it is read from the kept values, else the caller
     * draws again ({@link Selection}). Either way the value is the exact order statistic.
     */
    private static final class Window {
        /** 0.5 % either side: five standard errors of a percentile of a first wave of 2^18 draws. */
        private static final double MARGIN = 0.005;
        private final byte[] windowOfBucket = new byte[BUCKETS + 2];
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
                int to = Math.min(BUCKETS, highBucket[k]);
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
                if (b == 0 || b == BUCKETS + 1) {
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

    /** The order statistics the seven percentiles read: both neighbours of each, in ascending order, once each. */
    private static int[] wantedRanks(int length) {
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
    private static int[] bucketsOf(int[] counts, long[] ranks) {
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

    /** Deliveries lie in [0, horizon + 1] months, gaps in [-(horizon + 1), horizon + 1]. */
    private static Key[] keys(int horizonMonths) {
        Key delivery = new Key(0, BUCKETS / (horizonMonths + 1.0), BUCKETS);
        Key gap = new Key(-(horizonMonths + 1.0), BUCKETS / (2 * (horizonMonths + 1.0)), BUCKETS);
        return new Key[] {delivery, delivery, gap, delivery, delivery};
    }

    /**
     * A bucket for every value that never decreases as the value grows, so the buckets are in the
     * values' order: -infinity in 0, finite values in 1 to {@code buckets} (clamped), +infinity in
     * {@code buckets + 1}.
     */
    record Key(double lowest, double perUnit, int buckets) {
        int bucket(double v) {
            if (v == Double.NEGATIVE_INFINITY) {
                return 0;
            }
            if (v == Double.POSITIVE_INFINITY) {
                return buckets + 1;
            }
            double x = (v - lowest) * perUnit;
            return 1 + (x <= 0 ? 0 : x >= buckets - 1 ? buckets - 1 : (int) x);
        }
    }

    /** Buckets this size or smaller are put in order by insertion; larger ones by {@link Arrays#sort}. */
    private static final int SMALL_BUCKET = 32;

    /**
     * Sorts values (no NaN) into the order {@link Arrays#sort} gives, in about linear time: counted
     * into about two buckets per value between the smallest and largest finite one, moved to their
     * bucket, and each bucket put in order. Five times faster than sorting 100 000 draws outright.
     */
    static void sort(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        int buckets = Math.max(16, 2 * Integer.highestOneBit(Math.max(1, x.length)));
        Key key = new Key(min, max > min ? buckets / (max - min) : 0, buckets);
        int[] end = new int[buckets + 2];
        for (double v : x) {
            end[key.bucket(v)]++;
        }
        for (int b = 1; b < end.length; b++) {
            end[b] += end[b - 1];
        }
        int[] next = new int[end.length];
        System.arraycopy(end, 0, next, 1, end.length - 1);
        double[] moved = new double[x.length];
        for (double v : x) {
            moved[next[key.bucket(v)]++] = v;
        }
        for (int b = 0, from = 0; b < end.length; from = end[b++]) {
            if (end[b] - from > SMALL_BUCKET) {
                Arrays.sort(moved, from, end[b]);
            } else {
                for (int i = from + 1; i < end[b]; i++) {
                    double v = moved[i];
                    int j = i - 1;
                    while (j >= from && moved[j] > v) {
                        moved[j + 1] = moved[j];
                        j--;
                    }
                    moved[j + 1] = v;
                }
            }
        }
        System.arraycopy(moved, 0, x, 0, x.length);
    }

    /**
     * The order statistics a series' quantiles need, from its bucket counts: which buckets hold
     * them and where inside each; the second pass, when a {@link Window} missed, offers every
     * value, and only those buckets keep theirs. The bucket counts' array is reused as the map from
     * bucket to kept values.
     */
    private static final class Selection {
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
                if (b == 0 || b == BUCKETS + 1 || slotOfBucket[b] >= 0) {
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
                        : b == BUCKETS + 1 ? Double.POSITIVE_INFINITY : kept[slotOfBucket[b]][rankOffset[k]];
            }
            return rank -> values[Arrays.binarySearch(ranks, rank)];
        }
    }
}
