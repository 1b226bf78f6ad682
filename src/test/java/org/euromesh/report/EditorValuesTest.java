package org.euromesh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Pathways;
import org.euromesh.model.ScenarioResult;
import org.junit.jupiter.api.Test;

/** The values editors bind prose to, read as prose. */
class EditorValuesTest {

    static Map<String, Object> values(String... overrides) {
        // The published headline: the original assumptions (data/assumptions/euromesh-2026.yaml), then the overrides.
        LoadResult r = DataLoader.load(Path.of("data"), java.util.Optional.of("euromesh-2026"), List.of(overrides));
        if (!(r instanceof LoadResult.Ok ok)) {
            throw new AssertionError("data/ does not load: " + r);
        }
        ModelResults results = Model.run(ok.inputs().model());
        return EditorValues.of(results, new EditorValues.BuildView("abc", "1", "30 June 2026"),
                new EditorValues.EditionView("t", "s", "1", EditorValues.day(LocalDate.of(2026, 6, 30)), "a", "l", "l"));
    }

    @Test
    void theBaselineReadsAsThePublishedHeadline() {
        EditorValues.ScenarioView b = (EditorValues.ScenarioView) ((Map<?, ?>) values().get("s")).get("baseline");
        assertEquals("October 2028", b.meshDate());
        assertEquals("February 2033", b.campusDate());
        assertEquals("52 months (4.3 years)", b.gap());
        assertTrue(b.meshFirst());
    }

    @Test
    void aCampusFirstGapIsReportedAsAPositiveDurationWithCampusFirst() {
        EditorValues.ScenarioView b = (EditorValues.ScenarioView) ((Map<?, ?>) values("scenarios.baseline.tau_mega_years=2").get("s")).get("baseline");
        assertTrue(b.campusFirst());
        assertFalse(b.gap().contains("-"), b.gap());
        assertEquals(-8, b.gapMonths());
    }

    @Test
    void aCensoredCampusNeverPrintsAnOverflowedNumber() {
        Map<String, Object> v = values("scenarios.pessimistic.tau_mega_years=11");
        EditorValues.BandView band = (EditorValues.BandView) v.get("band");
        EditorValues.ScenarioView p = (EditorValues.ScenarioView) ((Map<?, ?>) v.get("s")).get("pessimistic");
        assertEquals("after December 2035", p.campusDate());
        assertEquals("more than the horizon", band.largestGap());
        assertEquals("more than the horizon", p.gap());
    }

    @Test
    void parametersPrintWithTheirUnits() {
        LoadResult r = DataLoader.load(Path.of("data"), java.util.Optional.of("euromesh-2026"), List.of());
        var p = ((LoadResult.Ok) r).inputs().model().headlineParameters();
        assertEquals("1.4 kW", EditorValues.parameter(p, "gpu_kw"));
        assertEquals("40%", EditorValues.parameter(p, "mfu_local"));
        assertEquals("1.22", EditorValues.alpha(p, 500, 8));
        assertEquals("1.136", EditorValues.alpha(p, 1000, 1));
    }

    @Test
    void thePenaltyRangeIsAlphaAtBothEndsOfTheKnRange() throws Exception {
        LoadResult r = DataLoader.load(Path.of("data"), java.util.Optional.empty(), List.of());
        var in = ((LoadResult.Ok) r).inputs().model();
        // H = H_ref, so alpha = alpha0 + log2(8) k_N: 1.10 + 3 x 0 and 1.10 + 3 x 0.20.
        assertEquals("1.10", EditorValues.alphaRange(in, 8, false));
        assertEquals("1.70", EditorValues.alphaRange(in, 8, true));
        // Two sites: 1.10 + 1 x 0.20.
        assertEquals("1.30", EditorValues.alphaRange(in, 2, true));
    }

    @Test
    void thePenaltyRangeMovesWithTheBasePenalty() throws Exception {
        LoadResult r = DataLoader.load(Path.of("data"), java.util.Optional.empty(), List.of("training.alpha0=1.2"));
        var in = ((LoadResult.Ok) r).inputs().model();
        assertEquals("1.20", EditorValues.alphaRange(in, 8, false));
        assertEquals("1.80", EditorValues.alphaRange(in, 8, true));
    }

    @Test
    void thePublicMachinesAtTheGrandChallengeShareDeliverWhenTheHeadlineScenariosPathwaysTableSays() throws Exception {
        LoadResult r = DataLoader.load(Path.of("data"), java.util.Optional.empty(), List.of());
        ModelResults results = Model.run(((LoadResult.Ok) r).inputs().model());
        ScenarioResult baseline = results.headlineScenario();
        var run = baseline.pathways(Pathways.Kind.PUBLIC).stream().filter(p -> p.share() == 0.025).findFirst().orElseThrow();
        int target = results.inputs().targets().stream().map(t -> t.id()).toList().indexOf("405B");
        int month = run.deliveries().get(target).monthIndex().getAsInt();
        assertEquals(org.euromesh.format.Format.date(results.inputs().startMonth(), month), EditorValues.publicDate(results, 0.025, "405B"));
        // A larger share delivers no later.
        int quarter = baseline.pathways(Pathways.Kind.PUBLIC).stream().filter(p -> p.share() == 0.25).findFirst().orElseThrow()
                .deliveries().get(target).monthIndex().getAsInt();
        assertTrue(quarter <= month, quarter + " > " + month);
        for (double wrong : new double[] {0, -0.1, 1.5}) {
            assertThrows(freemarker.template.TemplateModelException.class, () -> EditorValues.publicDate(results, wrong, "405B"));
        }
        assertThrows(freemarker.template.TemplateModelException.class, () -> EditorValues.publicDate(results, 0.1, "1T"));
    }

    @Test
    void aShareTheDataDoesNotListGivesTheDateTheBuildTablesWhenItIsSetAsTheAllocatedShare() throws Exception {
        ModelResults edition = Model.run(((LoadResult.Ok) DataLoader.load(Path.of("data"), java.util.Optional.empty(), List.of())).inputs().model());
        ModelResults set = Model.run(((LoadResult.Ok) DataLoader.load(Path.of("data"), java.util.Optional.empty(),
                List.of("training.public_shares.values.0=0.3"))).inputs().model());
        var run = set.headlineScenario().pathways(Pathways.Kind.PUBLIC).stream().filter(p -> p.share() == 0.3).findFirst().orElseThrow();
        int target = set.inputs().targets().stream().map(t -> t.id()).toList().indexOf("405B");
        assertEquals(org.euromesh.format.Format.date(set.inputs().startMonth(), run.deliveries().get(target).monthIndex().getAsInt()),
                EditorValues.publicDate(edition, 0.3, "405B"));
    }
}
