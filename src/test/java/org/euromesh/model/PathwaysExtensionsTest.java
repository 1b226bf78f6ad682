package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md §4.3, §4.4, §4.6 and §4.7: the campus routes, the public machines and the programme. */
class PathwaysExtensionsTest {

    private static final double SPM = 2_592_000;
    private static final List<Generation> FLEET = GenerationTest.FLEET;
    /** Generations on; tau_tranche 4.0, tau_mega 7.0, phased_first_mw 200, campus 1000 MW, mfu_central 0.40. */
    private static final Parameters GEN = PublishedInputs.baseline().with(Parameter.HARDWARE_GENERATIONS, 1);
    /** B200 FLOP per GPU-month at mfu_central 0.40: 2.25e15 * 0.40 * 2 592 000 = 2.3328e21. */
    private static final double B200_GPU_MONTH = 2.25e15 * 0.40 * SPM;

    @Test
    void aPhasedCampusStartsWithIts200MwTrancheOnB200InMonth49() {
        // tranche 1: e(4.0) = 48 (orders by 42, b200 available since -24), starts 48 + 1 = 49,
        // floor(200 000 / 1.9) = 105 263 GPUs: 105 263 * 2.3328e21 = 2.455575264e26 FLOP a month.
        Pathways.MonthlyFlop phased = Pathways.phasedCampus(GEN, FLEET);
        assertEquals(49, phased.firstMonth());
        assertEquals(0.0, phased.inMonth(48), 0.0);
        assertEquals(2.455575264e26, phased.inMonth(49), 1e14);
        assertEquals(2.455575264e26, phased.inMonth(84), 1e14);
    }

    @Test
    void theSecondTrancheAddsItsGpusWhenTheFullCampusWould() {
        // tranche 2: 800 MW at max(4.0, 7.0): e = 84, start 85, floor(800 000 / 1.9) = 421 052 GPUs.
        // Month 85: (105 263 + 421 052) * 2.3328e21 = 526 315 * 2.3328e21 = 1.227787632e27.
        Pathways.MonthlyFlop phased = Pathways.phasedCampus(GEN, FLEET);
        assertEquals(1.227787632e27, phased.inMonth(85), 1e15);
        assertEquals(1.227787632e27, phased.inMonth(119), 1e15);
        // the full campus in its first month: floor(1 000 000 / 1.9) = 526 315 GPUs, the same
        assertEquals(1.227787632e27, Pathways.campus(GEN, FLEET).inMonth(85), 1e15);
        assertEquals(0.0, Pathways.campus(GEN, FLEET).inMonth(84), 0.0);
    }

    @Test
    void eachTrancheRampsOnItsOwn() {
        // ramp 4 months: tranche 1 runs 1/4 in 49, 2/4 in 50, full from 52; tranche 2 a quarter in 85.
        Parameters p = GEN.with(Parameter.CAMPUS_RAMP_MONTHS, 4);
        Pathways.MonthlyFlop phased = Pathways.phasedCampus(p, FLEET);
        assertEquals(105_263 * 0.25 * B200_GPU_MONTH, phased.inMonth(49), 1e14);
        assertEquals(105_263 * 0.50 * B200_GPU_MONTH, phased.inMonth(50), 1e14);
        assertEquals(105_263 * B200_GPU_MONTH, phased.inMonth(52), 1e14);
        assertEquals((105_263 + 421_052 * 0.25) * B200_GPU_MONTH, phased.inMonth(85), 1e15);
    }

    @Test
    void aFirstTrancheLaterThanTheCampusBringsTheRestWithIt() {
        // tau_tranche 8 > tau_mega 7: both tranches at e(8) = 96, start 97
        Parameters p = GEN.with(Parameter.TAU_TRANCHE_YEARS, 8.0);
        Pathways.MonthlyFlop phased = Pathways.phasedCampus(p, FLEET);
        assertEquals(97, phased.firstMonth());
        assertEquals(0.0, phased.inMonth(96), 0.0);
        assertEquals(526_315 * B200_GPU_MONTH, phased.inMonth(97), 1e15);
    }

