package org.euromesh.chart;

import java.util.Comparator;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.GridQueue;
import org.euromesh.model.ModelResults;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Grid-connection lead times by region: a 1 GW campus against a medium site, with the regional means. */
final class GridQueueChart {

    private GridQueueChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        List<GridQueue.Row> rows = results.inputs().gridQueue().stream()
                .sorted(Comparator.comparingDouble(GridQueue.Row::hyperscaleYears).reversed()
                        .thenComparing(GridQueue.Row::region))
                .toList();
        Figure f = new Figure("grid-queue", layout, stamp, List.of(
                Key.box("1 GW campus", Palette.CAMPUS),
                Key.box("Medium site (30–50 MW)", Palette.MESH)));
        int n = rows.size();
        double longest = rows.stream().mapToDouble(GridQueue.Row::hyperscaleYears).max().orElse(1);
        double xMax = Math.ceil(longest * 1.15 + 0.5);

        HouseChart chart = f.xyChart();
        chart.styler().setXAxisMin(0.0);
        chart.styler().setXAxisMax(xMax);
        chart.rows(rows.stream().map(GridQueue.Row::displayName).toList(), 0);
        chart.xStep(xMax, 2);
        chart.xTicks(v -> v < -1e-9 ? "" : Format.grouped(v, 0));
        f.xTitle("Years from grid application to power (estimates)");
        float thickness = (float) Math.max(6, Math.min(16, (f.plotHeight() - 90.0) / (n + 1) * 0.32));
        double offset = 0.19;
        for (int i = 0; i < n; i++) {
            GridQueue.Row r = rows.get(i);
            double y = HouseChart.row(i, n);
            chart.bar(0, r.hyperscaleYears(), y + offset, Palette.CAMPUS, thickness);
            chart.bar(0, r.mediumYears(), y - offset, Palette.MESH, thickness);
        }
        double meanHyperscale = results.meanHyperscaleWaitYears();
        double meanMedium = results.meanMediumWaitYears();
        for (double mean : new double[] {meanHyperscale, meanMedium}) {
            if (Double.isFinite(mean)) {
                chart.line(new double[] {mean, mean}, new double[] {0, n + 1}, mean == meanHyperscale ? Palette.CAMPUS
                        : Palette.MESH, Palette.DASHED, SeriesMarkers.NONE);
            }
        }

        Plot plot = f.paint(chart);
        f.noDataIf(rows.isEmpty(), "No regions in the grid dataset");
        for (int i = 0; i < n; i++) {
            GridQueue.Row r = rows.get(i);
            double y = HouseChart.row(i, n);
            f.note(Format.decimal(r.hyperscaleYears(), 1), plot.x(r.hyperscaleYears()) + 6, plot.y(y + offset) + 5,
                    Anchor.START);
            f.note(Format.decimal(r.mediumYears(), 1), plot.x(r.mediumYears()) + 6, plot.y(y - offset) + 5, Anchor.START);
        }
        String hyperscaleText = n + "-region mean " + Format.years(meanHyperscale, 1);
        String mediumText = "mean " + Format.years(meanMedium, 1);
        // The two means are named above the plot, each written away from the other so the names never meet.
        boolean mediumLeft = !(meanMedium > meanHyperscale);
        if (Double.isFinite(meanHyperscale)) {
            f.label(hyperscaleText, plot.x(meanHyperscale) + (mediumLeft ? 4 : -4), f.captionBaseline(),
                    mediumLeft ? Anchor.START : Anchor.END, Palette.CAMPUS);
        }
        if (Double.isFinite(meanMedium)) {
            f.label(mediumText, plot.x(meanMedium) + (mediumLeft ? -4 : 4), f.captionBaseline(),
                    mediumLeft ? Anchor.END : Anchor.START, Palette.MESH);
        }

        String alt = n == 0 ? "No regions in the grid dataset."
                : "A 1 GW connection takes " + Format.years(meanHyperscale, 1) + " on average across the " + n
                        + " regions and a medium site " + Format.years(meanMedium, 1) + "; the longest 1 GW wait is "
                        + Format.years(rows.get(0).hyperscaleYears(), 1) + " (" + rows.get(0).displayName() + ").";
        String description = "Estimated years from grid application to power for a 1 GW campus and for a medium "
                + "(30–50 MW) site in each region, with the " + n + "-region means as dashed lines.";
        String title = n == 0 ? "No regions in the grid dataset"
                : "A 1 GW grid connection takes " + Format.years(meanHyperscale, 1) + " on average, a medium site "
                        + Format.years(meanMedium, 1);
        String subtitle = "Estimated years from grid application to power, by region";
        return f.finish(new Figure.Heading(title, subtitle, "grid_queue.csv"), description, alt, "grid_queue.csv");
    }
}
