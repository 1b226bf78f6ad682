package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What-ifs: changing one input moves the results exactly as the equations of MODEL.md §2 say. */
class WhatIfTest {

    /** One 40 MW site at alpha(500, 1) = 1.10: 28 571 * 9.89e14 * 0.40 * 2 592 000 / 1.10 FLOP per month. */
    private static final double ONE_SITE_FLOP_PER_MONTH = 2.663324205381818e25;
    /** Eight sites at alpha(500, 8) = 1.22. */
    private static final double EIGHT_SITES_FLOP_PER_MONTH = 1.9210863120786884e26;

    private static ModelResults runWithBaselineLeadTimes(double tauMegaYears, double tauMediumYears) {
        List<Scenario> scenarios = List.of(
                PublishedInputs.scenario("optimistic", 5.5, 1.8),
                PublishedInputs.scenario("baseline", tauMegaYears, tauMediumYears),
                PublishedInputs.scenario("pessimistic", 9.5, 4.0));
        return Model.run(PublishedInputs.builder().scenarios(scenarios).fewDraws().build());
    }

    private static ScenarioResult.TargetDelivery baselineHeadline(Parameter p, double value) {
        Parameters params = PublishedInputs.baseline().with(p, value);
        return ScenarioResult.run("baseline", params, PublishedInputs.targets(), 120).delivery(PublishedInputs.HEADLINE_TARGET);
    }

    @Test
    void aCampusLeadTimeOfEightYearsMovesTheBaselineCampusToMonth97() {
        // e = ceil(12 * 8) = 96, plus one commissioning month
        ScenarioResult.TargetDelivery d = runWithBaselineLeadTimes(8.0, 2.6).headline();
        assertEquals(97, d.campus().monthIndex().getAsInt());
        assertEquals(97 - 33, d.gapMonths().getAsInt());
    }

    @Test
    void aCampusLeadTimeOfTwoYearsPutsTheCampusFirstWithANegativeGap() {
        // campus: ceil(24) + 1 = 25; mesh still 33
        ScenarioResult.TargetDelivery d = runWithBaselineLeadTimes(2.0, 2.6).headline();
        assertEquals(25, d.campus().monthIndex().getAsInt());
        assertEquals(-8, d.gapMonths().getAsInt());
        assertTrue(d.gapFractional() < 0);
        assertFalse(d.meshFirst());
    }

    @Test
    void aCampusFirstResultDoesNotFailTheBuildLevelSelfChecks() {
        List<SelfChecks.Check> checks = SelfChecks.run(runWithBaselineLeadTimes(2.0, 2.6));
        for (SelfChecks.Check c : checks) {
            assertFalse(c.failed(), c.number() + " " + c.name() + ": " + c.message());
        }
        SelfChecks.Check band = checks.stream().filter(c -> c.number() == 1).findFirst().orElseThrow();
        assertEquals(SelfChecks.Status.SKIPPED, band.status());
    }