    @Test
    void aFirstTrancheAsLargeAsTheCampusIsTheWholeCampusAtTheTrancheLeadTime() {
        // phased_first_mw 1500 > campus 1000: one tranche of 1000 MW at e(4.0) = 48
        Parameters p = GEN.with(Parameter.PHASED_FIRST_MW, 1500);
        Pathways.MonthlyFlop phased = Pathways.phasedCampus(p, FLEET);
        assertEquals(526_315 * B200_GPU_MONTH, phased.inMonth(49), 1e15);
        assertEquals(526_315 * B200_GPU_MONTH, phased.inMonth(100), 1e15);
    }

    @Test
    void eachTrancheGetsTheHardwareOfItsOwnMonth() {
        // A generation "next" available in month 60: tranche 1 (e 48, orders by 42) gets b200,
        // tranche 2 (e 84, orders by 78) gets next: 4e15 FLOP/s at 2.5 kW, floor(800 000 / 2.5) = 320 000 GPUs.
        Generation next = new Generation("next", "Next", 60, 4e15, 2.5, 50_000);
        List<Generation> fleet = List.of(GenerationTest.H100, GenerationTest.B200, next);
        double expected = 105_263 * B200_GPU_MONTH + 320_000 * (4e15 * 0.40 * SPM);
        assertEquals(expected, Pathways.phasedCampus(GEN, fleet).inMonth(85), expected * 1e-12);
    }

    @Test
    void goodputScalesEveryCampusRoute() {
        Parameters p = GEN.with(Parameter.GOODPUT, 0.9);
        assertEquals(0.9 * 105_263 * B200_GPU_MONTH, Pathways.phasedCampus(p, FLEET).inMonth(49), 1e14);
        // fast track: e(3.5) = 42 (orders by 36: b200), starts 43
        Pathways.MonthlyFlop fast = Pathways.fastTrackCampus(p, FLEET);
        assertEquals(43, fast.firstMonth());
        assertEquals(0.0, fast.inMonth(42), 0.0);
        assertEquals(0.9 * 526_315 * B200_GPU_MONTH, fast.inMonth(43), 1e15);
    }

    /** Two EuroHPC systems (1 000 x 1e15 and 500 x 4e14 FLOP/s = 1.2e18) and one that is not. */
    static final List<Substrate.System> TINY = List.of(
            new Substrate.System("a", "A", "x", "DE", "acc", 1_000, 1e15, true, "operational", "s"),
            new Substrate.System("b", "B", "y", "FI", "acc", 500, 4e14, true, "operational", "s"),
            new Substrate.System("c", "C", "z", "CH", "acc", 9_000, 1e15, false, "operational", "s"));

    @Test
    void thePublicMachinesDeliverTheirShareFromTheStartMonthByHand() {
        // share 0.10, goodput 0.9, mixed 0.8 (two systems), mfu_substrate 0.35, alpha(500, 2) = 1.14:
        // 0.10 * 1.2e18 * 0.35 * 0.9 * 0.8 * 2 592 000 / 1.14 = 7.838208e22 / 1.14 = 6.875621052631579e22
        Parameters p = PublishedInputs.baseline().with(Parameter.GOODPUT, 0.9);
        Pathways.MonthlyFlop pub = Pathways.publicMachines(p, TINY, 0.10);
        assertEquals(6, pub.firstMonth());
        assertEquals(0.0, pub.inMonth(5), 0.0);
        assertEquals(6.875621052631579e22, pub.inMonth(6), 1e10);
        assertEquals(6.875621052631579e22, pub.inMonth(119), 1e10);
        // the start month is a parameter; generations never apply
        Parameters later = p.with(Parameter.PUBLIC_START_MONTHS, 12).with(Parameter.HARDWARE_GENERATIONS, 1);
        assertEquals(0.0, Pathways.publicMachines(later, TINY, 0.10).inMonth(11), 0.0);
        assertEquals(6.875621052631579e22, Pathways.publicMachines(later, TINY, 0.10).inMonth(12), 1e10);
    }

