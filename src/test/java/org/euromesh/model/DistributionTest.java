package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** MODEL.md §5: the Monte Carlo input distributions sample the shapes they name. */
class DistributionTest {

    private static final int SAMPLES = 200_000;

    @Test
    void triangularSamplesStayInsideTheirRangeWithMeanAThirdOfMinModeMax() {
        // tau_mega ~ Triangular(5.5, 7.0, 9.5): mean (5.5 + 7.0 + 9.5) / 3 = 7.333; sd ~ 0.82, so the mean of 2e5 is good to ~0.002
        Distribution d = new Distribution.Triangular(5.5, 7.0, 9.5);
        SplitMix64 random = new SplitMix64(7);
        double sum = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = d.sample(random);
            assertTrue(x >= 5.5 && x <= 9.5, "sample " + x);
            sum += x;
        }
        assertEquals(22.0 / 3, sum / SAMPLES, 0.01);
    }

    @Test
    void triangularPutsTheShareBelowTheModeThatItsCdfGives() {
        // P(X < mode) = (mode - min) / (max - min) = 0.8 / 2.2 = 0.3636 for Triangular(1.8, 2.6, 4.0)
        Distribution d = new Distribution.Triangular(1.8, 2.6, 4.0);
        SplitMix64 random = new SplitMix64(8);
        int below = 0;
        for (int i = 0; i < SAMPLES; i++) {
            if (d.sample(random) < 2.6) {
                below++;
            }
        }
        assertEquals(0.8 / 2.2, below / (double) SAMPLES, 0.005);
    }

    @Test
    void uniformSamplesStayInsideTheirRangeWithTheMidpointAsMean() {
        Distribution d = new Distribution.Uniform(1.0, 1.3);
        SplitMix64 random = new SplitMix64(9);
        double sum = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = d.sample(random);
            assertTrue(x >= 1.0 && x < 1.3, "sample " + x);
            sum += x;
        }
        assertEquals(1.15, sum / SAMPLES, 0.002);
    }

    @Test
    void aTriangularWhoseModeIsOutsideItsRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(5.5, 10.0, 9.5));
    }

    @Test
    void aUniformWithNoWidthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(1.0, 1.0));
    }
}
