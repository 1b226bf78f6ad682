package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md §6: every check SelfChecks runs passes with the published inputs, and each one FAILS
 * on an input (or a hand-made results record) that breaks exactly its invariant.
 */
class SelfChecksTest {

    private static final ModelResults PUBLISHED = PublishedInputs.results();

    private static SelfChecks.Check check(ModelResults r, int number) {
        return SelfChecks.run(r).stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    private static void assertFails(ModelResults r, int number) {
        SelfChecks.Check c = check(r, number);
        assertEquals(SelfChecks.Status.FAILED, c.status(), c.name() + ": " + c.message());
        assertFalse(c.message().isBlank(), "a failure explains itself");
    }

    private static ModelResults withScenarios(ModelResults r, List<ScenarioResult> scenarios) {
        return new ModelResults(r.inputs(), scenarios, r.efficiency(), r.bandwidth(), r.sweep(), r.thresholds(),
                r.substrate(), r.scorecard(), r.scorecardStability(), r.sensitivity(), r.monteCarlo(), r.meanHyperscaleWaitYears(), r.meanMediumWaitYears(),
                r.weightedHyperscaleWaitYears(), r.capital(), r.flips(), r.comparison());
    }

    private static ModelResults withEfficiency(ModelResults r, List<Efficiency.Row> efficiency) {
        return new ModelResults(r.inputs(), r.scenarios(), efficiency, r.bandwidth(), r.sweep(), r.thresholds(),
                r.substrate(), r.scorecard(), r.scorecardStability(), r.sensitivity(), r.monteCarlo(), r.meanHyperscaleWaitYears(), r.meanMediumWaitYears(),
                r.weightedHyperscaleWaitYears(), r.capital(), r.flips(), r.comparison());
    }

    private static ModelResults withScorecard(ModelResults r, List<Scorecard.Row> scorecard) {
        return new ModelResults(r.inputs(), r.scenarios(), r.efficiency(), r.bandwidth(), r.sweep(), r.thresholds(),
                r.substrate(), scorecard, r.scorecardStability(), r.sensitivity(), r.monteCarlo(), r.meanHyperscaleWaitYears(), r.meanMediumWaitYears(),
                r.weightedHyperscaleWaitYears(), r.capital(), r.flips(), r.comparison());
    }

    private static ModelResults withMonteCarlo(ModelResults r, MonteCarlo.Result mc) {
        return new ModelResults(r.inputs(), r.scenarios(), r.efficiency(), r.bandwidth(), r.sweep(), r.thresholds(),
                r.substrate(), r.scorecard(), r.scorecardStability(), r.sensitivity(), mc, r.meanHyperscaleWaitYears(), r.meanMediumWaitYears(),
                r.weightedHyperscaleWaitYears(), r.capital(), r.flips(), r.comparison());
    }

    /** The published scenarios with the baseline replaced. */
    private static ModelResults withBaseline(ScenarioResult baseline) {
        List<ScenarioResult> scenarios = new ArrayList<>();
        for (ScenarioResult s : PUBLISHED.scenarios()) {
            scenarios.add(s.scenario().equals("baseline") ? baseline : s);
        }
        return withScenarios(PUBLISHED, scenarios);
    }

    private static ScenarioResult baseline() {
        return PUBLISHED.scenario("baseline");
    }

    private static ScenarioResult withMeshMonthly(ScenarioResult s, double[] monthly, double[] cumulative) {
        return new ScenarioResult(s.scenario(), s.parameters(), monthly, cumulative,
                s.campusMonthlyFlop(), s.campusCumulativeFlop(), s.deliveries(), s.pathways());
    }

    private static ScenarioResult withHeadlineMesh(ScenarioResult s, Delivery mesh) {
        List<ScenarioResult.TargetDelivery> deliveries = new ArrayList<>();
        for (ScenarioResult.TargetDelivery d : s.deliveries()) {
            deliveries.add(d.target().id().equals(PublishedInputs.HEADLINE_TARGET)
                    ? new ScenarioResult.TargetDelivery(d.target(), mesh, d.campus()) : d);
        }
        return new ScenarioResult(s.scenario(), s.parameters(), s.meshMonthlyFlop(), s.meshCumulativeFlop(),
                s.campusMonthlyFlop(), s.campusCumulativeFlop(), deliveries, s.pathways());
    }

    @Test
    void everyCheckPassesWithThePublishedInputs() {
        List<SelfChecks.Check> checks = SelfChecks.run(PUBLISHED);
        assertEquals(List.of(1, 2, 3, 4, 5, 7), checks.stream().map(SelfChecks.Check::number).toList());
        for (SelfChecks.Check c : checks) {
            assertEquals(SelfChecks.Status.PASSED, c.status(), c.number() + " " + c.name() + ": " + c.message());
        }
    }

    @Test
    void bandCheckFailsWhenOrderedLeadTimesGiveGapsThatAreNotMonotone() {
        // baseline (5.5, 2.6) is ordered between (5.5, 1.8) and (9.5, 4.0), but its gap 67 - 33 = 34 is below the optimistic 44
        List<Scenario> scenarios = List.of(
                PublishedInputs.scenario("optimistic", 5.5, 1.8),
                PublishedInputs.scenario("baseline", 5.5, 2.6),
                PublishedInputs.scenario("pessimistic", 9.5, 4.0));
        assertFails(Model.run(PublishedInputs.builder().scenarios(scenarios).fewDraws().build()), 1);
    }

    @Test
    void bandCheckIsSkippedWhenAPublishedScenarioIsMissing() {
        List<Scenario> scenarios = List.of(PublishedInputs.scenario("baseline", 7.0, 2.6));
        ModelResults r = Model.run(PublishedInputs.builder().scenarios(scenarios).fewDraws().build());
        assertEquals(SelfChecks.Status.SKIPPED, check(r, 1).status());
    }

    @Test
    void rampCheckFailsWhenTheMeshAccruesComputeBeforeItsFirstMonth() {
        double[] monthly = baseline().meshMonthlyFlop().clone();
        monthly[10] = 1e20;
        assertFails(withBaseline(withMeshMonthly(baseline(), monthly, Pathways.cumulative(monthly))), 2);
    }

    @Test
    void rampCheckFailsWhenCumulativeComputeFalls() {
        double[] cumulative = baseline().meshCumulativeFlop().clone();
        cumulative[50] = cumulative[49] / 2;
        assertFails(withBaseline(withMeshMonthly(baseline(), baseline().meshMonthlyFlop(), cumulative)), 2);
    }

    @Test
    void rampCheckFailsOnNegativeMonthlyCompute() {
        double[] monthly = baseline().meshMonthlyFlop().clone();
        monthly[60] = -1;
        assertFails(withBaseline(withMeshMonthly(baseline(), monthly, baseline().meshCumulativeFlop())), 2);
    }

    @Test
    void alphaCheckFailsOnARowAboveTheCap() {
        List<Efficiency.Row> rows = new ArrayList<>(PUBLISHED.efficiency());
        rows.add(new Efficiency.Row(128, 500, 1.6, 1 / 1.6, true));
        assertFails(withEfficiency(PUBLISHED, rows), 3);
    }

    @Test
    void alphaCheckFailsOnARowBelowOne() {
        List<Efficiency.Row> rows = new ArrayList<>(PUBLISHED.efficiency());
        rows.set(0, new Efficiency.Row(1, 100, 0.9, 1 / 0.9, false));
        assertFails(withEfficiency(PUBLISHED, rows), 3);
    }

    @Test
    void censoringCheckFailsWhenADeliveryTheHorizonReachesIsReportedCensored() {
        assertFails(withBaseline(withHeadlineMesh(baseline(), new Delivery.Censored(120))), 4);
    }

    @Test
    void censoringCheckFailsWhenADeliveryIsReportedBeforeItsComputeIsReached() {
        // nothing runs before month 33, so month 20 cannot hold the 405B run
        assertFails(withBaseline(withHeadlineMesh(baseline(), new Delivery.Delivered(20, 20.5))), 4);
    }

    @Test
    void scorecardCheckFailsWhenWeightsSumToMoreThanOne() {
        // 0.5 + 0.2 + 0.2 + 0.2 = 1.1
        Scorecard.Spec spec = PublishedInputs.scorecardSpec(new Scorecard.Weights(0.5, 0.2, 0.2, 0.2));
        assertFails(Model.run(PublishedInputs.builder().scorecard(spec).fewDraws().build()), 5);
    }

    @Test
    void scorecardCheckAcceptsWeightsWithinTheTolerance() {
        Scorecard.Spec spec = PublishedInputs.scorecardSpec(new Scorecard.Weights(0.4 + 5e-10, 0.2, 0.2, 0.2));
        ModelResults r = Model.run(PublishedInputs.builder().scorecard(spec).fewDraws().build());
        assertEquals(SelfChecks.Status.PASSED, check(r, 5).status());
    }

    @Test
    void scorecardCheckFailsOnAScoreAboveOne() {
        List<Scorecard.Row> rows = new ArrayList<>(PUBLISHED.scorecard());
        Scorecard.Row r = rows.get(0);
        rows.set(0, new Scorecard.Row(r.region(), r.displayName(), r.timeYears(), r.energyMwh(), r.costEur(), r.carbonT(),
                r.sovereignty(), r.feasibility(), 1.2, r.costScore(), r.carbonScore(), r.feasibilityScore(), r.composite(), r.rank()));
        assertFails(withScorecard(PUBLISHED, rows), 5);
    }

    @Test
    void monteCarloCheckFailsWhenGapQuantilesAreOutOfOrder() {
        MonteCarlo.Result mc = PUBLISHED.monteCarlo();
        MonteCarlo.Quantiles disordered = new MonteCarlo.Quantiles(40, 45, 50, 48, 60, 70, 75, 55);
        assertFails(withMonteCarlo(PUBLISHED, new MonteCarlo.Result(mc.draws(), mc.mesh(), mc.campus(), disordered,
                mc.pMeshFirst(), mc.pMeshDeliveredByMonth(), mc.pCampusDeliveredByMonth(), mc.gapHistogram(),
                mc.gapUndefinedDraws(), mc.routes())), 7);
    }

    @Test
    void monteCarloCheckFailsWhenPMeshFirstExceedsOne() {
        MonteCarlo.Result mc = PUBLISHED.monteCarlo();
        assertFails(withMonteCarlo(PUBLISHED, new MonteCarlo.Result(mc.draws(), mc.mesh(), mc.campus(), mc.gap(),
                1.5, mc.pMeshDeliveredByMonth(), mc.pCampusDeliveredByMonth(), mc.gapHistogram(),
                mc.gapUndefinedDraws(), mc.routes())), 7);
    }
}
