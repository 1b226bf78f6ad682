package org.euromesh.model;

import java.util.Arrays;

/**
 * The Monte Carlo's summary (docs/MODEL.md §11.3) in bounded memory. Blocks are drawn a wave at a
 * time into one set of arrays; each block counts its comparisons, months and gap range as it is
 * drawn, and the counts are added in block order. If every draw fits in one wave, the five series
 * are sorted and read as before. Otherwise each series is counted in fine buckets of its value in a
 * first pass, the buckets that hold the wanted order statistics are found, and a second pass draws
 * the same blocks again (each from its own stream, so the same values) and keeps only the values in
 * those buckets: the percentiles are the same order statistics, found without sorting.
 */
final class Summary {

    private static final int MESH = 0;
    private static final int CAMPUS = 1;
    private static final int GAP = 2;
    private static final int FAST_TRACK = 3;
    private static final int PHASED = 4;
    private static final int SERIES = 5;

    /** Finite values are counted in this many buckets of equal width, plus one each for -infinity and +infinity. */
    static final int BUCKETS = 1 << 20;

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
        void accept(int draws);
    }

    static MonteCarlo.Result of(Sampler sampler, MonteCarlo.Spec spec, int horizonMonths, Blocks runner, int waveBlocks) {
        int n = spec.draws();
        int blocks = (n + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
        int waveLength = Math.min(blocks, waveBlocks);
        Sampler.Routes routes = new Sampler.Routes(Math.min(n, waveLength * MonteCarlo.BLOCK));
        Tally[] tallies = new Tally[blocks];
        Histogram gapHistogram;
        if (blocks <= waveBlocks) {
            pass(sampler, spec, runner, waveLength, routes, tallies, horizonMonths, d -> {
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
            runner.run(SERIES, s -> Arrays.sort(sorted[s]));
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

        Key[] keys = keys(horizonMonths);
        int[][] counts = new int[SERIES][BUCKETS + 2];
        pass(sampler, spec, runner, waveLength, routes, tallies, horizonMonths, d -> runner.run(SERIES, s -> {
            int[] c = counts[s];
            Key key = keys[s];
            for (int i = 0; i < d; i++) {
                double v = value(routes, s, i);
                if (!Double.isNaN(v)) {
                    c[key.bucket(v)]++;
                }
            }
        }));
        Tally total = total(tallies, horizonMonths);
        Selection[] selections = new Selection[SERIES];
        for (int s = 0; s < SERIES; s++) {
            selections[s] = new Selection(counts[s], s == GAP ? n - total.gapUndefined : n);
        }
        gapHistogram = new Histogram(total, spec.histogramBinMonths());
        Histogram bins = gapHistogram;
        pass(sampler, spec, runner, waveLength, routes, null, horizonMonths, d -> runner.run(SERIES, s -> {
            Selection selection = selections[s];
            Key key = keys[s];
            for (int i = 0; i < d; i++) {
                double v = value(routes, s, i);
                if (!Double.isNaN(v)) {
                    selection.offer(key.bucket(v), v);
                    if (s == GAP) {
                        bins.add(v);
                    }
                }
            }
        }));
        MonteCarlo.Quantiles[] q = new MonteCarlo.Quantiles[SERIES];
        for (int s = 0; s < SERIES; s++) {
            int length = selections[s].length;
            q[s] = length == 0 ? MonteCarlo.Quantiles.UNDEFINED
                    : MonteCarlo.Quantiles.of(selections[s].select(), length, total.sums[s] / length);
        }
        return result(n, total, q, gapHistogram);
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
            done.accept(Math.min(n - first * MonteCarlo.BLOCK, inWave * MonteCarlo.BLOCK));
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
        private final double binMonths;
        private final int[] counts;

        Histogram(Tally t, double binMonths) {
            this.binMonths = binMonths;
            if (t.gapMin > t.gapMax) {
                start = 0;
                counts = new int[0];
            } else {
                start = Math.floor(t.gapMin / binMonths) * binMonths;
                counts = new int[(int) Math.floor((t.gapMax - start) / binMonths) + 1];
            }
        }

        /** Counts a gap; infinite gaps are left out. */
        void add(double gap) {
            if (Double.isFinite(gap)) {
                counts[Math.min(counts.length - 1, (int) Math.floor((gap - start) / binMonths))]++;
            }
        }

        MonteCarlo.Histogram result() {
            return new MonteCarlo.Histogram(start, binMonths, counts);
        }
    }

    /** Deliveries lie in [0, horizon + 1] months, gaps in [-(horizon + 1), horizon + 1]. */
    private static Key[] keys(int horizonMonths) {
        Key delivery = new Key(0, BUCKETS / (horizonMonths + 1.0));
        Key gap = new Key(-(horizonMonths + 1.0), BUCKETS / (2 * (horizonMonths + 1.0)));
        return new Key[] {delivery, delivery, gap, delivery, delivery};
    }

    /**
     * A bucket for every value that never decreases as the value grows, so the buckets are in the
     * values' order: -infinity in 0, finite values in 1 to BUCKETS (clamped), +infinity in BUCKETS + 1.
     */
    record Key(double lowest, double perUnit) {
        int bucket(double v) {
            if (v == Double.NEGATIVE_INFINITY) {
                return 0;
            }
            if (v == Double.POSITIVE_INFINITY) {
                return BUCKETS + 1;
            }
            double x = (v - lowest) * perUnit;
            return 1 + (x <= 0 ? 0 : x >= BUCKETS - 1 ? BUCKETS - 1 : (int) x);
        }
    }

    /**
     * The order statistics a series' quantiles need, from its bucket counts: which buckets hold
     * them and where inside each; the second pass offers every value, and only those buckets keep
     * theirs. The bucket counts' array is reused as the map from bucket to kept values.
     */
    private static final class Selection {
        final int length;
        private final int[] ranks;
        private final int[] rankBucket;
        private final int[] rankOffset;
        private final int[] slotOfBucket;
        private final double[][] kept;
        private final int[] filled;

        Selection(int[] counts, int length) {
            this.length = length;
            int[] wanted = new int[2 * MonteCarlo.Quantiles.LEVELS.length];
            for (int k = 0; k < MonteCarlo.Quantiles.LEVELS.length; k++) {
                double q = MonteCarlo.Quantiles.LEVELS[k];
                wanted[2 * k] = length == 0 ? 0 : MonteCarlo.Quantiles.lowRank(length, q);
                wanted[2 * k + 1] = length == 0 ? 0 : MonteCarlo.Quantiles.highRank(length, q);
            }
            Arrays.sort(wanted);
            int distinct = 0;
            for (int w : wanted) {
                if (distinct == 0 || wanted[distinct - 1] != w) {
                    wanted[distinct++] = w;
                }
            }
            ranks = Arrays.copyOf(wanted, distinct);
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
