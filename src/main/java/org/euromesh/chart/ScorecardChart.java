package org.euromesh.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Scorecard;

/** The regional scorecard: each region's composite, stacked by weighted criterion, best on top. */
final class ScorecardChart {

    private static final Color TIME = Palette.ORANGE;
    private static final Color COST = Palette.SKY;
    private static final Color CARBON = Palette.GREEN;
    private static final Color FEASIBILITY = Palette.PURPLE;

    private ScorecardChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        Scorecard.Weights w = results.inputs().scorecard().weights();
        List<Scorecard.Row> rows = new ArrayList<>(results.scorecard().stream().filter(Scorecard.Row::ranked).toList());
        rows.addAll(results.scorecard().stream().filter(r -> !r.ranked()).toList());
        Figure f = new Figure("scorecard", layout, stamp, List.of(
                Key.box("Time " + Format.percent(w.time(), 0), TIME),
                Key.box("Cost " + Format.percent(w.cost(), 0), COST),
                Key.box("Carbon " + Format.percent(w.carbon(), 0), CARBON),
                Key.box("Feasibility " + Format.percent(w.feasibility(), 0), FEASIBILITY)));
        int n = rows.size();

        HouseChart chart = f.xyChart();
        chart.styler().setXAxisMin(0.0);
        chart.styler().setXAxisMax(1.15);
        chart.rows(rows.stream().map(ScorecardChart::label).toList(), 0);
        chart.xStep(1.15, 0.2);
        chart.xTicks(v -> v < -1e-9 || v > 1 + 1e-9 ? "" : Format.decimal(v, 1));
        f.xTitle("Composite score (1 = best on every criterion)");
        float thickness = (float) Math.max(8, Math.min(22, (f.plotHeight() - 90.0) / (n + 1) * 0.6));
        for (int i = 0; i < n; i++) {
            Scorecard.Row r = rows.get(i);
            double y = HouseChart.row(i, n);
            double[] parts = {w.time() * r.timeScore(), w.cost() * r.costScore(), w.carbon() * r.carbonScore(),
                w.feasibility() * r.feasibilityScore()};
            Color[] colors = {TIME, COST, CARBON, FEASIBILITY};
            double x = 0;
            for (int k = 0; k < parts.length; k++) {
                if (parts[k] > 0) {
                    chart.bar(x, x + parts[k], y, colors[k], thickness);
                }
                x += parts[k];
            }
        }

        Plot plot = f.paint(chart);
        f.noDataIf(rows.isEmpty(), "No regions to score");
        f.caption("Best first, for the " + results.inputs().headlineTarget() + " run on one site");
        for (int i = 0; i < n; i++) {
            Scorecard.Row r = rows.get(i);
            f.note(Format.decimal(r.composite(), 2), plot.x(r.composite()) + 6, plot.y(HouseChart.row(i, n)) + 5, Anchor.START);
        }

        List<Scorecard.Row> ranked = rows.stream().filter(Scorecard.Row::ranked).toList();
        String alt = ranked.isEmpty() ? "No regions were scored."
                : ranked.get(0).displayName() + " ranks first with a composite of " + Format.decimal(ranked.get(0).composite(), 2)
                        + " and " + ranked.get(ranked.size() - 1).displayName() + " last with "
                        + Format.decimal(ranked.get(ranked.size() - 1).composite(), 2) + ", for the "
                        + results.inputs().headlineTarget() + " run on one site.";
        String description = "Composite score of each region for the " + results.inputs().headlineTarget()
                + " run on one site, the sum of time, energy cost, carbon and feasibility scores (each scaled 0–1 across "
                + "regions) times their weights; the capacity-weighted EU mesh is shown for reference and not ranked.";
        String title = ranked.isEmpty() ? "No regions were scored"
                : ranked.get(0).displayName() + " scores best for the " + results.inputs().headlineTarget() + " run on one site";
        String subtitle = "Weighted composite of time, energy cost, carbon and feasibility scores (1 = best on every criterion)";
        return f.finish(new Figure.Heading(title, subtitle, "regions.csv, grid_queue.csv"), description, alt, "scorecard.csv");
    }

    private static String label(Scorecard.Row r) {
        return r.ranked() ? r.displayName() : "EU mesh (reference)";
    }
}
