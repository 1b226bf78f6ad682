package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MODEL.md §4: the tornado of the 405B gap; lead times dominate, DiLoCo terms are second-order. */
class SensitivityTest {

    private static final List<Sensitivity.Row> ROWS = PublishedInputs.results().sensitivity();

    private static Sensitivity.Row row(Parameter p) {
        return ROWS.stream().filter(r -> r.parameter() == p).findFirst().orElseThrow();
    }

    @Test
    void everyRangeGetsOneRow() {
        assertEquals(11, ROWS.size());
    }

    @Test
    void rowsAreSortedByDescendingSwing() {
        for (int i = 1; i < ROWS.size(); i++) {
            assertTrue(ROWS.get(i).swingMonths() <= ROWS.get(i - 1).swingMonths(), ROWS.get(i).parameter().key());
        }
    }

    @Test
    void theTwoLeadTimesHaveTheTwoLargestSwings() {
        assertEquals(Set.of(Parameter.TAU_MEGA_YEARS, Parameter.TAU_MEDIUM_YEARS),
                Set.of(ROWS.get(0).parameter(), ROWS.get(1).parameter()));
    }

    @Test
    void campusLeadTimeSwingsTheGapByFortyEightMonths() {
        // campus month 67 at 5.5 years, 115 at 9.5 years; the mesh does not move
        assertEquals(48.0, row(Parameter.TAU_MEGA_YEARS).swingMonths(), 1e-9);
    }

    @Test
    void meshLeadTimeSwingsTheGapByTwentySixMonths() {
        // mesh month 23 at 1.8 years, 49 at 4.0 years; the campus does not move
        assertEquals(26.0, row(Parameter.TAU_MEDIUM_YEARS).swingMonths(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(value = Parameter.class, names = {"ALPHA0", "K_N", "K_H", "INNER_STEPS"})
    void diLoCoTermsSwingTheGapByLessThanOneMonth(Parameter p) {
        assertTrue(row(p).swingMonths() < 1.0, p.key() + " swings " + row(p).swingMonths());
    }

    @Test
    void aHigherAlpha0NarrowsTheGapBecauseTheMeshNeedsMoreCompute() {
        assertTrue(row(Parameter.ALPHA0).gapAtHighMonths() < row(Parameter.ALPHA0).gapAtLowMonths());
    }
}
