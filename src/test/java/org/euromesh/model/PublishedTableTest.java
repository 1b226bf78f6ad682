package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §2a / FACTS §8.1: the published 405B table, mesh vs 1 GW campus, in three scenarios. */
class PublishedTableTest {

    private static ScenarioResult.TargetDelivery headline(String scenario) {
        return PublishedInputs.results().scenario(scenario).delivery(PublishedInputs.HEADLINE_TARGET);
    }

    @ParameterizedTest(name = "{0}: mesh delivers in month {1} ({2})")
    @CsvSource({"optimistic, 23, 2027-12", "baseline, 33, 2028-10", "pessimistic, 49, 2030-02"})
    void meshDeliversInThePublishedMonth(String scenario, int month, String date) {
        assertEquals(month, headline(scenario).mesh().monthIndex().getAsInt());
        assertEquals(YearMonth.parse(date), PublishedInputs.inputs().startMonth().plusMonths(month));
    }

    @ParameterizedTest(name = "{0}: campus delivers in month {1} ({2})")
    @CsvSource({"optimistic, 67, 2031-08", "baseline, 85, 2033-02", "pessimistic, 115, 2035-08"})
    void campusDeliversInThePublishedMonth(String scenario, int month, String date) {
        assertEquals(month, headline(scenario).campus().monthIndex().getAsInt());
        assertEquals(YearMonth.parse(date), PublishedInputs.inputs().startMonth().plusMonths(month));
    }

    @ParameterizedTest(name = "{0}: gap is {1} months")
    @CsvSource({"optimistic, 44", "baseline, 52", "pessimistic, 66"})
    void gapMatchesThePublishedTable(String scenario, int gap) {
        assertEquals(gap, headline(scenario).gapMonths().getAsInt());
    }

    @Test
    void baselineFractionalGapIs51point92Months() {
        // campus 85 + 1.9683e25 / 7.3242e26 = 85.0269; mesh 33 + 1.9683e25 / 1.9211e26 = 33.1025
        assertEquals(51.92441610723593, headline("baseline").gapFractional(), 1e-9);
    }
}
