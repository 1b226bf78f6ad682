package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §3 / FACTS §6.2: energy, cost and carbon of the headline run per region, and the min-max scorecard. */
class ScorecardTest {

    private static final Parameters BASE = PublishedInputs.baseline();
    private static final Scorecard.Spec SPEC = PublishedInputs.scorecardSpec();

    private static Scorecard.Row row(List<Scorecard.Row> rows, String id) {
        return rows.stream().filter(r -> r.region().equals(id)).findFirst().orElseThrow();
    }

    private static Scorecard.Region region(String id, double mediumYears, double price, double carbon,
            double accessibleMw, String regime, double fibreGbps) {
        return new Scorecard.Region(id, id, accessibleMw, price, carbon, mediumYears, 7.0, fibreGbps, regime);
    }

    @Test
    void headlineRunOnOneSiteUses25541MegawattHours() {
        // 1.9683e25 * 1.10 / (9.89e14 * 0.40) = 5.473e10 GPU-s; / 3600 * 1.4 kW * 1.2 / 1000 = 25 540.8 MWh
        assertEquals(25_541, Scorecard.energyMwh(BASE, PublishedInputs.headline()), 0.5);
    }

    @ParameterizedTest(name = "{0}: EUR {1} M, {2} t")
    @CsvSource({
        "nordics, 1.25, 1177", "france, 1.91, 1129", "iberia, 2.51, 3483", "italy, 3.43, 7351",
        "germany, 3.55, 8738", "netherlands, 3.26, 6454", "ireland, 4.49, 7146"})
    void regionalCostAndCarbonMatchFactsToTheirPrintedDigits(String region, double costMillionEur, double carbonT) {
        Scorecard.Row r = row(PublishedInputs.results().scorecard(), region);
        assertEquals(costMillionEur, r.costEur() / 1e6, 0.005);
        assertEquals(carbonT, r.carbonT(), 0.5);
    }

    @Test
    void publishedScorecardRanksSevenRegionsAndAddsAnUnrankedDistributedRowLast() {
        List<Scorecard.Row> rows = PublishedInputs.results().scorecard();
        assertEquals(8, rows.size());
        for (int i = 0; i < 7; i++) {
            assertEquals(i + 1, rows.get(i).rank());
        }
        Scorecard.Row distributed = rows.get(7);
        assertEquals(Scorecard.DISTRIBUTED_ID, distributed.region());
        assertFalse(distributed.ranked());
        // accessible-MW-weighted medium lead time: (2200*2 + 800*2 + 700*2.5 + 500*2 + 600*3 + 150*4 + 100*4) / 5050
        assertEquals(11_550.0 / 5050, distributed.timeYears(), 1e-12);
    }

    /**
     * Three hand-made regions (weights 0.4 / 0.2 / 0.2 / 0.2):
     * a: 2 y, EUR 50, 100 g, 320 MW, eu_core, 400 Gbit/s -> feasibility (1 + 1 + 1) / 3 = 1
     * b: 3 y, EUR 100, 50 g, 160 MW, eu_member, 200 Gbit/s -> feasibility (0.5 + 0.9 + 0.5) / 3 = 0.6333
     * c: 4 y, EUR 150, 300 g, 320 MW, eea, 400 Gbit/s -> feasibility (1 + 0.8 + 1) / 3 = 0.9333
     * time 1 / 0.5 / 0; cost 1 / 0.5 / 0; carbon (300-100)/250 = 0.8 / 1 / 0;
     * feasibility 1 / 0 / 0.3 / 0.3667 = 0.81818;
     * composite a = 0.4 + 0.2 + 0.16 + 0.2 = 0.96, b = 0.2 + 0.1 + 0.2 + 0 = 0.5, c = 0.2 * 0.81818 = 0.163636.
     */
    private static final List<Scorecard.Region> HAND_MADE = List.of(
            region("c", 4.0, 150, 300, 320, "eea", 400),
            region("a", 2.0, 50, 100, 320, "eu_core", 400),
            region("b", 3.0, 100, 50, 160, "eu_member", 200));

