package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 1 GW wait weighted by each region's accessible MW. */
class GridQueueWeightedTest {

    @Test
    void thePublishedRegionsWeighTheWaitBy5050Mw() {
        // 2200 * 6.5 + 800 * 6 + 700 * 7.5 + 500 * 6 + 600 * 7 + 150 * 10 + 100 * 10 = 34 050 MW-years
        // over 2200 + 800 + 700 + 500 + 600 + 150 + 100 = 5050 MW: 6.742574257425743 years
        assertEquals(34_050.0 / 5_050.0,
                GridQueue.weightedHyperscaleYears(PublishedInputs.gridQueue(), PublishedInputs.regions()), 1e-12);
        // unweighted: (6.5 + 6 + 7.5 + 6 + 7 + 10 + 10) / 7 = 7.571428571428571
        assertEquals(53.0 / 7, GridQueue.meanHyperscaleYears(PublishedInputs.gridQueue()), 1e-12);
    }

    @Test
    void aGridRowWithoutARegionWeighsNothingAndNoWeightIsNaN() {
        List<GridQueue.Row> rows = List.of(
                new GridQueue.Row("a", "A", 4.0, 1.0, "low", "low", List.of("s"), ""),
                new GridQueue.Row("b", "B", 10.0, 2.0, "low", "low", List.of("s"), ""),
                new GridQueue.Row("orphan", "O", 100.0, 2.0, "low", "low", List.of("s"), ""));
        List<Scorecard.Region> regions = List.of(
                new Scorecard.Region("a", "A", 300, 50, 50, 1.0, 4.0, 400, new Scorecard.Sovereignty(1, 1, 1)),
                new Scorecard.Region("b", "B", 100, 50, 50, 2.0, 10.0, 400, new Scorecard.Sovereignty(1, 1, 1)));
        // (300 * 4 + 100 * 10) / 400 = 5.5
        assertEquals(5.5, GridQueue.weightedHyperscaleYears(rows, regions), 1e-12);
        List<Scorecard.Region> none = List.of(new Scorecard.Region("a", "A", 0, 50, 50, 1.0, 4.0, 400, new Scorecard.Sovereignty(1, 1, 1)));
        assertTrue(Double.isNaN(GridQueue.weightedHyperscaleYears(rows, none)));
        assertTrue(Double.isNaN(GridQueue.weightedHyperscaleYears(rows, List.of())));
    }
}
