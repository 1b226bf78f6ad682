package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MODEL.md §1b: wide-area time per synchronisation for the 405B run on eight replicas. */
class BandwidthTest {

    private static Bandwidth.Row row(double linkGbps, double innerSteps) {
        return PublishedInputs.results().bandwidth().stream()
                .filter(r -> r.linkGbps() == linkGbps && r.innerSteps() == innerSteps)
                .findFirst().orElseThrow();
    }

    @Test
    void tableHasOneRowPerLinkSpeedAndInnerSteps() {
        assertEquals(4 * 3, PublishedInputs.results().bandwidth().size());
    }

    @Test
    void tenGigabitSyncOfTheBf16PayloadOnARingOfEightTakes1134Seconds() {
        // payload 4.05e11 * 2 B = 810 GB, ring factor 2 * 7 / 8 = 1.75 -> 1.4175e12 B; * 8 / 1e10 bit/s = 1134 s
        assertEquals(1134.0, row(10, 500).syncSeconds(), 1e-9);
    }

    @Test
    void computeBetweenSyncsAtFiveHundredStepsIsAbout430Seconds() {
        // 500 * 6 * 4.05e11 * 4e6 / (28 571 * 9.89e14 * 0.40) = 4.86e21 / 1.13026876e19 = 429.986 s
        assertEquals(429.9862273464941, row(10, 500).computeSeconds(), 1e-6);
    }

    @Test
    void overheadShareIsSyncOverSyncPlusCompute() {
        // 1134 / (1134 + 429.986) = 0.72507
        assertEquals(0.7250703236204186, row(10, 500).overheadShare(), 1e-9);
    }

    @Test
    void syncTimeScalesInverselyWithLinkSpeed() {
        // FACTS §4.5: 648 / 64.8 / 16.2 s single pass at 10 / 100 / 400 Gbit/s, times the ring factor 1.75
        assertEquals(648 * 1.75, row(10, 100).syncSeconds(), 1e-9);
        assertEquals(64.8 * 1.75, row(100, 100).syncSeconds(), 1e-9);
        assertEquals(16.2 * 1.75, row(400, 100).syncSeconds(), 1e-9);
    }
}
