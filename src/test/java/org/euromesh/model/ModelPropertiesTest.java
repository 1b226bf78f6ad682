package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Property-style loops over random valid parameter sets (fixed seed, plain JUnit). */
class ModelPropertiesTest {

    private static final int CASES = 500;
    private static final int HORIZON = 120;

    private static double uniform(SplittableRandom r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    /** A random parameter set inside each parameter's valid range, wide enough to hit clamps, caps and censoring. */
    private static Parameters draw(SplittableRandom r) {
        Map<Parameter, Double> v = new EnumMap<>(Parameter.class);
        v.put(Parameter.GPU_KW, uniform(r, 0.7, 2.0));
        v.put(Parameter.SITE_MW, uniform(r, 5, 100));
        v.put(Parameter.CAMPUS_MW, uniform(r, 100, 3000));
        v.put(Parameter.ALPHA0, uniform(r, 0.8, 1.6));
        v.put(Parameter.K_H, uniform(r, -0.2, 0.3));
        v.put(Parameter.K_N, uniform(r, -0.05, 0.15));
        v.put(Parameter.INNER_STEPS, uniform(r, 10, 5000));
        v.put(Parameter.ALPHA_CAP, uniform(r, 1.0, 2.0));
        v.put(Parameter.MFU_LOCAL, uniform(r, 0.2, 0.6));
        v.put(Parameter.MFU_CENTRAL, uniform(r, 0.2, 0.6));
        v.put(Parameter.MESH_SITES, (double) r.nextInt(0, 61));
        v.put(Parameter.MAX_REPLICAS, (double) r.nextInt(1, 33));
        v.put(Parameter.MESH_STAGGER_MONTHS, (double) r.nextInt(0, 13));
        v.put(Parameter.COMMISSIONING_MONTHS, (double) r.nextInt(0, 7));
        v.put(Parameter.MESH_RAMP_MONTHS, (double) r.nextInt(1, 25));
        v.put(Parameter.CAMPUS_RAMP_MONTHS, (double) r.nextInt(1, 25));
        v.put(Parameter.TAU_MEGA_YEARS, uniform(r, 0, 12));
        v.put(Parameter.TAU_MEDIUM_YEARS, uniform(r, 0, 12));
        return PublishedInputs.baseline().with(v);
    }

    private static void assertNeverDecreases(double[] monthly, double[] cumulative, String what) {
        for (int m = 0; m < monthly.length; m++) {
            assertTrue(monthly[m] >= 0, what + ": negative compute in month " + m);
            if (m > 0) {
                assertTrue(cumulative[m] >= cumulative[m - 1], what + ": cumulative falls in month " + m);
            }
        }
    }

    @Test
    void cumulativeComputeNeverDecreasesAndNothingRunsBeforeTheFirstStart() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            double[] mesh = Pathways.meshMonthlyFlop(p, HORIZON);
            double[] campus = Pathways.campusMonthlyFlop(p, HORIZON);
            assertNeverDecreases(mesh, Pathways.cumulative(mesh), "mesh " + p);
            assertNeverDecreases(campus, Pathways.cumulative(campus), "campus " + p);
            for (int m = 0; m < Math.min(HORIZON, Pathways.meshStartMonth(p, 0)); m++) {
                assertEquals(0.0, mesh[m], 0.0, "mesh before its start in month " + m + ": " + p);
            }
            for (int m = 0; m < Math.min(HORIZON, Pathways.campusStartMonth(p)); m++) {
                assertEquals(0.0, campus[m], 0.0, "campus before its start in month " + m + ": " + p);
            }
        }
    }

    @Test
    void alphaStaysBetweenOneAndTheCap() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            for (int m = 1; m <= 64; m++) {
                double h = uniform(random, 1, 100_000);
                double a = Efficiency.alpha(p, h, m);
                assertTrue(a >= 1 && a <= p.alphaCap(), "alpha(" + h + ", " + m + ") = " + a + " for " + p);
            }
        }
    }

    @Test
    void aDeliveredMonthReachesTheTargetAndThePreviousMonthDoesNot() {
        SplittableRandom random = new SplittableRandom(3);
        int delivered = 0;
        int censored = 0;
        for (int i = 0; i < CASES; i++) {
            Parameters p = draw(random);
            for (double[] monthly : new double[][] {Pathways.meshMonthlyFlop(p, HORIZON), Pathways.campusMonthlyFlop(p, HORIZON)}) {
                double[] cum = Pathways.cumulative(monthly);
                double c = Math.pow(10, uniform(random, 20, 29));
                Delivery d = Pathways.deliver(monthly, c);
                if (d instanceof Delivery.Delivered del) {
                    delivered++;
                    int m = del.month();
                    assertTrue(cum[m] >= c, "Cum(" + m + ") < C = " + c + " for " + p);
                    assertTrue(m == 0 || cum[m - 1] < c, "Cum(" + (m - 1) + ") already reaches C = " + c + " for " + p);
                    assertTrue(del.fractionalMonth() > m && del.fractionalMonth() <= m + 1, "fractional " + del.fractionalMonth());
                } else {
                    censored++;
                    assertTrue(cum[HORIZON - 1] < c, "censored although Cum(119) reaches C = " + c + " for " + p);
                }
            }
        }
        // the draws must exercise both outcomes, or the loop proves nothing
        assertTrue(delivered > CASES / 4 && censored > CASES / 4, delivered + " delivered, " + censored + " censored");
    }
}
