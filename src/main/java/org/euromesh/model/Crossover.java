package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Layer 2b: how large a run must be before the campus catches up with a mesh of a given size. */
public final class Crossover {

    /** Search resolution: 0.01 decades of log10(C). */
    static final int STEPS_PER_DECADE = 100;

    private Crossover() {
    }

    public record SweepPoint(int meshSites, double targetFlop, Delivery mesh, Delivery campus) {
    }

    /**
     * Smallest target (on a grid of 0.01 decades) for which the campus delivers no later than a
     * mesh of {@code meshSites}; empty when there is none the campus can finish inside the horizon.
     */
    public record Threshold(int meshSites, OptionalDouble crossoverFlop) {
    }

    public static List<SweepPoint> sweep(Parameters base, List<Double> targetsFlop, int horizonMonths) {
        return sweep(base, targetsFlop, horizonMonths, base.maxReplicas(), List.of());
    }

    /** Meshes of 1 to {@code maxSites} sites, every site in the run, against the campus. */
    public static List<SweepPoint> sweep(Parameters base, List<Double> targetsFlop, int horizonMonths, int maxSites,
            List<Generation> fleet) {
        List<SweepPoint> points = new ArrayList<>();
        double[] campus = Pathways.monthly(Pathways.campus(base, fleet), horizonMonths);
        for (int sites = 1; sites <= maxSites; sites++) {
            double[] mesh = Pathways.monthly(Pathways.mesh(meshOf(base, sites), fleet), horizonMonths);
            for (double c : targetsFlop) {
                points.add(new SweepPoint(sites, c, Pathways.deliver(mesh, c), Pathways.deliver(campus, c)));
            }
        }
        return List.copyOf(points);
    }

    public static List<Threshold> thresholds(Parameters base, double fromFlop, int horizonMonths) {
        return thresholds(base, fromFlop, horizonMonths, base.maxReplicas(), List.of());
    }

    public static List<Threshold> thresholds(Parameters base, double fromFlop, int horizonMonths, int maxSites,
            List<Generation> fleet) {
        double[] campus = Pathways.monthly(Pathways.campus(base, fleet), horizonMonths);
        double campusMax = Pathways.cumulative(campus)[horizonMonths - 1];
        List<Threshold> out = new ArrayList<>();
        for (int sites = 1; sites <= maxSites; sites++) {
            double[] mesh = Pathways.monthly(Pathways.mesh(meshOf(base, sites), fleet), horizonMonths);
            out.add(new Threshold(sites, threshold(mesh, campus, fromFlop, campusMax)));
        }
        return List.copyOf(out);
    }

    /** A mesh of exactly {@code sites} sites, all of them in the run. */
    static Parameters meshOf(Parameters base, int sites) {
        return base.with(Parameter.MESH_SITES, sites).with(Parameter.MAX_REPLICAS, sites);
    }

    static OptionalDouble threshold(double[] mesh, double[] campus, double fromFlop, double campusMaxFlop) {
        if (!(campusMaxFlop > 0)) {
            return OptionalDouble.empty();
        }
        int first = (int) Math.ceil(Fdlibm.log10(fromFlop) * STEPS_PER_DECADE - 1e-9);
        int last = (int) Math.floor(Fdlibm.log10(campusMaxFlop) * STEPS_PER_DECADE + 1e-9);
        for (int k = first; k <= last; k++) {
            double c = Fdlibm.pow(10, k / (double) STEPS_PER_DECADE);
            if (c > campusMaxFlop) {
                break;
            }
            double campusT = Pathways.deliver(campus, c).fractionalOrInfinity();
            double meshT = Pathways.deliver(mesh, c).fractionalOrInfinity();
            if (campusT <= meshT) {
                return OptionalDouble.of(c);
            }
        }
        return OptionalDouble.empty();
    }
}
