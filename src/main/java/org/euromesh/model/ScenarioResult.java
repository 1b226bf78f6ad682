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
        List<TargetDelivery> deliveries) {

    public ScenarioResult {
        deliveries = List.copyOf(deliveries);
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

    public static ScenarioResult run(String name, Parameters p, List<Target> targets, int horizonMonths) {
        double[] mesh = Pathways.meshMonthlyFlop(p, horizonMonths);
        double[] campus = Pathways.campusMonthlyFlop(p, horizonMonths);
        List<TargetDelivery> deliveries = targets.stream()
                .map(t -> new TargetDelivery(t, Pathways.deliver(mesh, t.requiredFlop()), Pathways.deliver(campus, t.requiredFlop())))
                .toList();
        return new ScenarioResult(name, p, mesh, Pathways.cumulative(mesh), campus, Pathways.cumulative(campus), deliveries);
    }
}
