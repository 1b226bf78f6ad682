package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The summary in bounded memory against {@link InMemoryMonteCarlo}, the summary of every draw kept and
 * sorted: the same to the bit when the draws fit in one wave, and with the draws spread over many
 * waves (forced here with waves of one or two blocks) the same except the means, which are summed
 * in block order instead of ascending order and agree within the rounding error of such sums.
 */
class MonteCarloSummaryTest {

    private static final Blocks PARALLEL = (count, block) -> IntStream.range(0, count).parallel().forEach(block);

    private static final ModelInputs IN = PublishedInputs.inputs();

    /** Every figure of a result as raw double bits; the means only if {@code withMeans}. */
    private static long[] bits(MonteCarlo.Result r, boolean withMeans) {
        LongStream.Builder b = LongStream.builder();
        b.add(r.draws()).add(r.gapUndefinedDraws());
        for (MonteCarlo.Quantiles q : quantiles(r)) {
            Arrays.stream(q.asArray()).forEach(v -> b.add(Double.doubleToRawLongBits(v)));
            if (withMeans) {
                b.add(Double.doubleToRawLongBits(q.mean()));
            }
        }
        MonteCarlo.Routes routes = r.routes();
        for (double v : new double[] {r.pMeshFirst(), routes.pMeshBeforeFastTrack(), routes.pMeshBeforePhased(),
                routes.pMeshBeforeEveryCampus()}) {
            b.add(Double.doubleToRawLongBits(v));
        }
        Arrays.stream(r.pMeshDeliveredByMonth()).forEach(v -> b.add(Double.doubleToRawLongBits(v)));
        Arrays.stream(r.pCampusDeliveredByMonth()).forEach(v -> b.add(Double.doubleToRawLongBits(v)));
        b.add(Double.doubleToRawLongBits(r.gapHistogram().firstBinStart()));
        b.add(Double.doubleToRawLongBits(r.gapHistogram().binMonths()));
        b.add(r.gapHistogram().counts().length);
        Arrays.stream(r.gapHistogram().counts()).forEach(b::add);
        return b.build().toArray();
    }

    private static MonteCarlo.Quantiles[] quantiles(MonteCarlo.Result r) {
        return new MonteCarlo.Quantiles[] {r.mesh(), r.campus(), r.gap(), r.routes().fastTrack(), r.routes().phased()};
    }

    private static MonteCarlo.Spec edition(int draws, long seed) {
        MonteCarlo.Spec e = IN.monteCarlo();
        return new MonteCarlo.Spec(draws, seed, e.inputs(), e.histogramBinMonths(), e.leadTimeCorrelation());
    }

    private static MonteCarlo.Result expected(Parameters base, MonteCarlo.Spec spec) {
        return InMemoryMonteCarlo.run(base, IN.headline(), spec, IN.horizonMonths(), IN.generations());
    }

    /** Waves of {@code waveBlocks} blocks, or every draw kept if {@code waveBlocks} is 0. */
    private static MonteCarlo.Result actual(Parameters base, MonteCarlo.Spec spec, int waveBlocks) {
        return waveBlocks == 0
                ? MonteCarlo.run(base, IN.headline(), spec, IN.horizonMonths(), IN.generations(), PARALLEL, Integer.MAX_VALUE, 1)
                : MonteCarlo.run(base, IN.headline(), spec, IN.horizonMonths(), IN.generations(), PARALLEL, 0, waveBlocks);
    }