    @Test
    void staggeringTheMeshLeavesOneSiteAloneInItsFirstMonth() {
        // stagger 2: site i starts in month 33 + 2i; month 33 has one site at alpha 1.10, so t = 33 + C / F_1
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.MESH_STAGGER_MONTHS, 2);
        assertEquals(33, d.mesh().monthIndex().getAsInt());
        assertEquals(33.739038828251786, d.mesh().fractionalOrInfinity(), 1e-9);
    }

    @Test
    void staggeringTheMeshAddsOneSiteEveryStaggerUntilTheReplicaCap() {
        double[] mesh = Pathways.meshMonthlyFlop(PublishedInputs.baseline().with(Parameter.MESH_STAGGER_MONTHS, 2), 120);
        assertEquals(ONE_SITE_FLOP_PER_MONTH, mesh[33], 1e25 * 1e-12);
        assertEquals(ONE_SITE_FLOP_PER_MONTH, mesh[34], 1e25 * 1e-12);
        // month 35: two sites at alpha(500, 2) = 1.14
        assertEquals(5.139748466526316e25, mesh[35], 1e25 * 1e-12);
        // month 47 = 33 + 2 * 7: the eighth site; later sites are not counted
        assertEquals(EIGHT_SITES_FLOP_PER_MONTH, mesh[47], 1e26 * 1e-12);
        assertEquals(mesh[47], mesh[49], 0.0);
    }

    @Test
    void aThreeMonthMeshRampRunsAThirdOfTheGpusInTheFirstMonth() {
        // month 33: eight sites running 1/3 of their GPUs at alpha 1.22; t = 33 + C / (F_8 / 3) = 33.307
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.MESH_RAMP_MONTHS, 3);
        assertEquals(33, d.mesh().monthIndex().getAsInt());
        assertEquals(33.30737296720472, d.mesh().fractionalOrInfinity(), 1e-9);
        double[] mesh = Pathways.meshMonthlyFlop(PublishedInputs.baseline().with(Parameter.MESH_RAMP_MONTHS, 3), 120);
        assertEquals(EIGHT_SITES_FLOP_PER_MONTH * 2 / 3, mesh[34], 1e26 * 1e-12);
        assertEquals(EIGHT_SITES_FLOP_PER_MONTH, mesh[35], 1e26 * 1e-12);
    }

    @Test
    void aSlowCampusRampDelaysTheCampusByTwoMonths() {
        // ramp 120: shares 1/120, 2/120, 3/120 in months 85..87; Cum(86) = 3/120 F_c = 1.831e25 < C,
        // so month 87 and t = 87 + (C - 3/120 F_c) / (3/120 F_c) = 87.075
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.CAMPUS_RAMP_MONTHS, 120);
        assertEquals(87, d.campus().monthIndex().getAsInt());
        assertEquals(87.07495051883323, d.campus().fractionalOrInfinity(), 1e-9);
    }

    @Test
    void aSingleReplicaMeshRunsOneSiteAtAlphaForOneReplica() {
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.MAX_REPLICAS, 1);
        assertEquals(33.739038828251786, d.mesh().fractionalOrInfinity(), 1e-9);
        double[] mesh = Pathways.meshMonthlyFlop(PublishedInputs.baseline().with(Parameter.MAX_REPLICAS, 1), 120);
        assertEquals(ONE_SITE_FLOP_PER_MONTH, mesh[33], 1e25 * 1e-12);
    }

    @Test
    void noCommissioningMonthBringsBothPathwaysForwardByOneMonth() {
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.COMMISSIONING_MONTHS, 0);
        assertEquals(32, d.mesh().monthIndex().getAsInt());
        assertEquals(84, d.campus().monthIndex().getAsInt());
        assertEquals(52, d.gapMonths().getAsInt());
    }

    @Test
    void threeCommissioningMonthsDelayBothPathwaysByTwoMonths() {
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.COMMISSIONING_MONTHS, 3);
        assertEquals(35, d.mesh().monthIndex().getAsInt());
        assertEquals(87, d.campus().monthIndex().getAsInt());
    }

    @Test
    void aHugeTargetIsCensoredOnBothPathwaysAndNeverReportedAsMonth119() {
        // 6 * 1e15 * 2e16 = 1.2e32 FLOP, far beyond either pathway's 120-month total
        Target huge = new Target("huge", 1e15, 2e16);
        ScenarioResult s = ScenarioResult.run("baseline", PublishedInputs.baseline(), List.of(huge), 120);
        ScenarioResult.TargetDelivery d = s.delivery("huge");
        assertInstanceOf(Delivery.Censored.class, d.mesh());
        assertInstanceOf(Delivery.Censored.class, d.campus());
        assertEquals(120, ((Delivery.Censored) d.mesh()).horizonMonths());
        assertFalse(d.mesh().monthIndex().isPresent());
        assertFalse(d.campus().monthIndex().isPresent());
        assertFalse(d.gapMonths().isPresent());
        assertTrue(Double.isNaN(d.gapFractional()));
        assertFalse(d.meshFirst());
    }

    @Test
    void aCampusThatCannotFinishInsideTheHorizonIsCensoredAndTheMeshCountsAsFirst() {
        // tau_mega 10: energised in month 120, outside the horizon
        ScenarioResult.TargetDelivery d = baselineHeadline(Parameter.TAU_MEGA_YEARS, 10.0);
        assertInstanceOf(Delivery.Censored.class, d.campus());
        assertEquals(33, d.mesh().monthIndex().getAsInt());
        assertTrue(d.meshFirst());
        assertEquals(Double.POSITIVE_INFINITY, d.gapFractional());
        assertFalse(d.gapMonths().isPresent());
    }

    @Test
    void overridingOneScenarioLeavesTheOthersUntouched() {
        ModelResults r = runWithBaselineLeadTimes(8.0, 2.6);
        assertEquals(67, r.scenario("optimistic").delivery("405B").campus().monthIndex().getAsInt());
        assertEquals(115, r.scenario("pessimistic").delivery("405B").campus().monthIndex().getAsInt());
    }
}
