package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md §11.2: the Gaussian copula over the lead-time inputs. */
class CopulaTest {

    private static final int HORIZON = 160;
    /** A tiny run, delivered in each pathway's first month, so delivery time is start month + a constant. */
    private static final Target TINY = new Target("tiny", 1e9, 1e9);

    private static MonteCarlo.Spec spec(int draws, long seed, double rho) {
        return new MonteCarlo.Spec(draws, seed, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Triangular(3.0, 7.0, 12.0)),
                new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Triangular(1.5, 2.6, 5.0)),
                new MonteCarlo.Input(Parameter.ALPHA0, new Distribution.Uniform(1.0, 1.3))), 2.0, rho);
    }

    @Test
    void normalCdfMatchesTheStandardNormal() {
        // Phi(0) = 0.5; Phi(1.96) = 0.9750021048517795 (not 0.975: 1.96 is a rounded quantile);
        // A&S 26.2.17 is within 7.5e-8.
        assertEquals(0.5, MonteCarlo.normalCdf(0), 1e-7);
        assertEquals(0.9750021048517795, MonteCarlo.normalCdf(1.96), 1e-7);
        assertEquals(0.0249978951482205, MonteCarlo.normalCdf(-1.96), 1e-7);
        assertEquals(0.975, MonteCarlo.normalCdf(1.96), 2.2e-6);
        assertEquals(0.025, MonteCarlo.normalCdf(-1.96), 2.2e-6);
        // Phi(1) = 0.8413447460685429, Phi(-3) = 0.0013498980316301
        assertEquals(0.8413447460685429, MonteCarlo.normalCdf(1), 1e-7);
        assertEquals(0.0013498980316301, MonteCarlo.normalCdf(-3), 1e-7);
    }

    @Test
    void normalCdfIsSymmetricMonotoneAndNeverOne() {
        double previous = 0;
        for (double z = -8; z <= 8; z += 0.01) {
            double c = MonteCarlo.normalCdf(z);
            assertTrue(c >= previous, "Phi falls at " + z);
            assertEquals(1.0, c + MonteCarlo.normalCdf(-z), 1e-12, "symmetry at " + z);
            previous = c;
        }
        assertTrue(MonteCarlo.normalCdf(40) < 1.0);
        assertTrue(MonteCarlo.normalCdf(-40) >= 0.0);
    }

    /** Per-draw start months: one Monte Carlo of one draw per seed; the median of one draw is that draw. */
    private static double[][] drawsBySeed(int n, double rho) {
        double[] mesh = new double[n];
        double[] campus = new double[n];
        Parameters base = PublishedInputs.baseline();
        for (int i = 0; i < n; i++) {
            MonteCarlo.Result r = MonteCarlo.run(base, TINY, spec(1, 1_000 + i, rho), HORIZON);
            mesh[i] = r.mesh().p50();
            campus[i] = r.campus().p50();
        }
        return new double[][] {mesh, campus};
    }

    /** Spearman's rank correlation with average ranks for ties (delivery months tie often). */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElseThrow();
        double my = Arrays.stream(ry).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] rank = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = average;
            }
            i = j + 1;
        }
        return rank;
    }

    @Test
    void theSpearmanHelperIsRight() {
        assertEquals(1.0, spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40}), 1e-12);
        assertEquals(-1.0, spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), 1e-12);
        // ranks x (1, 2, 3), y (1.5, 1.5, 3): r = 0.8660254
        assertEquals(Math.sqrt(3) / 2, spearman(new double[] {1, 2, 3}, new double[] {5, 5, 9}), 1e-12);
    }

    @Test
    void aStrongLeadTimeCorrelationMakesTheTwoLeadTimesMoveTogether() {
        // Gaussian copula rho = 0.9: Spearman = (6 / pi) asin(0.45) = 0.89; month rounding lowers it a little
        double[][] d = drawsBySeed(400, 0.9);
        double rs = spearman(d[0], d[1]);
        assertTrue(rs > 0.75, "rank correlation at rho 0.9: " + rs);
    }

    @Test
    void withoutCorrelationTheLeadTimesAreAboutIndependent() {
        // n = 400: the sample rank correlation of independent draws has sd about 1 / sqrt(399) = 0.05
        double[][] d = drawsBySeed(400, 0.0);
        double rs = spearman(d[0], d[1]);
        assertTrue(Math.abs(rs) < 0.15, "rank correlation at rho 0: " + rs);
    }

    @Test
    void theCopulaKeepsEachLeadTimesMarginal() {
        // Start months (e + 1) of the marginal quantiles by hand, the tiny run adding a sliver of a month:
        // tau_medium Triangular(1.5, 2.6, 5.0), split 1.1 / 3.5 = 0.314:
        //   P5  1.5 + sqrt(0.05 * 3.5 * 1.1) = 1.9387 y = 23.26 months: e 24, start 25
        //   P50 5 - sqrt(0.5 * 3.5 * 2.4)    = 2.9506 y = 35.41 months: e 36, start 37
        //   P95 5 - sqrt(0.05 * 3.5 * 2.4)   = 4.3519 y = 52.22 months: e 53, start 54
        // tau_mega Triangular(3, 7, 12), split 4 / 9 = 0.444:
        //   P5  3 + sqrt(0.05 * 9 * 4)       = 4.3416 y = 52.10 months: e 53, start 54
        //   P50 12 - sqrt(0.5 * 9 * 5)       = 7.2566 y = 87.08 months: e 88, start 89
        //   P95 12 - sqrt(0.05 * 9 * 5)      = 10.5 y   = 126 months:   e 126, start 127
        // A copula with the wrong variance (say rho g + (1 - rho) e) moves P5 and P95 by two months or more.
        double[] mesh = {25, 37, 54};
        double[] campus = {54, 89, 127};
        for (double rho : new double[] {0.0, 0.5, 0.9}) {
            MonteCarlo.Result r = MonteCarlo.run(PublishedInputs.baseline(), TINY, spec(20_000, 7, rho), HORIZON);
            double[] m = {r.mesh().p5(), r.mesh().p50(), r.mesh().p95()};
            double[] c = {r.campus().p5(), r.campus().p50(), r.campus().p95()};
            for (int i = 0; i < 3; i++) {
                assertEquals(mesh[i], m[i], 1.0, "mesh quantile " + i + " at rho " + rho);
                assertEquals(campus[i], c[i], 1.0, "campus quantile " + i + " at rho " + rho);
            }
        }
    }

    @Test
    void aCorrelationOutsideZeroToOneIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> spec(10, 1, 1.0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> spec(10, 1, -0.1));
    }
}
