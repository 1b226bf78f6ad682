package org.euromesh.model;

import java.util.List;

/** The grid-connection dataset: lead times per region for a 1 GW and a medium (30-50 MW) load. */
public final class GridQueue {

    private GridQueue() {
    }

    public record Row(String region, String displayName, double hyperscaleYears, double mediumYears,
            String confidenceHyperscale, String confidenceMedium, List<String> sources, String note) {
        public Row {
            sources = List.copyOf(sources);
        }

        public double gapYears() {
            return hyperscaleYears - mediumYears;
        }
    }

    public static double meanHyperscaleYears(List<Row> rows) {
        return Sums.mean(rows, Row::hyperscaleYears, Double.NaN);
    }

    /**
     * The 1 GW mean weighted by each region's accessible MW (regions matched by id; a grid row
     * without a region weighs nothing); NaN when no row has a weight.
     */
    public static double weightedHyperscaleYears(List<Row> rows, List<Scorecard.Region> regions) {
        double sum = 0;
        double weights = 0;
        for (Row r : rows) {
            for (Scorecard.Region g : regions) {
                if (g.id().equals(r.region())) {
                    sum += g.accessibleMw() * r.hyperscaleYears();
                    weights += g.accessibleMw();
                }
            }
        }
        return weights > 0 ? sum / weights : Double.NaN;
    }

    public static double meanMediumYears(List<Row> rows) {
        return Sums.mean(rows, Row::mediumYears, Double.NaN);
    }
}