    @Test
    void noEuroHpcSystemMeansNoPublicMachines() {
        List<Substrate.System> none = List.of(TINY.get(2));
        Pathways.MonthlyFlop pub = Pathways.publicMachines(PublishedInputs.baseline(), none, 0.25);
        assertEquals(Integer.MAX_VALUE, pub.firstMonth());
        assertEquals(0.0, pub.inMonth(50), 0.0);
    }

    @Test
    void aScenarioRunListsEveryPathwayInOrderWithItsProgramme() {
        // Public machines at share 0.10 deliver F = 6.875621052631579e22 a month from month 6 (goodput 0.9).
        // A target of 2.5 F: cum reaches 3 F in month 8, so it is delivered at 8 + 0.5 = 8.5.
        // The programme, 5 * 2.5 F = 12.5 F: cum 12 F after month 17, half of month 18: 18.5.
        Parameters p = PublishedInputs.baseline().with(Parameter.GOODPUT, 0.9);
        double f = 6.875621052631579e22;
        Target t = new Target("t", 1e9, 2.5 * f / 6e9);
        ScenarioResult r = ScenarioResult.run("s", p, List.of(t), t, 120, FLEET, TINY, List.of(0.10, 0.25));
        List<Pathways.Kind> kinds = r.pathways().stream().map(ScenarioResult.PathwayRun::kind).toList();
        assertEquals(List.of(Pathways.Kind.MESH, Pathways.Kind.CAMPUS, Pathways.Kind.CAMPUS_PHASED,
                Pathways.Kind.CAMPUS_FAST_TRACK, Pathways.Kind.PUBLIC, Pathways.Kind.PUBLIC), kinds);
        ScenarioResult.PathwayRun pub = r.pathways(Pathways.Kind.PUBLIC).get(0);
        assertEquals(0.10, pub.share(), 0.0);
        assertEquals(8.5, pub.deliveries().get(0).fractionalOrInfinity(), 1e-9);
        assertEquals(18.5, pub.programme().fractionalOrInfinity(), 1e-9);
        assertEquals(18, pub.programme().monthIndex().getAsInt());
        // share 0.25 is 2.5 times faster: the target (1 F) in month 6 at 6 + 1 = 7.0, the programme (5 F) at 11.0
        ScenarioResult.PathwayRun quarter = r.pathways(Pathways.Kind.PUBLIC).get(1);
        assertEquals(7.0, quarter.deliveries().get(0).fractionalOrInfinity(), 1e-9);
        assertEquals(11.0, quarter.programme().fractionalOrInfinity(), 1e-9);
        // cumulative series of the public run: 3 F at the end of month 8
        assertEquals(3 * f, pub.cumulativeFlop()[8], 3 * f * 1e-12);
    }

    @Test
    void aScenarioRunWithoutAnInventoryHasNoPublicRuns() {
        Parameters p = PublishedInputs.baseline();
        ScenarioResult r = ScenarioResult.run("s", p, PublishedInputs.targets(), PublishedInputs.headline(), 120,
                List.of(), List.of(), List.of(0.10));
        assertTrue(r.pathways(Pathways.Kind.PUBLIC).isEmpty());
        assertEquals(4, r.pathways().size());
        // The programme of the baseline mesh: 5 * 1.9683e25 = 9.8415e25 < 1.92108631e26 in month 33:
        // 33 + 9.8415e25 / 1.9210863120786884e26 = 33.51228828
        assertEquals(33 + 9.8415e25 / 1.9210863120786884e26,
                r.pathways(Pathways.Kind.MESH).get(0).programme().fractionalOrInfinity(), 1e-9);
        assertFalse(r.pathways(Pathways.Kind.CAMPUS).get(0).programme() instanceof Delivery.Censored);
    }
}