    /**
     * Means summed in another order: within the bound of the rounding error of two running sums of
     * n positive terms, 2 (n - 1) 2^-53 times the mean (all of the draws' values are positive except
     * some gaps, whose means the bound also covers here, the negative ones being few).
     */
    private static void assertMeansClose(MonteCarlo.Result expected, MonteCarlo.Result actual) {
        double n = expected.draws();
        MonteCarlo.Quantiles[] e = quantiles(expected);
        MonteCarlo.Quantiles[] a = quantiles(actual);
        for (int s = 0; s < e.length; s++) {
            double x = e[s].mean();
            double y = a[s].mean();
            if (Double.isFinite(x) || Double.isFinite(y)) {
                assertEquals(x, y, 2 * n * 0x1p-53 * Math.max(Math.abs(x), Math.abs(y)), "mean of series " + s);
            } else {
                assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(y), "mean of series " + s);
            }
        }
    }

    private static void assertSameSummary(Parameters base, MonteCarlo.Spec spec) {
        MonteCarlo.Result expected = expected(base, spec);
        assertArrayEquals(bits(expected, true), bits(actual(base, spec, 0), true), "every draw kept");
        for (int wave : new int[] {1, 2, 64}) {
            MonteCarlo.Result streamed = actual(base, spec, wave);
            assertArrayEquals(bits(expected, false), bits(streamed, false), "waves of " + wave + " blocks");
            assertMeansClose(expected, streamed);
        }
    }

    @Test
    void theSummaryEqualsTheInMemorySummaryForSeveralSeedsAndDrawCounts() {
        for (long seed : new long[] {PublishedInputs.MONTE_CARLO_SEED, 1, 7_777}) {
            for (int draws : new int[] {1, 2, 4_095, 4_096, 4_097, 12_289}) {
                assertSameSummary(IN.headlineParameters(), edition(draws, seed));
            }
        }
    }

    @Test
    void thePublishedDrawsInManyWavesGiveThePublishedPercentiles() {
        MonteCarlo.Spec spec = PublishedInputs.monteCarlo();
        MonteCarlo.Result published = PublishedInputs.results().monteCarlo();
        MonteCarlo.Result streamed = actual(IN.headlineParameters(), spec, 3);
        assertArrayEquals(bits(published, false), bits(streamed, false));
        assertMeansClose(published, streamed);
    }

    /** Both pathways late enough that many draws of each are censored, some of both (a NaN gap). */
    private static MonteCarlo.Spec late(int draws, double rho) {
        return new MonteCarlo.Spec(draws, 11, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Triangular(8.0, 9.8, 12.0)),
                new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Triangular(8.0, 10.0, 12.0)),
                new MonteCarlo.Input(Parameter.TAU_FAST_TRACK_YEARS, new Distribution.Uniform(9.0, 11.0))), 2.0, rho);
    }

    @Test
    void censoredDrawsAndUndefinedGapsAreSummarisedAsInMemory() {
        MonteCarlo.Spec spec = late(9_000, 0.5);
        MonteCarlo.Result r = expected(IN.headlineParameters(), spec);
        assertTrue(r.gapUndefinedDraws() > 0 && r.gapUndefinedDraws() < 9_000, "some gaps undefined: " + r.gapUndefinedDraws());
        assertEquals(Double.POSITIVE_INFINITY, r.campus().p95());
        assertSameSummary(IN.headlineParameters(), spec);
        assertSameSummary(IN.headlineParameters(), late(5_000, 0));
    }

    @Test
    void drawsAllCensoredHaveInfinitePercentilesNoGapAndNoHistogram() {
        MonteCarlo.Spec spec = new MonteCarlo.Spec(5_000, 3, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Uniform(11.0, 12.0)),
                new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Uniform(11.0, 12.0)),
                new MonteCarlo.Input(Parameter.TAU_FAST_TRACK_YEARS, new Distribution.Uniform(11.0, 12.0)),
                new MonteCarlo.Input(Parameter.TAU_TRANCHE_YEARS, new Distribution.Uniform(11.0, 12.0))), 2.0);
        for (int wave : new int[] {0, 1}) {
            MonteCarlo.Result r = actual(IN.headlineParameters(), spec, wave);
            assertEquals(5_000, r.gapUndefinedDraws());
            assertEquals(Double.POSITIVE_INFINITY, r.mesh().p5());
            assertEquals(Double.POSITIVE_INFINITY, r.mesh().mean());
            assertEquals(Double.POSITIVE_INFINITY, r.routes().phased().p50());
            assertTrue(Double.isNaN(r.gap().p50()) && Double.isNaN(r.gap().mean()));
            assertEquals(0, r.gapHistogram().counts().length);
            assertEquals(0.0, r.pMeshDeliveredByMonth()[119], 0.0);
        }
        assertSameSummary(IN.headlineParameters(), spec);
    }

    @Test
    void meshCensoredAgainstADeliveredCampusGivesMinusInfiniteGaps() {
        MonteCarlo.Spec spec = new MonteCarlo.Spec(4_500, 5, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Uniform(9.0, 12.0))), 2.0);
        MonteCarlo.Result r = expected(IN.headlineParameters(), spec);
        assertEquals(Double.NEGATIVE_INFINITY, r.gap().p5());
        assertSameSummary(IN.headlineParameters(), spec);
    }

    @Test
    void identicalDrawsGiveThatValueAtEveryPercentile() {
        // capex does not touch delivery: every draw is the headline's
        MonteCarlo.Spec spec = new MonteCarlo.Spec(4_100, 9, List.of(
                new MonteCarlo.Input(Parameter.CAPEX_EUR_PER_MW, new Distribution.Uniform(1e7, 2e7))), 2.0);
        MonteCarlo.Result r = actual(IN.headlineParameters(), spec, 1);
        assertEquals(r.mesh().p5(), r.mesh().p95(), 0.0);
        assertSameSummary(IN.headlineParameters(), spec);
    }
    @Test
    void moreDrawsThanOneWaveGiveTheInMemoryPercentiles() {
        // two waves of the edition's size, the second partial: the windows come from the first
        MonteCarlo.Spec spec = edition(MonteCarlo.WAVE_BLOCKS * MonteCarlo.BLOCK + 5_000, 20_260_615L);
        MonteCarlo.Result expected = expected(IN.headlineParameters(), spec);
        MonteCarlo.Result actual = MonteCarlo.run(IN.headlineParameters(), IN.headline(), spec, IN.horizonMonths(),
                IN.generations(), PARALLEL);
        assertArrayEquals(bits(expected, false), bits(actual, false));
        assertMeansClose(expected, actual);
    }

    @Test
    void gapBinsOfAnyWidthMatchTheInMemoryHistogram() {
        for (double bin : new double[] {0.7, 1.0 / 3, 5.0}) {
            MonteCarlo.Spec e = edition(9_000, 21);
            assertSameSummary(IN.headlineParameters(),
                    new MonteCarlo.Spec(e.draws(), e.seed(), e.inputs(), bin, e.leadTimeCorrelation()));
        }
    }

    @Test
    void gapsOnTheEdgeOfABinLandInTheBinTheFormulaGives() {
        // identical draws whose gap is, as a double, a whole number of bins or within rounding of one
        MonteCarlo.Spec capex = new MonteCarlo.Spec(4_100, 9, List.of(
                new MonteCarlo.Input(Parameter.CAPEX_EUR_PER_MW, new Distribution.Uniform(1e7, 2e7))), 2.0);
        double gap = expected(IN.headlineParameters(), capex).gap().p50();
        for (double bin : new double[] {gap / 7, gap / 3, Math.nextUp(gap / 3), Math.nextDown(gap / 5)}) {
            assertSameSummary(IN.headlineParameters(), new MonteCarlo.Spec(4_100, 9, capex.inputs(), bin));
        }
    }
    @Test
    void theBucketSortGivesArraysSortsOrder() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int n : new int[] {0, 1, 2, 33, 1_000, 70_000}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(20);
                x[i] = kind == 0 ? Double.POSITIVE_INFINITY : kind == 1 ? Double.NEGATIVE_INFINITY
                        : kind < 5 ? 40 + random.nextInt(3) : kind < 10 ? 43.02 + random.nextDouble() * 1e-3
                        : random.nextDouble() * 240 - 120;
            }
            double[] expected = x.clone();
            Arrays.sort(expected);
            BucketSort.sort(x);
            assertArrayEquals(expected, x, "n = " + n);
        }
    }
}
