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
        return rows.stream().mapToDouble(Row::hyperscaleYears).average().orElse(Double.NaN);
    }

    public static double meanMediumYears(List<Row> rows) {
        return rows.stream().mapToDouble(Row::mediumYears).average().orElse(Double.NaN);
    }
}
