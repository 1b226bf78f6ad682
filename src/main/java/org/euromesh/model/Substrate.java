package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;

/** Layer 2c: the public machines Europe already owns, and how long they would take to train each target. */
public final class Substrate {

    private Substrate() {
    }

    /** One system of the inventory; {@code peakFlopPerS} is dense BF16 per accelerator. */
    public record System(String id, String name, String site, String country, String accelerator,
            int count, double peakFlopPerS, boolean euroHpc, String status, String source) {
        public System {
            if (count <= 0 || !(peakFlopPerS > 0)) {
                throw new IllegalArgumentException("system " + id + " needs a positive count and peak");
            }
        }

        public double aggregateFlopPerS() {
            return count * peakFlopPerS;
        }
    }

    /** Days to train {@code target} with the allocated {@code fraction} of {@code systems}. */
    public record Days(String systems, double fraction, String target, double days) {
    }

    public record Result(double euroHpcPeakFlopPerS, int euroHpcSystems, double allPeakFlopPerS, int allSystems,
            List<Days> days) {
        public Result {
            days = List.copyOf(days);
        }

        public List<Days> days(String systems) {
            return days.stream().filter(d -> d.systems().equals(systems)).toList();
        }
    }

    public static final String EUROHPC = "eurohpc";
    public static final String ALL = "all";

    public static Result run(Parameters p, List<System> inventory, List<Target> targets, List<Double> fractions) {
        List<System> euroHpc = inventory.stream().filter(System::euroHpc).toList();
        double euroPeak = peak(euroHpc);
        double allPeak = peak(inventory);
        List<Days> days = new ArrayList<>();
        for (double f : fractions) {
            for (Target t : targets) {
                days.add(new Days(EUROHPC, f, t.id(), days(p, t.requiredFlop(), euroPeak, euroHpc.size(), f)));
            }
        }
        for (double f : fractions) {
            for (Target t : targets) {
                days.add(new Days(ALL, f, t.id(), days(p, t.requiredFlop(), allPeak, inventory.size(), f)));
            }
        }
        return new Result(euroPeak, euroHpc.size(), allPeak, inventory.size(), days);
    }

    /** {@code days = C alpha(H, M_systems) / (f * peak * mfu_substrate) / 86400}. */
    public static double days(Parameters p, double requiredFlop, double peakFlopPerS, int systems, double fraction) {
        return requiredFlop * Efficiency.alpha(p, systems) / (fraction * peakFlopPerS * p.mfuSubstrate()) / 86_400;
    }

    private static double peak(List<System> systems) {
        return Sums.sum(systems, System::aggregateFlopPerS);
    }
}
