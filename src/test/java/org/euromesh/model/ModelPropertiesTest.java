package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.euromesh.model.RandomParameters.draw;
import static org.euromesh.model.RandomParameters.flop;
import static org.euromesh.model.RandomParameters.uniform;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Property-style loops over random valid parameter sets ({@link RandomParameters}). */
class ModelPropertiesTest {

    private static final int CASES = 500;
    private static final int HORIZON = 120;

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
                double c = flop(random, 20, 29);
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
