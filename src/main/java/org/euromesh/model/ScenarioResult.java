package org.euromesh.model;

import java.util.List;
import java.util.OptionalInt;

/** Layer 2 for one scenario: both ramps over the horizon and the delivery of every target. */
public record ScenarioResult(
        String scenario,
        Parameters parameters,
        double[] meshMonthlyFlop,
        double[] meshCumulativeFlop,
        double[] campusMonthlyFlop,
        double[] campusCumulativeFlop,
        List<TargetDelivery> deliveries,
        List<PathwayRun> pathways) {

    public ScenarioResult {
        deliveries = List.copyOf(deliveries);
        pathways = List.copyOf(pathways);
    }

    /**
     * One pathway over the horizon: its kind, the allocated share (public machines only, else 1),
     * cumulative compute, the delivery of every target (in the order of the targets) and of the
     * headline programme (the headline run times {@code programme_multiplier}).
     */
    public record PathwayRun(Pathways.Kind kind, double share, double[] cumulativeFlop, List<Delivery> deliveries,
            Delivery programme, List<Boolean> extrapolated) {
        public PathwayRun {
            deliveries = List.copyOf(deliveries);
            extrapolated = List.copyOf(extrapolated);
        }
    }

    /**
     * Whether a run of {@code target} on {@code replicas} low-communication replicas lies beyond the
     * evidence: more replicas than {@code maxReplicas}, or a model larger than {@code maxParameters}
     * trained on more than one replica. A single synchronous site is never an extrapolation.
     */
    public static boolean extrapolated(int replicas, Target target, int maxReplicas, double maxParameters) {
        return replicas > 1 && (replicas > maxReplicas || target.parameters() > maxParameters);
    }

    /** The runs of one kind (several for the public machines, one for the others). */
    public List<PathwayRun> pathways(Pathways.Kind kind) {
        return pathways.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Mesh and campus delivery of one target. */
    public record TargetDelivery(Target target, Delivery mesh, Delivery campus) {

        /** Campus month minus mesh month (positive: the mesh is first); empty if either is censored. */
        public OptionalInt gapMonths() {
            if (mesh.delivered() && campus.delivered()) {
                return OptionalInt.of(campus.monthIndex().getAsInt() - mesh.monthIndex().getAsInt());
            }
            return OptionalInt.empty();
        }

        /** Gap in fractional months; infinite when exactly one side is censored, NaN when both are. */
        public double gapFractional() {
            return campus.fractionalOrInfinity() - mesh.fractionalOrInfinity();
        }

        /** Whether the mesh delivers strictly before the campus (a censored campus counts as later). */
        public boolean meshFirst() {
            return mesh.fractionalOrInfinity() < campus.fractionalOrInfinity();
        }
    }

    public TargetDelivery delivery(String targetId) {
        return deliveries.stream().filter(d -> d.target().id().equals(targetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + targetId));
    }

    /** Mesh and campus only, on the base hardware (the original model's two pathways). */
    public static ScenarioResult run(String name, Parameters p, List<Target> targets, int horizonMonths) {
        return run(name, p, targets, targets.get(targets.size() - 1), horizonMonths, List.of(), List.of(), List.of());
    }

    /** Every pathway: the mesh, the campus on its three routes, and the public machines at each share. */
    public static ScenarioResult run(String name, Parameters p, List<Target> targets, Target headline, int horizonMonths,
            List<Generation> fleet, List<Substrate.System> inventory, List<Double> publicShares) {
        return run(name, p, targets, headline, horizonMonths, fleet, inventory, publicShares, Integer.MAX_VALUE,
                Double.POSITIVE_INFINITY);
    }

    /** As above, with the evidence limits that mark a federated run extrapolated. */
    public static ScenarioResult run(String name, Parameters p, List<Target> targets, Target headline, int horizonMonths,
            List<Generation> fleet, List<Substrate.System> inventory, List<Double> publicShares, int evidenceMaxReplicas,
            double evidenceMaxParameters) {
        int meshReplicas = Math.min(p.meshSites(), p.maxReplicas());
        int publicReplicas = (int) inventory.stream().filter(Substrate.System::euroHpc).count();
        double[] mesh = Pathways.monthly(Pathways.mesh(p, fleet), horizonMonths);
        double[] campus = Pathways.monthly(Pathways.campus(p, fleet), horizonMonths);
        List<TargetDelivery> deliveries = targets.stream()
                .map(t -> new TargetDelivery(t, Pathways.deliver(mesh, t.requiredFlop()), Pathways.deliver(campus, t.requiredFlop())))
                .toList();
        List<PathwayRun> runs = new java.util.ArrayList<>();
        double programme = headline.requiredFlop() * p.programmeMultiplier();
        for (Pathways.Kind kind : Pathways.Kind.values()) {
            // A share written twice is one run of the public machines, drawn and tabled once.
            List<Double> shares = kind == Pathways.Kind.PUBLIC ? (inventory.isEmpty() ? List.of() : publicShares.stream().distinct().toList())
                    : List.of(1.0);
            for (double share : shares) {
                double[] monthly = switch (kind) {
                    case MESH -> mesh;
                    case CAMPUS -> campus;
                    default -> Pathways.monthly(Pathways.of(kind, p, fleet, inventory, share), horizonMonths);
                };
                int replicas = kind == Pathways.Kind.MESH ? meshReplicas : kind == Pathways.Kind.PUBLIC ? publicReplicas : 1;
                runs.add(new PathwayRun(kind, share, Pathways.cumulative(monthly),
                        targets.stream().map(t -> Pathways.deliver(monthly, t.requiredFlop())).toList(),
                        Pathways.deliver(monthly, programme),
                        targets.stream().map(t -> extrapolated(replicas, t, evidenceMaxReplicas, evidenceMaxParameters)).toList()));
            }
        }
        return new ScenarioResult(name, p, mesh, Pathways.cumulative(mesh), campus, Pathways.cumulative(campus), deliveries, runs);
    }
}
