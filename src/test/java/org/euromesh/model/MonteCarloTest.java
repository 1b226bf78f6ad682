package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** MODEL.md §5: 100 000 draws with seed 20260615; deterministic, thread-independent, and near the expected shape. */
class MonteCarloTest {

    private static final MonteCarlo.Result PUBLISHED = PublishedInputs.results().monteCarlo();

    private static MonteCarlo.Result run(MonteCarlo.Spec spec) {
        return MonteCarlo.run(PublishedInputs.inputs().headlineParameters(), PublishedInputs.headline(), spec, 120);
    }

    /** Every number of a result as raw double bits, so equality is byte for byte. */
    private static long[] bits(MonteCarlo.Result r) {
        LongStream.Builder b = LongStream.builder();
        b.add(r.draws()).add(r.gapUndefinedDraws());
        for (MonteCarlo.Quantiles q : new MonteCarlo.Quantiles[] {r.mesh(), r.campus(), r.gap()}) {
            Arrays.stream(q.asArray()).forEach(v -> b.add(Double.doubleToRawLongBits(v)));
            b.add(Double.doubleToRawLongBits(q.mean()));
        }
        b.add(Double.doubleToRawLongBits(r.pMeshFirst()));
        Arrays.stream(r.pMeshDeliveredByMonth()).forEach(v -> b.add(Double.doubleToRawLongBits(v)));
        Arrays.stream(r.pCampusDeliveredByMonth()).forEach(v -> b.add(Double.doubleToRawLongBits(v)));
        b.add(Double.doubleToRawLongBits(r.gapHistogram().firstBinStart()));
        b.add(Double.doubleToRawLongBits(r.gapHistogram().binMonths()));
        Arrays.stream(r.gapHistogram().counts()).forEach(b::add);
        return b.build().toArray();
    }

    @Test
    void twoRunsWithTheSameSeedAreIdenticalToTheBit() {
        assertArrayEquals(bits(PUBLISHED), bits(run(PublishedInputs.monteCarlo())));
    }

