package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MODEL.md §2: the single-site rule alpha(H, 1) = 1 when single_site_synchronous = 1. */
class SingleSiteAlphaTest {

    private static final Parameters OFF = PublishedInputs.baseline();
    private static final Parameters ON = OFF.with(Parameter.SINGLE_SITE_SYNCHRONOUS, 1);

    @Test
    void withTheSwitchOnOneReplicaTrainsSynchronouslyAtAnyInnerSteps() {
        for (double h : new double[] {1, 100, 500, 5000, 1e6}) {
            assertEquals(1.0, Efficiency.alpha(ON, h, 1), 0.0, "H = " + h);
        }
        assertEquals(1.0, Efficiency.alpha(ON.with(Parameter.ALPHA0, 1.6), 1), 0.0);
    }

    @Test
    void withTheSwitchOffOneReplicaPaysAlpha0PlusTheInnerStepsTerm() {
        // 1.10 + 0.12 * log10(100 / 500) = 1.10 - 0.12 * 0.698970004336 = 1.016123599480
        assertEquals(1.016123599480, Efficiency.alpha(OFF, 100, 1), 1e-12);
        // H = H_ref: 1.10; H = 5000: 1.10 + 0.12 = 1.22
        assertEquals(1.10, Efficiency.alpha(OFF, 500, 1), 1e-12);
        assertEquals(1.22, Efficiency.alpha(OFF, 5000, 1), 1e-12);
    }

    @Test
    void withTheSwitchOffTheOneReplicaValueIsClampedToOneAndTheCap() {
        // alpha0 0.9 at H_ref: raw 0.9, clamped up to 1
        assertEquals(1.0, Efficiency.alpha(OFF.with(Parameter.ALPHA0, 0.9), 500, 1), 0.0);
        // alpha0 1.6 above the cap 1.5
        assertEquals(1.5, Efficiency.alpha(OFF.with(Parameter.ALPHA0, 1.6), 500, 1), 0.0);
    }

    @Test
    void twoReplicasAreTheSameWithTheSwitchOnOrOff() {
        // 1.10 + 0 + 0.04 * log2(2) = 1.14; at H = 100: 1.016123599480 + 0.04 = 1.056123599480
        for (Parameters p : new Parameters[] {OFF, ON}) {
            assertEquals(1.14, Efficiency.alpha(p, 500, 2), 1e-12);
            assertEquals(1.056123599480, Efficiency.alpha(p, 100, 2), 1e-12);
        }
        // and eight: 1.10 + 0.04 * 3 = 1.22
        assertEquals(1.22, Efficiency.alpha(ON, 500, 8), 1e-12);
    }

    @Test
    void noReplicaIsAlphaOneEitherWay() {
        assertEquals(1.0, Efficiency.alpha(OFF, 500, 0), 0.0);
        assertEquals(1.0, Efficiency.alpha(ON, 500, 0), 0.0);
    }

    @Test
    void aOneSiteMeshDeliversTheFullSiteWithTheSwitchOnAndDividesBy1point10WithItOff() {
        // one site of floor(40 000 / 1.4) = 28 571 GPUs, 9.89e14 * 0.40 * 2 592 000 FLOP per GPU-month
        double site = 28_571 * (9.89e14 * 0.40 * 2_592_000);
        Parameters one = Crossover.meshOf(OFF, 1);
        assertEquals(site / 1.10, Pathways.mesh(one).inMonth(33), site * 1e-12);
        Parameters oneOn = Crossover.meshOf(ON, 1);
        assertEquals(site, Pathways.mesh(oneOn).inMonth(33), site * 1e-12);
    }

    @Test
    void aStaggeredMeshIsSynchronousOnlyWhileOneSiteRuns() {
        // two sites, stagger 3: months 33-35 one site (alpha 1 with the switch), from 36 two sites (alpha 1.14)
        Parameters p = Crossover.meshOf(ON, 2).with(Parameter.MESH_STAGGER_MONTHS, 3);
        double site = 28_571 * (9.89e14 * 0.40 * 2_592_000);
        Pathways.MonthlyFlop mesh = Pathways.mesh(p);
        assertEquals(site, mesh.inMonth(35), site * 1e-12);
        assertEquals(2 * site / 1.14, mesh.inMonth(36), site * 1e-12);
    }

    @Test
    void withOneEuroHpcSystemThePublicMachinesPayNoAlphaWithTheSwitchOn() {
        var one = java.util.List.of(new Substrate.System("a", "A", "x", "DE", "acc", 1_000, 1e15, true, "operational", "s"));
        // 0.5 * 1e18 * 0.35 * goodput 1 * mixed 1 (one system) * 2 592 000 / alpha
        double f = 0.5 * 1e18 * 0.35 * 2_592_000;
        assertEquals(f, Pathways.publicMachines(ON, one, 0.5).inMonth(6), f * 1e-12);
        assertEquals(f / 1.10, Pathways.publicMachines(OFF, one, 0.5).inMonth(6), f * 1e-12);
    }
}
