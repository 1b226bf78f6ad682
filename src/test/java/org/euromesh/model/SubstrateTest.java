package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §2c / FACTS §7.1: days to train the 405B run on machines Europe already owns. */
class SubstrateTest {

    private static final Substrate.Result RESULT = PublishedInputs.results().substrate();

    private static double days(String systems, double fraction) {
        return RESULT.days(systems).stream()
                .filter(d -> d.fraction() == fraction && d.target().equals(PublishedInputs.HEADLINE_TARGET))
                .findFirst().orElseThrow().days();
    }

    @Test
    void theFourEuroHpcFlagshipsPeakAt37point04Exaflops() {
        // 24 000 * 989 + 11 912 * 383 + 13 824 * 312 + 4 480 * 989 TFLOPS = 37.042104 EF
        assertEquals(4, RESULT.euroHpcSystems());
        assertEquals(3.7042104e19, RESULT.euroHpcPeakFlopPerS(), 1e7);
    }

    @Test
    void allSevenSystemsPeakAt54point50Exaflops() {
        assertEquals(7, RESULT.allSystems());
        assertEquals(5.4503888e19, RESULT.allPeakFlopPerS(), 1e7);
    }

    @Test
    void theFourFlagshipsAtFullAllocationTrainThe405BRunIn20point7Days() {
        // 1.9683e25 * alpha(500, 4) = 1.18 / (37.04 EF * 0.35) / 86 400 = 20.73 days
        assertEquals(20.7, days(Substrate.EUROHPC, 1.00), 0.05);
    }

    @Test
    void allSevenSystemsAtFullAllocationTrainThe405BRunIn14point5Days() {
        // alpha(500, 7) = 1.10 + 0.04 log2(7) = 1.2123; 1.9683e25 * 1.2123 / (54.50 EF * 0.35) / 86 400 = 14.48 days
        assertEquals(14.5, days(Substrate.ALL, 1.00), 0.05);
    }

    @ParameterizedTest(name = "flagships at {0}: {1} days")
    @CsvSource({"0.50, 41.5", "0.25, 82.9", "0.10, 207.3"})
    void daysScaleInverselyWithTheAllocatedFraction(double fraction, double facts) {
        assertEquals(facts, days(Substrate.EUROHPC, fraction), 0.05);
    }
}
