package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §1: alpha(H, M) = clamp(alpha0 + k_H log10(H / H_ref) + k_N log2(M), 1, alpha_cap). */
class EfficiencyTest {

    private static final Parameters BASE = PublishedInputs.baseline();

    @Test
    void alphaAtTheReferenceStepsOnOneReplicaIsAlpha0() {
        // 1.10 + 0.12 log10(1) + 0.04 log2(1) = 1.10
        assertEquals(1.10, Efficiency.alpha(BASE, 500, 1), 1e-12);
    }

    @Test
    void alphaOnEightReplicasAddsThreeDoublingsOfKN() {
        // 1.10 + 0.04 * 3 = 1.22
        assertEquals(1.22, Efficiency.alpha(BASE, 500, 8), 1e-12);
    }

    @Test
    void alphaAtAThousandInnerStepsAddsKHTimesLog10Of2() {
        // 1.10 + 0.12 * 0.30103 = 1.136124
        assertEquals(1.136, Efficiency.alpha(BASE, 1000, 1), 1e-3);
        assertEquals(1.10 + 0.12 * Math.log10(2), Efficiency.alpha(BASE, 1000, 1), 1e-12);
    }

    @ParameterizedTest(name = "alpha(H={1}, M={0}) = {2}")
    @CsvSource({
        "1, 100, 1.016", "1, 500, 1.100", "1, 1000, 1.136",
        "2, 100, 1.056", "2, 500, 1.140", "2, 1000, 1.176",
        "4, 100, 1.096", "4, 500, 1.180", "4, 1000, 1.216",
        "8, 100, 1.136", "8, 500, 1.220", "8, 1000, 1.256",
        "16, 100, 1.176", "16, 500, 1.260", "16, 1000, 1.296",
        "64, 100, 1.256", "64, 500, 1.340", "64, 1000, 1.376"})
    void alphaMatchesTheFactsTableToItsThreeDecimals(int replicas, double innerSteps, double published) {
        // FACTS §4.6 prints three decimals, so the exact value lies within half a unit of the last one
        assertEquals(published, Efficiency.alpha(BASE, innerSteps, replicas), 5e-4 + 1e-12);
    }

    @Test
    void alphaIsClampedAtOneWhenTheFormulaFallsBelowIt() {
        // 1.0 + 0.12 log10(100 / 500) = 0.916, clamped up to 1
        Parameters p = BASE.with(Parameter.ALPHA0, 1.0);
        assertEquals(1.0, Efficiency.alpha(p, 100, 1), 0.0);
    }

    @Test
    void alphaIsClampedAtTheCapWhenTheFormulaExceedsIt() {
        // 1.3 + 0.04 log2(64) = 1.54, clamped down to alpha_cap 1.5
        Parameters p = BASE.with(Parameter.ALPHA0, 1.3);
        assertEquals(1.5, Efficiency.alpha(p, 500, 64), 0.0);
    }

    @Test
    void alphaWithNoReplicaOnlineIsOne() {
        assertEquals(1.0, Efficiency.alpha(BASE, 500, 0), 0.0);
    }

    @Test
    void efficiencyTableCoversEveryReplicaAndStepPairWithEfficiencyOneOverAlpha() {
        List<Efficiency.Row> rows = PublishedInputs.results().efficiency();
        assertEquals(7 * 3, rows.size());
        for (Efficiency.Row row : rows) {
            assertEquals(Efficiency.alpha(BASE, row.innerSteps(), row.replicas()), row.alpha(), 0.0);
            assertEquals(1 / row.alpha(), row.efficiency(), 1e-15);
        }
    }

    @Test
    void efficiencyTableMarksOnlyReplicasAboveEightAsExtrapolated() {
        for (Efficiency.Row row : PublishedInputs.results().efficiency()) {
            if (row.replicas() > 8) {
                assertTrue(row.extrapolated(), "M=" + row.replicas());
            } else {
                assertFalse(row.extrapolated(), "M=" + row.replicas());
            }
        }
    }

    @Test
    void thePenaltyRangeIsAlphaAtBothEndsOfTheKNRangeCappedAndMarkedBeyondTheEvidence() {
        Parameters p = BASE.with(Parameter.INNER_STEPS, 500).with(Parameter.H_REF_STEPS, 500).with(Parameter.ALPHA_CAP, 2.0);
        List<Sensitivity.Range> ranges = List.of(new Sensitivity.Range(Parameter.MFU_LOCAL, 0.3, 0.5),
                new Sensitivity.Range(Parameter.K_N, 0.0, 0.20));
        List<Efficiency.Spread> spread = Efficiency.spread(p, List.of(1, 8, 32), ranges, 16);
        assertEquals(3, spread.size());
        // alpha0 = 1.10; one replica adds no doubling, so both ends are alpha0 (the single-site switch is off here).
        assertEquals(Efficiency.alpha(p, 1), spread.get(0).alphaLow(), 1e-12);
        assertEquals(spread.get(0).alphaLow(), spread.get(0).alphaHigh(), 1e-12);
        // Eight replicas: 1.10 + 0 * 3 = 1.10 and 1.10 + 0.20 * 3 = 1.70.
        assertEquals(p.alpha0(), spread.get(1).alphaLow(), 1e-12);
        assertEquals(p.alpha0() + 0.60, spread.get(1).alphaHigh(), 1e-12);
        assertFalse(spread.get(1).extrapolated());
        // 32 replicas: 1.10 + 0.20 * 5 = 2.10, clamped at the cap of 2.0, and beyond the 16 tested.
        assertEquals(2.0, spread.get(2).alphaHigh(), 1e-12);
        assertTrue(spread.get(2).extrapolated());
        assertEquals(0.20, spread.get(2).kNHigh(), 0);
    }

    @Test
    void withoutAKNRangeThereIsNoPenaltyRange() {
        assertTrue(Efficiency.spread(BASE, List.of(1, 8), List.of(new Sensitivity.Range(Parameter.MFU_LOCAL, 0.3, 0.5)), 16).isEmpty());
    }
}
