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
                + p.kH() * StrictMath.log10(innerSteps / p.hRefSteps())
                + p.kN() * (StrictMath.log(replicas) / StrictMath.log(2));
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
}
