package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;

/** Layer 1: the compute penalty {@code alpha} of low-communication (DiLoCo-style) training. */
public final class Efficiency {

    private Efficiency() {
    }

    /**
     * {@code alpha(H, M) = clamp(alpha0 + k_H log10(H / H_ref) + k_N log2(M), 1, alpha_cap)}.
     * With no replica online there is no throughput, so alpha is irrelevant and taken as 1; with
     * {@code single_site_synchronous} one site trains synchronously, so alpha(H, 1) = 1.
     */
    public static double alpha(Parameters p, double innerSteps, int replicas) {
        if (replicas < 1 || replicas == 1 && p.singleSiteSynchronous()) {
            return 1.0;
        }
        double raw = p.alpha0()
                + p.kH() * Fdlibm.log10(innerSteps / p.hRefSteps())
                + Fdlibm.log(replicas) / Fdlibm.log(2) * p.kN(); // not kN * (a / b): see TeaVmArithmeticTest
        return Math.min(p.alphaCap(), Math.max(1.0, raw));
    }

    /** Alpha at the run's own inner steps. */
    public static double alpha(Parameters p, int replicas) {
        return alpha(p, p.innerSteps(), replicas);
    }

    /** One row of the efficiency table. */
    public record Row(int replicas, double innerSteps, double alpha, double efficiency, boolean extrapolated) {
    }

    /** Alpha and 1/alpha over every (M, H) pair; M beyond the evidence is marked extrapolated. */
    public static List<Row> table(Parameters p, List<Integer> replicas, List<Double> innerSteps, int evidenceMaxReplicas) {
        List<Row> rows = new ArrayList<>();
        for (int m : replicas) {
            for (double h : innerSteps) {
                double a = alpha(p, h, m);
                rows.add(new Row(m, h, a, 1 / a, m > evidenceMaxReplicas));
            }
        }
        return List.copyOf(rows);
    }

    /** Alpha at the run's inner steps for one replica count, at the low and the high end of the k_N range. */
    public record Spread(int replicas, double kNLow, double kNHigh, double alphaLow, double alphaHigh, boolean extrapolated) {
    }

    /**
     * The penalty range the report considers: alpha at the run's own inner steps for each replica
     * count, with k_N at the low and the high end of its sensitivity range (every other parameter
     * at baseline); empty when the sensitivity analysis does not vary k_N.
     */
    public static List<Spread> spread(ModelInputs in) {
        return spread(in.headlineParameters(), in.efficiencyReplicas(), in.sensitivity(), in.evidenceMaxReplicas());
    }

    /** As {@link #spread(ModelInputs)}, for the given parameters, replica counts and ranges. */
    public static List<Spread> spread(Parameters p, List<Integer> replicas, List<Sensitivity.Range> sensitivity,
            int evidenceMaxReplicas) {
        List<Spread> rows = new ArrayList<>();
        for (Sensitivity.Range range : sensitivity) {
            if (range.parameter() != Parameter.K_N) {
                continue;
            }
            Parameters low = p.with(Parameter.K_N, range.low());
            Parameters high = p.with(Parameter.K_N, range.high());
            for (int m : replicas) {
                rows.add(new Spread(m, range.low(), range.high(), alpha(low, m), alpha(high, m), m > evidenceMaxReplicas));
            }
            break;
        }
        return List.copyOf(rows);
    }
}
