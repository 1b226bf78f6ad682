package org.euromesh.model;

import java.util.List;

/**
 * One Monte Carlo draw (docs/MODEL.md §11.2) with what every draw shares worked out once: the
 * inputs as arrays, the copula's two weights, the required compute. A draw writes the fractional
 * delivery of the four routes into a {@link Routes} at its index.
 */
final class Sampler {

    /** The four routes of each draw of a wave, indexed by draw. */
    static final class Routes {
        final double[] mesh;
        final double[] campus;
        final double[] fastTrack;
        final double[] phased;

        Routes(int draws) {
            mesh = new double[draws];
            campus = new double[draws];
            fastTrack = new double[draws];
            phased = new double[draws];
        }
    }

    private final Parameters base;
    private final int[] slots;
    private final Distribution[] distributions;
    private final boolean[] correlated;
    private final boolean copula;
    private final double commonWeight;
    private final double ownWeight;
    private final double requiredFlop;
    private final int horizonMonths;
    private final List<Generation> fleet;

    Sampler(Parameters base, Target headline, MonteCarlo.Spec spec, int horizonMonths, List<Generation> fleet) {
        this.base = base;
        int n = spec.inputs().size();
        slots = new int[n];
        distributions = new Distribution[n];
        correlated = new boolean[n];
        double rho = spec.leadTimeCorrelation();
        copula = rho != 0;
        for (int k = 0; k < n; k++) {
            MonteCarlo.Input in = spec.inputs().get(k);
            slots[k] = in.parameter().ordinal();
            distributions[k] = in.distribution();
            correlated[k] = copula && in.parameter().leadTime();
        }
        commonWeight = StrictMath.sqrt(rho);
        ownWeight = StrictMath.sqrt(1 - rho);
        requiredFlop = headline.requiredFlop();
        this.horizonMonths = horizonMonths;
        this.fleet = List.copyOf(fleet);
    }

    /** The next {@code count} draws of one block's stream, written into {@code out} from index {@code at}. */
    void draw(SplitMix64 random, int count, Routes out, int at) {
        double[] values = base.values(); // every draw overwrites the same inputs, so one copy serves the block
        for (int i = at; i < at + count; i++) {
            Parameters p = sample(random, values);
            out.mesh[i] = Pathways.deliver(Pathways.mesh(p, fleet), horizonMonths, requiredFlop).fractionalOrInfinity();
            out.campus[i] = Pathways.deliver(Pathways.campus(p, fleet), horizonMonths, requiredFlop).fractionalOrInfinity();
            out.fastTrack[i] = Pathways.deliver(Pathways.fastTrackCampus(p, fleet), horizonMonths, requiredFlop).fractionalOrInfinity();
            out.phased[i] = Pathways.deliver(Pathways.phasedCampus(p, fleet), horizonMonths, requiredFlop).fractionalOrInfinity();
        }
    }

    private Parameters sample(SplitMix64 random, double[] values) {
        double common = copula ? MonteCarlo.normal(random) : 0;
        for (int k = 0; k < slots.length; k++) {
            if (correlated[k]) {
                double z = commonWeight * common + ownWeight * MonteCarlo.normal(random);
                values[slots[k]] = distributions[k].quantile(MonteCarlo.normalCdf(z));
            } else {
                values[slots[k]] = distributions[k].sample(random);
            }
        }
        return base.withDrawn(values, slots);
    }
}
