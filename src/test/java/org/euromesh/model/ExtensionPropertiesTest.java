package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.euromesh.model.RandomParameters.draw;
import static org.euromesh.model.RandomParameters.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Property loops over the edition 1.1 pathways and the Monte Carlo routes ({@link RandomParameters}). */
class ExtensionPropertiesTest {

    private static final int CASES = 300;
    private static final int HORIZON = 120;

    /** A run size from 1e22 to 1e29 FLOP, log-uniform: from a sliver of a month to censored. */
    private static double flop(SplittableRandom r) {
        return RandomParameters.flop(r, 22, 29);
    }

    private static List<Substrate.System> inventory(SplittableRandom r) {
        int n = 1 + r.nextInt(5);
        List<Substrate.System> systems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            systems.add(new Substrate.System("s" + i, "S" + i, "x", "DE", "acc", 100 + r.nextInt(30_000),
                    uniform(r, 1e14, 3e15), i == 0 || r.nextBoolean(), "operational", "s"));
        }
        return systems;
    }

    private static double t(Pathways.MonthlyFlop f, double c) {
        return Pathways.deliver(f, HORIZON, c).fractionalOrInfinity();
    }

    private static double t(Pathways.Kind kind, Parameters p, List<Substrate.System> inventory, double share, double c) {
        return t(Pathways.of(kind, p, List.of(), inventory, share), c);
    }

    @Test
    void aFasterLeadTimeNeverDelaysItsPathway() {
        SplittableRandom random = new SplittableRandom(11);
        Map<Parameter, List<Pathways.Kind>> affected = Map.of(
                Parameter.TAU_MEDIUM_YEARS, List.of(Pathways.Kind.MESH),
                Parameter.TAU_MEGA_YEARS, List.of(Pathways.Kind.CAMPUS, Pathways.Kind.CAMPUS_PHASED),
                Parameter.TAU_FAST_TRACK_YEARS, List.of(Pathways.Kind.CAMPUS_FAST_TRACK),
                Parameter.TAU_TRANCHE_YEARS, List.of(Pathways.Kind.CAMPUS_PHASED));
        int moved = 0;
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            double c = flop(random);
            for (var e : affected.entrySet()) {
                double tau = p.get(e.getKey());
                Parameters faster = p.with(e.getKey(), tau * random.nextDouble());
                for (Pathways.Kind kind : e.getValue()) {
                    double slow = t(kind, p, List.of(), 1, c);
                    double fast = t(kind, faster, List.of(), 1, c);
                    assertTrue(fast <= slow, kind + " with a faster " + e.getKey().key() + ": " + fast + " > " + slow + " for " + p);
                    moved += fast < slow ? 1 : 0;
                }
            }
        }
        assertTrue(moved > CASES, "the loop should often move a delivery, moved " + moved);
    }

    @Test
    void aLargerShareNeverDelaysThePublicMachines() {
        SplittableRandom random = new SplittableRandom(12);
        int moved = 0;
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            List<Substrate.System> inv = inventory(random);
            double c = RandomParameters.flop(random, 20, 26);
            double share = uniform(random, 0.001, 1);
            double larger = share + (1 - share) * random.nextDouble();
            double small = t(Pathways.Kind.PUBLIC, p, inv, share, c);
            double big = t(Pathways.Kind.PUBLIC, p, inv, larger, c);
            assertTrue(big <= small, "share " + larger + " after share " + share + ": " + big + " > " + small);
            moved += big < small ? 1 : 0;
        }
        assertTrue(moved > CASES / 3, "moved " + moved);
    }

    @Test
    void lowerGoodputNeverMakesAPathwayEarlier() {
        SplittableRandom random = new SplittableRandom(13);
        int moved = 0;
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            List<Substrate.System> inv = inventory(random);
            double c = flop(random);
            Parameters lower = p.with(Parameter.GOODPUT, Math.max(0.01, p.goodput() * random.nextDouble()));
            for (Pathways.Kind kind : Pathways.Kind.values()) {
                double share = kind == Pathways.Kind.PUBLIC ? 0.25 : 1;
                double before = t(kind, p, inv, share, kind == Pathways.Kind.PUBLIC ? c / 1e3 : c);
                double after = t(kind, lower, inv, share, kind == Pathways.Kind.PUBLIC ? c / 1e3 : c);
                assertTrue(after >= before, kind + " earlier with goodput " + lower.goodput() + " than " + p.goodput()
                        + ": " + after + " < " + before);
                moved += after > before ? 1 : 0;
            }
        }
        assertTrue(moved > CASES, "moved " + moved);
    }

    @Test
    void goodputScalesEveryMonthExactly() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            List<Substrate.System> inv = inventory(random);
            double g = uniform(random, 0.01, 1);
            Parameters full = p.with(Parameter.GOODPUT, 1.0);
            Parameters part = p.with(Parameter.GOODPUT, g);
            int m = random.nextInt(HORIZON);
            for (Pathways.Kind kind : Pathways.Kind.values()) {
                double a = Pathways.of(kind, full, List.of(), inv, 0.5).inMonth(m);
                double b = Pathways.of(kind, part, List.of(), inv, 0.5).inMonth(m);
                assertEquals(g * a, b, Math.abs(a) * 1e-12 + 1e-300, kind + " in month " + m);
            }
        }
    }

    /** The Monte Carlo inputs of the edition (overlapping ranges) or of the original (not overlapping). */
    private static MonteCarlo.Spec spec(int draws, long seed, double rho, boolean overlapping) {
        List<MonteCarlo.Input> inputs = overlapping
                ? List.of(
                        new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Triangular(3.0, 7.0, 12.0)),
                        new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Triangular(1.5, 2.6, 5.0)),
                        new MonteCarlo.Input(Parameter.ALPHA0, new Distribution.Uniform(1.0, 1.3)),
                        new MonteCarlo.Input(Parameter.MFU_LOCAL, new Distribution.Uniform(0.30, 0.45)),
                        new MonteCarlo.Input(Parameter.MFU_CENTRAL, new Distribution.Uniform(0.35, 0.45)),
                        new MonteCarlo.Input(Parameter.TAU_FAST_TRACK_YEARS, new Distribution.Triangular(2.0, 3.5, 6.0)),
                        new MonteCarlo.Input(Parameter.TAU_TRANCHE_YEARS, new Distribution.Triangular(2.5, 4.0, 7.0)),
                        new MonteCarlo.Input(Parameter.K_N, new Distribution.Uniform(0.0, 0.20)))
                : PublishedInputs.monteCarlo(draws, seed).inputs();
        return new MonteCarlo.Spec(draws, seed, inputs, 2.0, rho);
    }

    @Test
    void everyMonteCarloProbabilityLiesInZeroToOneAndEveryRouteAtOnceIsTheRarest() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 40; i++) {
            Parameters p = draw(random);
            double rho = random.nextBoolean() ? 0 : uniform(random, 0, 0.95);
            MonteCarlo.Result r = MonteCarlo.run(p, PublishedInputs.headline(), spec(300, i, rho, random.nextBoolean()), HORIZON,
                    GenerationTest.FLEET);
            MonteCarlo.Routes routes = r.routes();
            for (double q : new double[] {r.pMeshFirst(), routes.pMeshBeforeFastTrack(), routes.pMeshBeforePhased(),
                    routes.pMeshBeforeEveryCampus()}) {
                assertTrue(q >= 0 && q <= 1, "probability " + q + " for " + p);
            }
            double every = routes.pMeshBeforeEveryCampus();
            assertTrue(every <= r.pMeshFirst() && every <= routes.pMeshBeforeFastTrack() && every <= routes.pMeshBeforePhased(),
                    "every route at once " + every + " above one route");
            for (double[] cdf : new double[][] {r.pMeshDeliveredByMonth(), r.pCampusDeliveredByMonth()}) {
                for (int m = 0; m < cdf.length; m++) {
                    assertTrue(cdf[m] >= 0 && cdf[m] <= 1 && (m == 0 || cdf[m] >= cdf[m - 1]), "delivered by month " + m);
                }
            }
        }
    }

    @Test
    void withTheOriginalNonOverlappingRangesTheMeshIsAlwaysFirst() {
        // tau_medium at most 4.0 years: the mesh computes by month 49 and delivers 405B in it;
        // tau_mega at least 5.5: the campus starts in month 67 at the earliest.
        for (double rho : new double[] {0, 0.5}) {
            MonteCarlo.Result r = MonteCarlo.run(PublishedInputs.baseline(), PublishedInputs.headline(),
                    spec(5_000, 3, rho, false), HORIZON);
            assertEquals(1.0, r.pMeshFirst(), 0.0, "rho " + rho);
        }
    }

    @Test
    void withOverlappingRangesTheMeshIsSometimesSecond() {
        // tau_mega can be 3.0 years (campus from month 37), tau_medium 5.0 (mesh from month 61): not pinned to 1.
        for (double rho : new double[] {0, 0.5}) {
            MonteCarlo.Result r = MonteCarlo.run(PublishedInputs.baseline(), PublishedInputs.headline(),
                    spec(50_000, 4, rho, true), HORIZON);
            assertTrue(r.pMeshFirst() < 1 && r.pMeshFirst() > 0.9, "P(mesh first) " + r.pMeshFirst() + " at rho " + rho);
            assertTrue(r.routes().pMeshBeforeFastTrack() < r.pMeshFirst(), "fast track is the harder route at rho " + rho);
        }
    }

    @Test
    void aPositiveLeadTimeCorrelationMakesTheMeshFirstMoreOften() {
        // The campus lead time dominates the medium one quantile by quantile (Triangular(3, 7, 12) above
        // Triangular(1.5, 2.6, 5.0) at every u), so tying the two together removes most reversals.
        MonteCarlo.Result independent = MonteCarlo.run(PublishedInputs.baseline(), PublishedInputs.headline(),
                spec(50_000, 5, 0, true), HORIZON);
        MonteCarlo.Result tied = MonteCarlo.run(PublishedInputs.baseline(), PublishedInputs.headline(),
                spec(50_000, 5, 0.9, true), HORIZON);
        assertTrue(tied.pMeshFirst() > independent.pMeshFirst(),
                "rho 0.9: " + tied.pMeshFirst() + ", rho 0: " + independent.pMeshFirst());
    }
}
