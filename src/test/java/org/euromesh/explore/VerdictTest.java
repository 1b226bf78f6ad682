package org.euromesh.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;
import org.junit.jupiter.api.Test;

/** The headline sentence says who is first in the words Format would print, whoever that is. */
class VerdictTest {

    @Test
    void thePublishedHeadlineNamesTheMeshFirstWithTheBuildsDates() {
        ModelResults r = Edition.results(List.of("scenarios.monte_carlo.draws=1000"));
        ScenarioResult.TargetDelivery d = r.headline();
        YearMonth start = r.inputs().startMonth();
        String expected = "In the baseline scenario, a mesh of medium-sized European sites trains a model of 405 billion parameters by "
                + Format.date(start, d.mesh().monthIndex().getAsInt()) + ", while a new 1 GW campus would deliver it in "
                + Format.date(start, d.campus().monthIndex().getAsInt()) + ": the mesh is first by "
                + Format.months(d.gapMonths().getAsInt()) + ".";
        assertEquals(expected, Verdict.headline(r));
    }

    @Test
    void aShortCampusWaitPutsTheCampusFirstInTheSentence() {
        ModelResults r = Edition.results(List.of("scenarios.baseline.tau_mega_years=1.5", "scenarios.monte_carlo.draws=1000"));
        String s = Verdict.headline(r);
        assertTrue(s.startsWith("In the baseline scenario, a new 1 GW campus trains a model of 405 billion parameters by "), s);
        assertTrue(s.contains("the campus is first by"), s);
    }

    @Test
    void aCampusBeyondTheHorizonIsDeliveredOnlyAfterIt() {
        ModelResults r = Edition.results(List.of("scenarios.baseline.tau_mega_years=16", "scenarios.monte_carlo.draws=1000"));
        assertTrue(Verdict.headline(r).contains("would deliver it only after December 2041: the mesh is first by more than the horizon."),
                Verdict.headline(r));
    }

    @Test
    void datesReadAsFormatPrintsThem() {
        Verdict.Calendar cal = new Verdict.Calendar(2026, 1, 120);
        for (int m = 0; m < 400; m++) {
            assertEquals(Format.date(YearMonth.of(2026, 1), m), cal.date(m), "month " + m);
            assertEquals(Format.date(YearMonth.of(2025, 11), m), new Verdict.Calendar(2025, 11, 120).date(m), "month " + m);
        }
    }

    @Test
    void theHomePageAndTheExplorerSayTheSameMonteCarloSentence() {
        ModelResults r = Edition.results(List.of("scenarios.monte_carlo.draws=2000"));
        String s = Verdict.monteCarlo(r);
        assertTrue(s.startsWith("In " + (r.monteCarlo().pMeshFirst() >= 1 ? "all " : "") + "2,000 Monte Carlo draws"), s);
    }

    @Test
    void theDecisionMonthReadsAndWritesAsTheBuildsStartMonthAcrossYears() {
        ExploreInputs in = Edition.explore();
        YearMonth edition = YearMonth.of(in.calendar().startYear(), in.calendar().startMonth());
        for (long offset : new long[] {Control.DECISION_MONTH.minUnits(), -1, 1, 11, 12, Control.DECISION_MONTH.maxUnits(in)}) {
            YearMonth month = edition.plusMonths(offset);
            State s = State.parse("month=" + month, in);
            assertEquals(offset, s.units(Control.DECISION_MONTH), month.toString());
            assertEquals("month=" + month, s.query());
            assertEquals(List.of("scenarios.start_month=" + month), s.assignments());
            assertEquals(Format.date(month, 0), s.calendar().date(0));
            assertEquals(Format.date(month, 0), Verdict.shown(Control.DECISION_MONTH, offset, in.calendar()));
            // A later decision finds every generation that many months nearer, as the loader counts from the start month.
            assertEquals(in.generations().get(0).availableMonth() - offset, s.generations().get(0).availableMonth());
        }
    }

    @Test
    void thePathwaysAreNamedAsTheBuildsChartsNameThem() {
        ModelResults r = Edition.results(List.of("scenarios.monte_carlo.draws=1000"));
        for (ScenarioResult.PathwayRun run : r.headlineScenario().pathways()) {
            assertEquals(org.euromesh.chart.PathwayNames.of(run), Verdict.pathwayName(run.kind(), run.share()));
        }
        assertEquals("Public machines, 2.5% allocated", Verdict.pathwayName(org.euromesh.model.Pathways.Kind.PUBLIC, 0.025));
    }

    @Test
    void aPathwayStandsBeforeOrAfterTheMeshInWholeMonths() {
        org.euromesh.model.Delivery mesh = new org.euromesh.model.Delivery.Delivered(30, 30.5);
        assertEquals("5 months before the mesh", Verdict.againstMesh(new org.euromesh.model.Delivery.Delivered(25, 25.2), mesh, false));
        assertEquals("first; 14 months (1.2 years) before the mesh",
                Verdict.againstMesh(new org.euromesh.model.Delivery.Delivered(16, 16.9), mesh, true));
        assertEquals("the same month as the mesh", Verdict.againstMesh(new org.euromesh.model.Delivery.Delivered(30, 30.9), mesh, false));
        assertEquals("not within the horizon", Verdict.againstMesh(new org.euromesh.model.Delivery.Censored(180), mesh, false));
    }
}
