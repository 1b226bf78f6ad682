package org.euromesh.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    @Test
    void aDurationUnderADayIsInHoursOrMinutesNeverHundredthsOfADay() {
        assertEquals("14 minutes", Format.duration(0.01));
        assertEquals("1 minute", Format.duration(0.0001));
        assertEquals("1.0 hour", Format.duration(1.0 / 24));
        assertEquals("5.8 hours", Format.duration(0.24));
        assertEquals("14 hours", Format.duration(0.6));
        assertEquals("1.0 day", Format.duration(0.999));
        assertEquals("2.5 days", Format.duration(2.5));
        assertEquals("228 days", Format.duration(228.4));
        assertEquals("1,234 days", Format.duration(1234.2));
        for (double d = 0.0005; d < 40; d *= 1.07) {
            String s = Format.duration(d);
            assertFalse(s.startsWith("0"), d + " days reads " + s);
        }
    }
}
