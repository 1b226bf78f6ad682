package org.euromesh.model;

import java.util.List;

/**
 * The probabilistic layer: independent draws of the uncertain inputs, the headline delivery of
 * both pathways per draw, and the distribution of the gap. Draws are made in fixed blocks, each
 * with its own stream split from the seed in order, so the result is the same for a seed
 * whatever the number of threads ({@link Blocks} decides how the blocks run).
 */
public final class MonteCarlo {

    static final int BLOCK = 4096;

    /** Up to this many blocks (2^17 draws, the edition's 100 000 among them) every draw is kept and sorted. */
    static final int KEEP_BLOCKS = 32;

    /**
     * More blocks are drawn this many at a time (2^18 draws): one wave's draws are the only arrays
     * that grow with the draws, so memory stays bounded whatever their number.
     */
    static final int WAVE_BLOCKS = 64;

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

        static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

        static final Quantiles UNDEFINED = new Quantiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);

        /** The order statistics of {@code sorted}, and its mean summed in ascending order. */
        static Quantiles of(double[] sorted) {
            double sum = 0;
            for (double v : sorted) {
                sum += v;
            }
            return of(rank -> sorted[rank], sorted.length, sum / sorted.length);
        }

        /** From the {@code rank}-th smallest of {@code length} values (0 is the smallest), and their mean. */
        static Quantiles of(Ranked x, int length, double mean) {
            double[] q = new double[LEVELS.length];
            for (int k = 0; k < q.length; k++) {
                q[k] = at(x, length, LEVELS[k]);
            }
            return new Quantiles(q[0], q[1], q[2], q[3], q[4], q[5], q[6], mean);
        }

        /** Linear interpolation between the order statistics at {@link #lowRank} and {@link #highRank}. */
        static double at(Ranked x, int length, double q) {
            int lo = lowRank(length, q);
            int hi = highRank(length, q);
            double frac = q * (length - 1) - lo;
            double low = x.at(lo);
            double high = x.at(hi);
            if (frac == 0 || low == high) {
                return low;
            }
            return low + frac * (high - low);
        }

        static int lowRank(int length, double q) {
            return (int) Math.floor(q * (length - 1));
        }

        static int highRank(int length, double q) {
            return Math.min(length - 1, lowRank(length, q) + 1);
        }
    }

    /** The {@code rank}-th smallest value of a series (0 is the smallest). */
    @FunctionalInterface
    interface Ranked {
        double at(int rank);
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
        return run(base, headline, spec, horizonMonths, fleet, runner, KEEP_BLOCKS, WAVE_BLOCKS);
    }

    /**
     * The same, keeping and sorting every draw up to {@code keepBlocks} blocks, else drawing waves
     * of {@code waveBlocks} blocks and summarising them as they come (see {@link Summary}).
     */
    static Result run(Parameters base, Target headline, Spec spec, int horizonMonths, List<Generation> fleet,
            Blocks runner, int keepBlocks, int waveBlocks) {
        Sampler sampler = new Sampler(base, headline, spec, horizonMonths, fleet);
        return Summary.of(sampler, spec, horizonMonths, runner, keepBlocks, waveBlocks);
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
}
