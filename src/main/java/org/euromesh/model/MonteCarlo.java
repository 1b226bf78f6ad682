package org.euromesh.model;

import java.util.Arrays;
import java.util.List;

/**
 * The probabilistic layer: independent draws of the uncertain inputs, the headline delivery of
 * both pathways per draw, and the distribution of the gap. Draws are made in fixed blocks, each
 * with its own stream split from the seed in order, so the result is the same for a seed
 * whatever the number of threads ({@link Blocks} decides how the blocks run).
 */
public final class MonteCarlo {

    static final int BLOCK = 4096;

    private MonteCarlo() {
    }

    public record Input(Parameter parameter, Distribution distribution) {
    }

    /**
     * {@code leadTimeCorrelation} is the correlation rho of the Gaussian copula that joins the
     * lead-time inputs ({@link Parameter#leadTime()}); at 0 every input is independent.
     */
    public record Spec(int draws, long seed, List<Input> inputs, double histogramBinMonths, double leadTimeCorrelation) {
        public Spec {
            inputs = List.copyOf(inputs);
            if (draws < 1) {
                throw new IllegalArgumentException("draws must be at least 1");
            }
            if (!(leadTimeCorrelation >= 0 && leadTimeCorrelation < 1)) {
                throw new IllegalArgumentException("the lead-time correlation must lie in [0, 1)");
            }
        }

        public Spec(int draws, long seed, List<Input> inputs, double histogramBinMonths) {
            this(draws, seed, inputs, histogramBinMonths, 0);
        }
    }

    /** Percentiles (interpolated between order statistics) and the mean; censored draws count as +infinity. */
    public record Quantiles(double p5, double p10, double p25, double p50, double p75, double p90, double p95, double mean) {
        public double[] asArray() {
            return new double[] {p5, p10, p25, p50, p75, p90, p95};
        }

        static Quantiles of(double[] sorted) {
            double sum = 0;
            for (double v : sorted) {
                sum += v;
            }
            return new Quantiles(at(sorted, 0.05), at(sorted, 0.10), at(sorted, 0.25), at(sorted, 0.50),
                    at(sorted, 0.75), at(sorted, 0.90), at(sorted, 0.95), sum / sorted.length);
        }

        static double at(double[] sorted, double q) {
            double pos = q * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(sorted.length - 1, lo + 1);
            double frac = pos - lo;
            if (frac == 0 || sorted[lo] == sorted[hi]) {
                return sorted[lo];
            }
            return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
        }
    }

    /** Counts of the gap in bins of {@code binMonths} starting at {@code firstBinStart}. */
    public record Histogram(double firstBinStart, double binMonths, int[] counts) {
    }

    public record Result(int draws, Quantiles mesh, Quantiles campus, Quantiles gap, double pMeshFirst,
            double[] pMeshDeliveredByMonth, double[] pCampusDeliveredByMonth, Histogram gapHistogram,
            int gapUndefinedDraws, Routes routes) {
    }

    /**
     * The campus's other two routes in the same draws: their delivery quantiles, the share of draws
     * in which the mesh is first against each, and against every campus route at once.
     */
    public record Routes(Quantiles fastTrack, Quantiles phased, double pMeshBeforeFastTrack, double pMeshBeforePhased,
            double pMeshBeforeEveryCampus) {
    }

    private record Draw(double mesh, double campus, double fastTrack, double phased) {
    }

    public static Result run(Parameters base, Target headline, Spec spec, int horizonMonths) {
        return run(base, headline, spec, horizonMonths, List.of(), Blocks.SEQUENTIAL);
    }

    public static Result run(Parameters base, Target headline, Spec spec, int horizonMonths, List<Generation> fleet) {
        return run(base, headline, spec, horizonMonths, fleet, Blocks.SEQUENTIAL);
    }

    public static Result run(Parameters base, Target headline, Spec spec, int horizonMonths, Blocks runner) {
        return run(base, headline, spec, horizonMonths, List.of(), runner);
    }

    /** The draws in fixed blocks; {@code runner} may run the blocks in parallel (the result does not change). */
    public static Result run(Parameters base, Target headline, Spec spec, int horizonMonths, List<Generation> fleet,
            Blocks runner) {
        int blocks = (spec.draws() + BLOCK - 1) / BLOCK;
        SplitMix64 root = new SplitMix64(spec.seed());
        SplitMix64[] streams = new SplitMix64[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = root.split();
        }
        double[] mesh = new double[spec.draws()];
        double[] campus = new double[spec.draws()];
        double[] fastTrack = new double[spec.draws()];
        double[] phased = new double[spec.draws()];
        runner.run(blocks, b -> {
            int from = b * BLOCK;
            int to = Math.min(spec.draws(), from + BLOCK);
            for (int i = from; i < to; i++) {
                Draw d = draw(base, headline, spec, streams[b], horizonMonths, fleet);
                mesh[i] = d.mesh();
                campus[i] = d.campus();
                fastTrack[i] = d.fastTrack();
                phased[i] = d.phased();
            }
        });
        int beforeFast = 0;
        int beforePhased = 0;
        int beforeAll = 0;
        for (int i = 0; i < mesh.length; i++) {
            beforeFast += mesh[i] < fastTrack[i] ? 1 : 0;
            beforePhased += mesh[i] < phased[i] ? 1 : 0;
            beforeAll += mesh[i] < campus[i] && mesh[i] < fastTrack[i] && mesh[i] < phased[i] ? 1 : 0;
        }
        Result r = summarise(mesh, campus, spec.histogramBinMonths(), horizonMonths);
        double n = mesh.length;
        Arrays.sort(fastTrack);
        Arrays.sort(phased);
        Routes routes = new Routes(Quantiles.of(fastTrack), Quantiles.of(phased), beforeFast / n, beforePhased / n, beforeAll / n);
        return new Result(r.draws(), r.mesh(), r.campus(), r.gap(), r.pMeshFirst(), r.pMeshDeliveredByMonth(),
                r.pCampusDeliveredByMonth(), r.gapHistogram(), r.gapUndefinedDraws(), routes);
    }

