package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §2b: the adoption sweep and the smallest target for which the campus catches up. */
class CrossoverTest {

    private static final Parameters BASE = PublishedInputs.baseline();
    private static final double GRID_STEP_DECADES = 0.01;

    private static double threshold(int sites) {
        return PublishedInputs.results().thresholds().stream()
                .filter(t -> t.meshSites() == sites).findFirst().orElseThrow()
                .crossoverFlop().getAsDouble();
    }

    /**
     * With both pathways at a constant monthly rate once started, delivery is start + C / F, so the
     * campus (85 + C / F_campus) catches a mesh of M sites (33 + C / F_M) when
     * C >= 52 / (1 / F_M - 1 / F_campus), with F_M = M * 28 571 * 9.89e14 * 0.40 * 2 592 000 / alpha(500, M).
     */
    private static double analyticCrossover(int sites) {
        double site = 28_571 * 9.89e14 * 0.40 * Pathways.SECONDS_PER_MONTH;
        double meshRate = sites * site / Efficiency.alpha(BASE, 500, sites);
        double campusRate = 714_285 * 9.89e14 * 0.40 * Pathways.SECONDS_PER_MONTH;
        return 52 / (1 / meshRate - 1 / campusRate);
    }

    @ParameterizedTest(name = "{0} site(s): near {1} FLOP")
    @CsvSource({"1, 1.45e27", "2, 2.9e27", "4, 6.0e27", "8, 1.4e28"})
    void crossoverLiesWithinOneGridStepOfThePublishedValue(int sites, double published) {
        assertEquals(Math.log10(published), Math.log10(threshold(sites)), GRID_STEP_DECADES);
    }

    @ParameterizedTest(name = "{0} site(s)")
    @CsvSource({"1", "2", "4", "8"})
    void crossoverIsTheFirstGridPointAtOrAboveTheAnalyticValue(int sites) {
        // 1 site: 1.4372e27 -> 10^27.16; 2: 2.8744e27 -> 10^27.46; 4: 5.9742e27 -> 10^27.78; 8: 1.3541e28 -> 10^28.14
        double expected = Math.pow(10, Math.ceil(100 * Math.log10(analyticCrossover(sites))) / 100);
        assertEquals(expected, threshold(sites), expected * 1e-12);
    }

    @ParameterizedTest(name = "{0} site(s)")
    @CsvSource({"1", "2", "4", "8"})
    void oneGridStepBelowTheCrossoverTheMeshIsStillFirst(int sites) {
        double[] mesh = Pathways.meshMonthlyFlop(BASE.with(Parameter.MESH_SITES, sites), 120);
        double[] campus = Pathways.campusMonthlyFlop(BASE, 120);
        double at = threshold(sites);
        double below = at / Math.pow(10, GRID_STEP_DECADES);
        assertTrue(Pathways.deliver(campus, at).fractionalOrInfinity() <= Pathways.deliver(mesh, at).fractionalOrInfinity());
        assertTrue(Pathways.deliver(campus, below).fractionalOrInfinity() > Pathways.deliver(mesh, below).fractionalOrInfinity());
    }

    @Test
    void crossoverGrowsWithTheNumberOfMeshSites() {
        List<Crossover.Threshold> thresholds = PublishedInputs.results().thresholds();
        assertEquals(8, thresholds.size());
        for (int i = 1; i < thresholds.size(); i++) {
            assertTrue(thresholds.get(i).crossoverFlop().getAsDouble() > thresholds.get(i - 1).crossoverFlop().getAsDouble(),
                    "sites " + thresholds.get(i).meshSites());
        }
    }

    @Test
    void thereIsNoCrossoverWhenTheCampusCannotDeliverInsideTheHorizon() {
        // tau_mega 10 years: energised in month 120, after the last month of the horizon
        Parameters late = BASE.with(Parameter.TAU_MEGA_YEARS, 10.0);
        for (Crossover.Threshold t : Crossover.thresholds(late, 1.9683e25, 120)) {
            assertFalse(t.crossoverFlop().isPresent(), "sites " + t.meshSites());
        }
    }

    @Test
    void sweepHasEverySiteCountAndTarget() {
        assertEquals(8 * 6, PublishedInputs.results().sweep().size());
    }

    @Test
    void sweepReportsAOneSiteMeshThatCannotFinish1e28AsCensored() {
        // one site makes 2.66e25 FLOP a month from month 33: 1e28 would take 375 months
        Crossover.SweepPoint point = PublishedInputs.results().sweep().stream()
                .filter(p -> p.meshSites() == 1 && p.targetFlop() == 1e28).findFirst().orElseThrow();
        assertInstanceOf(Delivery.Censored.class, point.mesh());
        // campus: 85 + 1e28 / 7.324e26 = 98.65
        assertEquals(98, point.campus().monthIndex().getAsInt());
    }
}