    @Test
    void handMadeRegionsGetTheHandComputedCriterionScores() {
        List<Scorecard.Row> rows = Scorecard.score(BASE, PublishedInputs.headline(), HAND_MADE, SPEC);
        Scorecard.Row a = row(rows, "a");
        Scorecard.Row b = row(rows, "b");
        Scorecard.Row c = row(rows, "c");
        assertEquals(1.0, a.feasibility(), 1e-12);
        assertEquals(1.9 / 3, b.feasibility(), 1e-12);
        assertEquals(2.8 / 3, c.feasibility(), 1e-12);
        double[][] expected = {{1, 1, 0.8, 1}, {0.5, 0.5, 1, 0}, {0, 0, 0, 0.3 / (1.1 / 3)}};
        Scorecard.Row[] actual = {a, b, c};
        for (int i = 0; i < 3; i++) {
            Scorecard.Row r = actual[i];
            assertEquals(expected[i][0], r.timeScore(), 1e-12, r.region() + " time");
            assertEquals(expected[i][1], r.costScore(), 1e-12, r.region() + " cost");
            assertEquals(expected[i][2], r.carbonScore(), 1e-12, r.region() + " carbon");
            assertEquals(expected[i][3], r.feasibilityScore(), 1e-12, r.region() + " feasibility");
        }
    }

    @Test
    void handMadeRegionsGetTheHandComputedCompositeAndRank() {
        List<Scorecard.Row> rows = Scorecard.score(BASE, PublishedInputs.headline(), HAND_MADE, SPEC);
        assertEquals(List.of("a", "b", "c", Scorecard.DISTRIBUTED_ID), rows.stream().map(Scorecard.Row::region).toList());
        assertEquals(0.96, rows.get(0).composite(), 1e-12);
        assertEquals(0.5, rows.get(1).composite(), 1e-12);
        assertEquals(0.2 * 0.9 / 1.1, rows.get(2).composite(), 1e-12);
        assertEquals(List.of(1, 2, 3, 0), rows.stream().map(Scorecard.Row::rank).toList());
    }

    @Test
    void aCriterionOnWhichAllRegionsAreEqualScoresOneEverywhere() {
        // every region waits 2 years and is fully feasible: both criteria score 1, not 0 or NaN
        List<Scorecard.Region> regions = List.of(
                region("y", 2.0, 50, 100, 320, "eu_core", 400),
                region("x", 2.0, 50, 100, 320, "eu_core", 400),
                region("w", 2.0, 100, 200, 320, "eu_core", 400));
        for (Scorecard.Row r : Scorecard.score(BASE, PublishedInputs.headline(), regions, SPEC)) {
            assertEquals(1.0, r.timeScore(), 0.0, r.region());
            assertEquals(1.0, r.feasibilityScore(), 0.0, r.region());
        }
    }

    @Test
    void regionsWithEqualCompositesAreRankedByRegionId() {
        // x and y are identical (composite 1.0); w is worse on cost and carbon (0.4 + 0.2 = 0.6)
        List<Scorecard.Region> regions = List.of(
                region("y", 2.0, 50, 100, 320, "eu_core", 400),
                region("x", 2.0, 50, 100, 320, "eu_core", 400),
                region("w", 2.0, 100, 200, 320, "eu_core", 400));
        List<Scorecard.Row> rows = Scorecard.score(BASE, PublishedInputs.headline(), regions, SPEC);
        assertEquals(List.of("x", "y", "w"), rows.subList(0, 3).stream().map(Scorecard.Row::region).toList());
        assertEquals(rows.get(0).composite(), rows.get(1).composite(), 0.0);
        assertEquals(0.6, rows.get(2).composite(), 1e-12);
    }
}
