package org.euromesh.model;

import static org.euromesh.model.Tally.CAMPUS;
import static org.euromesh.model.Tally.FAST_TRACK;
import static org.euromesh.model.Tally.GAP;
import static org.euromesh.model.Tally.MESH;
import static org.euromesh.model.Tally.PHASED;
import static org.euromesh.model.Tally.SERIES;

import org.euromesh.model.OrderStatistics.Selection;
import org.euromesh.model.OrderStatistics.Window;

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

    private Summary() {
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
        GapHistogram gapHistogram;
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
            runner.run(SERIES, s -> BucketSort.sort(sorted[s]));
            gapHistogram = new GapHistogram(total, spec.histogramBinMonths());
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
        BucketKey[] keys = BucketKey.forSeries(horizonMonths);
        int[][] counts = new int[SERIES][BucketKey.BUCKETS + 2];
        Window[] windows = new Window[SERIES];
        GapHistogram.Unanchored gapBins = new GapHistogram.Unanchored(spec.histogramBinMonths(), horizonMonths);
        pass(sampler, spec, runner, waveLength, routes, tallies, horizonMonths, (first, d) -> runner.run(SERIES, s -> {
            int[] c = counts[s];
            BucketKey key = keys[s];
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
                BucketKey key = keys[s];
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

    private static MonteCarlo.Result result(int n, Tally t, MonteCarlo.Quantiles[] q, GapHistogram gapHistogram) {
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

}
