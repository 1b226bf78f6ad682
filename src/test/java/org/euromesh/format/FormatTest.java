package org.euromesh.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.euromesh.explore.Verdict;
import org.junit.jupiter.api.Test;

/** The one rounding rule for shares and probabilities, and that the page's copy of it agrees. */
class FormatTest {

    @Test
    void aProbabilityNeverRoundsToACertaintyItIsNot() {
        assertEquals("100%", Format.probability(1.0));
        assertEquals("0%", Format.probability(0.0));
        assertEquals("97%", Format.probability(0.97));
        assertEquals("99.9%", Format.probability(0.99939));
        assertEquals("99.95%", Format.probability(0.99951));
        assertEquals("more than 99.99%", Format.probability(0.999999));
        assertEquals("0.1%", Format.probability(0.0006));
        assertEquals("less than 0.01%", Format.probability(0.000001));
    }

    @Test
    void thePageSaysTheSameAsTheBuild() {
        for (double p = 0; p <= 1.0; p += 0.000731) {
            assertEquals(Format.probability(p), Verdict.probability(p), "p = " + p);
        }
        for (double p : new double[] {0.99939, 0.99951, 0.999999, 0.0006, 0.000001, 1.0}) {
            assertEquals(Format.probability(p), Verdict.probability(p), "p = " + p);
        }
    }

    @Test
    void percentagesRoundHalfToEven() {
        assertEquals("12%", Format.percent(0.125, 0));
        assertEquals("14%", Format.percent(0.135, 0));
        assertEquals("2.5%", Format.percent(0.025, 1));
    }
}
