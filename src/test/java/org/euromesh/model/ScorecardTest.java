package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §12 / FACTS §6.2: energy, cost and carbon of the headline run per region, the min-max scorecard and its stability check. */
class ScorecardTest {

    private static final Parameters BASE = PublishedInputs.baseline();
    private static final Scorecard.Spec SPEC = PublishedInputs.scorecardSpec();

    private static Scorecard.Row row(List<Scorecard.Row> rows, String id) {
        return rows.stream().filter(r -> r.region().equals(id)).findFirst().orElseThrow();
    }

    private static final Scorecard.Sovereignty MEMBER = new Scorecard.Sovereignty(1, 1, 1);

    private static Scorecard.Region region(String id, double mediumYears, double price, double carbon,
            double accessibleMw, Scorecard.Sovereignty sovereignty, double fibreGbps) {
        return new Scorecard.Region(id, id, accessibleMw, price, carbon, mediumYears, 7.0, fibreGbps, sovereignty);
    }

    private static List<Scorecard.Row> rows(List<Scorecard.Region> regions) {
        return Scorecard.score(BASE, PublishedInputs.headline(), regions, SPEC).rows();
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
     * Three hand-made regions (weights 0.4 / 0.2 / 0.2 / 0.2; a full mesh is 8 x 40 = 320 MW):
     * a: 2 y, EUR 50, 100 g, 320 MW, member of all three, 400 Gbit/s -> sovereignty 1, feasibility (1 + 1 + 1) / 3 = 1
     * b: 3 y, EUR 100, 50 g, 160 MW, member of all three, 200 Gbit/s -> sovereignty 1, feasibility (0.5 + 1 + 0.5) / 3 = 2/3
     * c: 4 y, EUR 150, 300 g, 320 MW, a composite with half its MW outside the EU (0.5, 1, 1), 400 Gbit/s
     *    -> sovereignty (0.5 + 1 + 1) / 3 = 5/6, feasibility (1 + 5/6 + 1) / 3 = 17/18
     * time 1 / 0.5 / 0; cost 1 / 0.5 / 0; carbon (300-100)/250 = 0.8 / 1 / 0;
     * feasibility 1 / 0 / (17/18 - 2/3) / (1/3) = 5/6;
     * composite a = 0.4 + 0.2 + 0.16 + 0.2 = 0.96, b = 0.2 + 0.1 + 0.2 + 0 = 0.5, c = 0.2 * 5/6 = 1/6.
     */
    private static final List<Scorecard.Region> HAND_MADE = List.of(
            region("c", 4.0, 150, 300, 320, new Scorecard.Sovereignty(0.5, 1, 1), 400),
            region("a", 2.0, 50, 100, 320, MEMBER, 400),
            region("b", 3.0, 100, 50, 160, MEMBER, 200));

    @Test
    void handMadeRegionsGetTheHandComputedCriterionScores() {
        List<Scorecard.Row> rows = rows(HAND_MADE);
        Scorecard.Row a = row(rows, "a");
        Scorecard.Row b = row(rows, "b");
        Scorecard.Row c = row(rows, "c");
        assertEquals(1.0, a.sovereignty(), 1e-12);
        assertEquals(1.0, b.sovereignty(), 1e-12);
        assertEquals(5.0 / 6, c.sovereignty(), 1e-12);
        assertEquals(1.0, a.feasibility(), 1e-12);
        assertEquals(2.0 / 3, b.feasibility(), 1e-12);
        assertEquals(17.0 / 18, c.feasibility(), 1e-12);
        double[][] expected = {{1, 1, 0.8, 1}, {0.5, 0.5, 1, 0}, {0, 0, 0, 5.0 / 6}};
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
        List<Scorecard.Row> rows = rows(HAND_MADE);
        assertEquals(List.of("a", "b", "c", Scorecard.DISTRIBUTED_ID), rows.stream().map(Scorecard.Row::region).toList());
        assertEquals(0.96, rows.get(0).composite(), 1e-12);
        assertEquals(0.5, rows.get(1).composite(), 1e-12);
        assertEquals(0.2 * 5 / 6, rows.get(2).composite(), 1e-12);
        assertEquals(List.of(1, 2, 3, 0), rows.stream().map(Scorecard.Row::rank).toList());
    }

    @Test
    void aCompositeScoresTheMegawattWeightedMeanOfItsMembersNotItsWeakestMember() {
        // 600 MW outside the EU (but EuroHPC and GDPR), 1600 MW in EU members: EU share 1600 / 2200
        double euShare = 1600.0 / 2200;
        Scorecard.Region composite = region("nordic_like", 2.0, 50, 100, 2200, new Scorecard.Sovereignty(euShare, 1, 1), 400);
        Scorecard.Region outsider = region("outside", 2.0, 50, 100, 600, new Scorecard.Sovereignty(0, 1, 1), 400);
        List<Scorecard.Row> rows = rows(List.of(composite, outsider, region("member", 2.0, 50, 100, 1600, MEMBER, 400)));
        assertEquals((euShare + 2) / 3, row(rows, "nordic_like").sovereignty(), 1e-12);
        assertEquals((600 * (2.0 / 3) + 1600 * 1.0) / 2200, row(rows, "nordic_like").sovereignty(), 1e-12);
        assertTrue(row(rows, "nordic_like").sovereignty() > row(rows, "outside").sovereignty());
        // feasibility: capacity 1 and network 1 for all three
        assertEquals((2 + (euShare + 2) / 3) / 3, row(rows, "nordic_like").feasibility(), 1e-12);
    }

    @Test
    void sovereigntyWeightsAreNormalisedToAWeightedMean() {
        Scorecard.Sovereignty s = new Scorecard.Sovereignty(0.25, 1, 0);
        assertEquals(0.25, new Scorecard.SovereigntyWeights(1, 0, 0).score(s), 1e-12);
        assertEquals((2 * 0.25 + 1) / 4, new Scorecard.SovereigntyWeights(2, 1, 1).score(s), 1e-12);
    }

    @Test
    void aCriterionOnWhichAllRegionsAreEqualScoresOneEverywhere() {
        // every region waits 2 years and is fully feasible: both criteria score 1, not 0 or NaN
        List<Scorecard.Region> regions = List.of(
                region("y", 2.0, 50, 100, 320, MEMBER, 400),
                region("x", 2.0, 50, 100, 320, MEMBER, 400),
                region("w", 2.0, 100, 200, 320, MEMBER, 400));
        for (Scorecard.Row r : rows(regions)) {
            assertEquals(1.0, r.timeScore(), 0.0, r.region());
            assertEquals(1.0, r.feasibilityScore(), 0.0, r.region());
        }
    }

    @Test
    void regionsWithEqualCompositesAreRankedByRegionId() {
        // x and y are identical (composite 1.0); w is worse on cost and carbon (0.4 + 0.2 = 0.6)
        List<Scorecard.Region> regions = List.of(
                region("y", 2.0, 50, 100, 320, MEMBER, 400),
                region("x", 2.0, 50, 100, 320, MEMBER, 400),
                region("w", 2.0, 100, 200, 320, MEMBER, 400));
        List<Scorecard.Row> rows = rows(regions);
        assertEquals(List.of("x", "y", "w"), rows.subList(0, 3).stream().map(Scorecard.Row::region).toList());
        assertEquals(rows.get(0).composite(), rows.get(1).composite(), 0.0);
        assertEquals(0.6, rows.get(2).composite(), 1e-12);
    }

    @Test
    void stabilityRunsTheBaseThenEachAlternativeWeightSetThenTheOtherNormalisations() {
        Scorecard.Stability s = Scorecard.score(BASE, PublishedInputs.headline(), HAND_MADE, SPEC).stability();
        assertEquals(List.of("base", "equal", "time_heavy", "cost_heavy", "rank_based", "z_score"),
                s.variants().stream().map(Scorecard.Variant::id).toList());
        assertEquals(List.of(Scorecard.Normalisation.MIN_MAX, Scorecard.Normalisation.MIN_MAX, Scorecard.Normalisation.MIN_MAX,
                Scorecard.Normalisation.MIN_MAX, Scorecard.Normalisation.RANK, Scorecard.Normalisation.Z_SCORE),
                s.variants().stream().map(Scorecard.Variant::normalisation).toList());
        assertEquals(List.of("a", "b", "c"), s.placings().stream().map(Scorecard.Placing::region).toList());
        // a is best on time, cost and feasibility, so every variant ranks it first
        assertTrue(s.firstPlaceStable());
        assertEquals(List.of(1, 1, 1, 1, 1, 1), s.placings().get(0).ranks());
    }

    /**
     * fast: 2 y, EUR 150; mid: 3 y, EUR 100; cheap: 4 y, EUR 50; all else equal (scores 1).
     * time 1 / 0.5 / 0, cost 0 / 0.5 / 1 (min-max and rank-based alike).
     * base 0.4/0.2/0.2/0.2: fast 0.8, mid 0.7, cheap 0.6; equal: all 0.75, so by id cheap, fast, mid;
     * time-heavy 0.7/0.1/0.1/0.1: fast 0.9, mid 0.6, cheap 0.3; cost-heavy 0.1/0.7/0.1/0.1: cheap 0.9, mid 0.6, fast 0.3;
     * rank-based as base; z-score: time +-1.2247, cost -+1.2247, so fast 0.4 * 1.2247 - 0.2 * 1.2247 > 0 = mid > cheap.
     */
    @Test
    void stabilityReportsEachVariantsRanksAndTheDistinctFirstPlaces() {
        List<Scorecard.Region> regions = List.of(
                region("fast", 2.0, 150, 100, 320, MEMBER, 400),
                region("mid", 3.0, 100, 100, 320, MEMBER, 400),
                region("cheap", 4.0, 50, 100, 320, MEMBER, 400));
        Scorecard.Stability s = Scorecard.score(BASE, PublishedInputs.headline(), regions, SPEC).stability();
        assertEquals(Map.of("fast", 1, "mid", 2, "cheap", 3), s.ranks("base"));
        assertEquals(Map.of("cheap", 1, "fast", 2, "mid", 3), s.ranks("equal"));
        assertEquals(Map.of("fast", 1, "mid", 2, "cheap", 3), s.ranks("time_heavy"));
        assertEquals(Map.of("cheap", 1, "mid", 2, "fast", 3), s.ranks("cost_heavy"));
        assertEquals(Map.of("fast", 1, "mid", 2, "cheap", 3), s.ranks("rank_based"));
        assertEquals(Map.of("fast", 1, "mid", 2, "cheap", 3), s.ranks("z_score"));
        assertEquals(List.of("fast", "cheap"), s.firstPlaces().stream().map(Scorecard.Placing::region).toList());
        assertEquals(2, s.distinctFirstPlaces());
        assertFalse(s.firstPlaceStable());
        Scorecard.Placing cheap = s.placings().get(2);
        assertEquals(1, cheap.best());
        assertEquals(3, cheap.worst());
    }

    /** Property: for any regions and weights, the stability check's base variant is the ranking of the rows. */
    @Test
    void stabilityReportsTheBaseRankingAsOneOfItsVariants() {
        Random random = new Random(20261201L);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(8);
            List<Scorecard.Region> regions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // a few coarse values so that ties happen too
                regions.add(new Scorecard.Region("r" + random.nextInt(100) + "_" + i, "R" + i, 40 * random.nextInt(10),
                        50 + 10 * random.nextInt(4), 50 * random.nextInt(6), 1 + 0.5 * random.nextInt(6), 7, 100 * (1 + random.nextInt(10)),
                        new Scorecard.Sovereignty(random.nextInt(3) / 2.0, random.nextInt(2), 1)));
            }
            double[] w = {random.nextInt(5), random.nextInt(5), random.nextInt(5), 1 + random.nextInt(5)};
            double sum = w[0] + w[1] + w[2] + w[3];
            Map<String, Scorecard.Weights> alternatives = new LinkedHashMap<>(PublishedInputs.ALTERNATIVE_WEIGHTS);
            Scorecard.Spec spec = new Scorecard.Spec(new Scorecard.Weights(w[0] / sum, w[1] / sum, w[2] / sum, w[3] / sum),
                    PublishedInputs.SOVEREIGNTY_WEIGHTS, 400, alternatives);
            Scorecard.Result result = Scorecard.score(BASE, PublishedInputs.headline(), regions, spec);
            Map<String, Integer> ranked = new LinkedHashMap<>();
            result.rows().stream().filter(Scorecard.Row::ranked).forEach(r -> ranked.put(r.region(), r.rank()));
            Scorecard.Stability s = result.stability();
            assertEquals(ranked, s.ranks(Scorecard.BASE_VARIANT), "trial " + trial);
            assertEquals(List.copyOf(ranked.keySet()), s.placings().stream().map(Scorecard.Placing::region).toList());
            assertTrue(s.distinctFirstPlaces() >= 1 && s.distinctFirstPlaces() <= Math.min(n, s.variants().size()));
            for (Scorecard.Placing p : s.placings()) {
                assertTrue(p.best() >= 1 && p.worst() <= n, p.toString());
            }
        }
    }

    @Test
    void publishedRegionsRankUnderEveryVariant() {
        Scorecard.Stability s = PublishedInputs.results().scorecardStability();
        assertEquals(7, s.placings().size());
        assertEquals(6, s.variants().size());
        for (Scorecard.Placing p : s.placings()) {
            assertEquals(6, p.ranks().size());
            List<Integer> sorted = new ArrayList<>(p.ranks());
            sorted.sort(null);
            assertTrue(sorted.get(0) >= 1 && sorted.get(5) <= 7);
        }
    }
}