    @Test
    void aRunOnOneThreadEqualsARunOnTheCommonPool() throws Exception {
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            MonteCarlo.Result oneThread = single.submit(() -> run(PublishedInputs.monteCarlo())).get();
            assertArrayEquals(bits(PUBLISHED), bits(oneThread));
        } finally {
            single.shutdown();
        }
    }

    @Test
    void aDifferentSeedChangesTheResult() {
        MonteCarlo.Result other = run(PublishedInputs.monteCarlo(PublishedInputs.MONTE_CARLO_DRAWS, 20_260_616L));
        assertFalse(Arrays.equals(bits(PUBLISHED), bits(other)));
    }

    @Test
    void everyDrawIsCounted() {
        assertEquals(100_000, PUBLISHED.draws());
        assertEquals(0, PUBLISHED.gapUndefinedDraws());
    }

    @Test
    void theMeshIsFirstInEveryDrawWithTheDefaults() {
        // the earliest campus (5.5 y -> month 67) is later than the latest mesh (4.0 y -> month 49)
        assertEquals(1.0, PUBLISHED.pMeshFirst(), 0.0);
    }

    @Test
    void medianGapIsAbout54Months() {
        double median = PUBLISHED.gap().p50();
        assertTrue(median >= 52 && median <= 56, "median gap " + median);
    }

    @Test
    void fifthPercentileGapIsAbout36Months() {
        assertEquals(36, PUBLISHED.gap().p5(), 3);
    }

    @Test
    void ninetyFifthPercentileGapIsAbout74Months() {
        assertEquals(74, PUBLISHED.gap().p95(), 3);
    }

    @Test
    void quantilesAreOrderedForMeshCampusAndGap() {
        for (MonteCarlo.Quantiles q : new MonteCarlo.Quantiles[] {PUBLISHED.mesh(), PUBLISHED.campus(), PUBLISHED.gap()}) {
            double[] a = q.asArray();
            for (int k = 1; k < a.length; k++) {
                assertTrue(a[k] >= a[k - 1], Arrays.toString(a));
            }
        }
    }

    @Test
    void quantilesStayInsideTheRangeTheLeadTimesAllow() {
        // mesh: tau_medium in [1.8, 4.0] -> start month 23..49; campus: tau_mega in [5.5, 9.5] -> 67..115
        assertTrue(PUBLISHED.mesh().p5() >= 23 && PUBLISHED.mesh().p95() < 50);
        assertTrue(PUBLISHED.campus().p5() >= 67 && PUBLISHED.campus().p95() < 116);
    }

    @Test
    void deliveryCdfsAreMonotoneAndReachOneAtTheHorizonWhenNothingIsCensored() {
        // no draw is censored: the latest campus starts in month 115 and finishes within it
        for (double[] cdf : new double[][] {PUBLISHED.pMeshDeliveredByMonth(), PUBLISHED.pCampusDeliveredByMonth()}) {
            assertEquals(120, cdf.length);
            assertTrue(cdf[0] >= 0);
            for (int m = 1; m < cdf.length; m++) {
                assertTrue(cdf[m] >= cdf[m - 1], "month " + m);
            }
            assertEquals(1.0, cdf[119], 0.0);
        }
    }

    @Test
    void noDeliveryIsPossibleBeforeTheEarliestStart() {
        // earliest mesh start: ceil(12 * 1.8) + 1 = 23; earliest campus: ceil(12 * 5.5) + 1 = 67
        assertEquals(0.0, PUBLISHED.pMeshDeliveredByMonth()[22], 0.0);
        assertEquals(0.0, PUBLISHED.pCampusDeliveredByMonth()[66], 0.0);
    }

    @Test
    void gapHistogramUsesTwoMonthBinsAndCountsEveryDraw() {
        MonteCarlo.Histogram h = PUBLISHED.gapHistogram();
        assertEquals(2.0, h.binMonths(), 0.0);
        assertEquals(0.0, h.firstBinStart() % 2, 0.0);
        assertTrue(h.firstBinStart() <= PUBLISHED.gap().p5());
        assertEquals(100_000, Arrays.stream(h.counts()).sum());
    }

    @Test
    void censoredCampusDrawsKeepItsCdfBelowOneAndCountAsMeshFirst() {
        // tau_mega up to 11 years: draws above 9.92 years energise after month 119 and are censored
        MonteCarlo.Spec late = new MonteCarlo.Spec(5_000, PublishedInputs.MONTE_CARLO_SEED, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Triangular(8.0, 9.5, 11.0))), 2.0);
        MonteCarlo.Result r = run(late);
        assertTrue(r.pCampusDeliveredByMonth()[119] < 1.0);
        assertEquals(1.0, r.pMeshDeliveredByMonth()[119], 0.0);
        assertEquals(1.0, r.pMeshFirst(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, r.campus().p95());
    }

    /**
     * Every draw is delivered in month 119 using the whole month: one 1000-GPU site (1 MW at 1 kW per GPU,
     * 1e9 FLOP/s, MFU 0.5, alpha 1) makes 1000 * 1e9 * 0.5 * 2 592 000 = 1.296e18 FLOP a month, exactly the
     * target 6 * 2.16e8 * 1e9; it starts in month ceil(12 * 118 / 12) + 1 = 119, so each draw is
     * Delivered(119, 120.0). The CDF of month 119 must then be 1 (the draw ends at t = m + 1, inside month 119).
     */
    @Test
    void aDrawThatUsesAllOfItsDeliveryMonthCountsAsDeliveredInThatMonth() {
        Map<Parameter, Double> exact = new EnumMap<>(Parameter.class);
        exact.put(Parameter.GPU_PEAK_FLOP_PER_S, 1e9);
        exact.put(Parameter.GPU_KW, 1.0);
        exact.put(Parameter.SITE_MW, 1.0);
        exact.put(Parameter.MFU_LOCAL, 0.5);
        exact.put(Parameter.ALPHA0, 1.0);
        exact.put(Parameter.K_N, 0.0);
        exact.put(Parameter.MESH_SITES, 1.0);
        exact.put(Parameter.MAX_REPLICAS, 1.0);
        exact.put(Parameter.TAU_MEDIUM_YEARS, 118 / 12.0);
        Parameters p = PublishedInputs.baseline().with(exact);
        Target target = new Target("exact", 2.16e8, 1e9);
        assertEquals(new Delivery.Delivered(119, 120.0), Pathways.deliver(Pathways.meshMonthlyFlop(p, 120), target.requiredFlop()));

        // capex does not touch delivery, so every draw is the same
        MonteCarlo.Spec spec = new MonteCarlo.Spec(10, PublishedInputs.MONTE_CARLO_SEED, List.of(
                new MonteCarlo.Input(Parameter.CAPEX_EUR_PER_MW, new Distribution.Uniform(1e7, 2e7))), 2.0);
        MonteCarlo.Result r = MonteCarlo.run(p, target, spec, 120);
        assertEquals(1.0, r.pMeshDeliveredByMonth()[119], 0.0);
    }
}