    private static Draw draw(Parameters base, Target headline, Spec spec, SplitMix64 random, int horizonMonths,
            List<Generation> fleet) {
        double[] values = base.values();
        double rho = spec.leadTimeCorrelation();
        if (rho == 0) {
            for (Input in : spec.inputs()) {
                values[in.parameter().ordinal()] = in.distribution().sample(random);
            }
        } else {
            double common = normal(random);
            for (Input in : spec.inputs()) {
                if (in.parameter().leadTime()) {
                    double z = StrictMath.sqrt(rho) * common + StrictMath.sqrt(1 - rho) * normal(random);
                    values[in.parameter().ordinal()] = in.distribution().quantile(normalCdf(z));
                } else {
                    values[in.parameter().ordinal()] = in.distribution().sample(random);
                }
            }
        }
        Parameters p = Parameters.of(values);
        double c = headline.requiredFlop();
        return new Draw(
                Pathways.deliver(Pathways.mesh(p, fleet), horizonMonths, c).fractionalOrInfinity(),
                Pathways.deliver(Pathways.campus(p, fleet), horizonMonths, c).fractionalOrInfinity(),
                Pathways.deliver(Pathways.fastTrackCampus(p, fleet), horizonMonths, c).fractionalOrInfinity(),
                Pathways.deliver(Pathways.phasedCampus(p, fleet), horizonMonths, c).fractionalOrInfinity());
    }

    /** A standard normal draw (Box-Muller, one of the pair): two uniform numbers from {@code random}. */
    static double normal(SplitMix64 random) {
        double u1 = 1 - random.nextDouble(); // in (0, 1]
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * Fdlibm.log(u1)) * Fdlibm.cos(2 * Math.PI * u2);
    }

    /**
     * The standard normal CDF by Abramowitz and Stegun 26.2.17 (absolute error below 7.5e-8),
     * clamped inside [0, 1) so a quantile function never sees 1.
     */
    static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Fdlibm.exp(-z * z / 2) / StrictMath.sqrt(2 * Math.PI) * poly;
        double cdf = z >= 0 ? 1 - tail : tail;
        return Math.min(Math.max(cdf, 0), Math.nextDown(1.0));
    }

    /** The summary of paired draws; sorts {@code mesh} and {@code campus} in place. */
    static Result summarise(double[] mesh, double[] campus, double binMonths, int horizonMonths) {
        int n = mesh.length;
        double[] gaps = new double[n];
        int defined = 0;
        int meshFirst = 0;
        for (int i = 0; i < n; i++) {
            if (mesh[i] < campus[i]) {
                meshFirst++;
            }
            double g = campus[i] - mesh[i];
            if (!Double.isNaN(g)) {
                gaps[defined++] = g;
            }
        }
        double[] gapSorted = defined == n ? gaps : Arrays.copyOf(gaps, defined);
        Arrays.sort(gapSorted);
        // Sorted in place: at ten million draws a copy of each would cost 80 MB more.
        double[] meshSorted = mesh;
        double[] campusSorted = campus;
        Arrays.sort(meshSorted);
        Arrays.sort(campusSorted);
        return new Result(n, Quantiles.of(meshSorted), Quantiles.of(campusSorted),
                gapSorted.length == 0 ? new Quantiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                        : Quantiles.of(gapSorted),
                meshFirst / (double) n, deliveredByMonth(meshSorted, horizonMonths),
                deliveredByMonth(campusSorted, horizonMonths), histogram(gapSorted, binMonths), n - gapSorted.length,
                new Routes(Quantiles.of(campusSorted), Quantiles.of(campusSorted), Double.NaN, Double.NaN, Double.NaN));
    }

    /** Share of draws delivered by the end of each month: fractional time t <= m + 1 (a run that uses all of month m ends at m + 1). */
    private static double[] deliveredByMonth(double[] sorted, int horizonMonths) {
        double[] p = new double[horizonMonths];
        int idx = 0;
        for (int m = 0; m < horizonMonths; m++) {
            while (idx < sorted.length && sorted[idx] <= m + 1) {
                idx++;
            }
            p[m] = idx / (double) sorted.length;
        }
        return p;
    }

    private static Histogram histogram(double[] sortedGaps, double binMonths) {
        // The finite gaps lie between the negative and the positive infinities of a sorted array.
        int from = 0;
        while (from < sortedGaps.length && !Double.isFinite(sortedGaps[from])) {
            from++;
        }
        int to = sortedGaps.length;
        while (to > from && !Double.isFinite(sortedGaps[to - 1])) {
            to--;
        }
        if (from == to) {
            return new Histogram(0, binMonths, new int[0]);
        }
        double start = Math.floor(sortedGaps[from] / binMonths) * binMonths;
        int bins = (int) Math.floor((sortedGaps[to - 1] - start) / binMonths) + 1;
        int[] counts = new int[bins];
        for (int i = from; i < to; i++) {
            counts[Math.min(bins - 1, (int) Math.floor((sortedGaps[i] - start) / binMonths))]++;
        }
        return new Histogram(start, binMonths, counts);
    }
}
