package org.euromesh.chart;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Parameter;
import org.euromesh.model.Sensitivity;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The tornado: the headline gap with one parameter at its low and its high value, largest swing on top. */
final class TornadoChart {

    private TornadoChart() {
    }

    static String name(Parameter p) {
        return p.chartName();
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        List<Sensitivity.Row> rows = results.sensitivity();
        double baseline = results.headline().gapFractional();
        String target = results.inputs().headlineTarget();
        Figure f = new Figure("tornado", layout, stamp, List.of(
                Key.box("Low value", Palette.GREEN),
                Key.box("High value", Palette.PURPLE)), 20 * Math.max(0, results.sensitivity().size() - 8));

        double[] range = range(rows, baseline);
        HouseChart chart = f.xyChart();
        chart.styler().setXAxisMin(range[0]);
        chart.styler().setXAxisMax(range[1]);
        chart.rows(rows.stream().map(r -> name(r.parameter())).toList(), baseline);
        chart.xTicks(v -> Format.grouped(v, 0));
        f.xTitle("Months the mesh is ahead (" + target + " run)");

        int n = rows.size();
        float thickness = (float) Math.max(8, Math.min(20, (f.plotHeight() - 80.0) / (n + 1) * 0.6));
        List<double[]> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sensitivity.Row r = rows.get(i);
            double y = HouseChart.row(i, n);
            double low = clamp(r.gapAtLowMonths(), range);
            double high = clamp(r.gapAtHighMonths(), range);
            chart.bar(baseline, low, y, Palette.GREEN, thickness);
            chart.bar(baseline, high, y, Palette.PURPLE, thickness);
            ends.add(new double[] {low, high, y});
        }
        if (Double.isFinite(baseline)) {
            chart.line(new double[] {baseline, baseline}, new double[] {0, n + 1}, Palette.BLACK, Palette.THIN,
                    SeriesMarkers.NONE);
        }

        Plot plot = f.paint(chart);
        f.noDataIf(rows.isEmpty(), "No sensitivity ranges in the data");
        if (Double.isFinite(baseline)) {
            f.strong("Baseline: " + Format.months(baseline), plot.x(baseline), f.captionBaseline(), Anchor.MIDDLE);
        }
        for (int i = 0; i < n; i++) {
            Sensitivity.Row r = rows.get(i);
            double[] e = ends.get(i);
            double y = plot.y(e[2]) + 6;
            boolean lowLeft = e[0] <= e[1];
            String lowText = value(r.parameter(), r.low(), r.gapAtLowMonths());
            String highText = value(r.parameter(), r.high(), r.gapAtHighMonths());
            double left = plot.x(Math.min(Math.min(e[0], e[1]), baseline)) - 6;
            double right = plot.x(Math.max(Math.max(e[0], e[1]), baseline)) + 6;
            f.note(lowLeft ? lowText : highText, left, y, Anchor.END);
            f.note(lowLeft ? highText : lowText, right, y, Anchor.START);
        }

        Sensitivity.Row top = rows.isEmpty() ? null : rows.get(0);
        String alt = top == null ? "No sensitivity ranges were given."
                : "The gap is most sensitive to " + name(top.parameter()) + " (" + top.parameter().key() + "): "
                        + gap(top.gapAtLowMonths()) + " at " + value(top.parameter(), top.low(), 0) + " and "
                        + gap(top.gapAtHighMonths()) + " at " + value(top.parameter(), top.high(), 0)
                        + ", against " + gap(baseline) + " at baseline.";
        String description = "How the " + target + " gap (campus minus mesh delivery, months) changes when one parameter "
                + "moves to the low or high end of its range and everything else stays at baseline; "
                + "labels give the parameter values, the longest bars matter most.";
        String title = top == null ? "No sensitivity ranges in the data" : swing(top);
        String subtitle = "Months the mesh is ahead for the " + target + " run when one input moves to the low or high end of its range";
        return f.finish(new Figure.Heading(title, subtitle, RampChart.DATA), description, alt, "sensitivity.csv");
    }

    /** "Largest swing in the mesh's lead: 1 GW grid wait, 21 to 75 months". */
    private static String swing(Sensitivity.Row top) {
        String head = "Largest swing in the mesh's lead: " + name(top.parameter());
        double low = Math.min(top.gapAtLowMonths(), top.gapAtHighMonths());
        double high = Math.max(top.gapAtLowMonths(), top.gapAtHighMonths());
        return Double.isFinite(low) && Double.isFinite(high)
                ? head + ", " + Format.wholeMonths(low) + " to " + Format.wholeMonths(high) + " months" : head;
    }

    private static String gap(double months) {
        return Double.isFinite(months) ? Format.months(months) : "beyond the horizon";
    }

    /** The parameter value at a bar end, with its unit where it helps, and a mark when the gap is censored. */
    private static String value(Parameter p, double v, double gap) {
        String unit = switch (p.unit()) {
            case YEARS -> " yr";
            case MONTHS -> " mo";
            case KW -> " kW";
            case MW -> " MW";
            default -> "";
        };
        return Format.plain(v) + unit + (Double.isFinite(gap) ? "" : " (censored)");
    }

    /** Axis range around every finite gap and the baseline, with room for the labels at both ends. */
    private static double[] range(List<Sensitivity.Row> rows, double baseline) {
        double min = Double.isFinite(baseline) ? baseline : 0;
        double max = min;
        for (Sensitivity.Row r : rows) {
            for (double g : new double[] {r.gapAtLowMonths(), r.gapAtHighMonths()}) {
                if (Double.isFinite(g)) {
                    min = Math.min(min, g);
                    max = Math.max(max, g);
                }
            }
        }
        double pad = Math.max(4, (max - min) * 0.18);
        return new double[] {Math.floor((min - pad) / 5) * 5, Math.ceil((max + pad) / 5) * 5};
    }

    /** A censored end is drawn to the edge of the axis. */
    private static double clamp(double v, double[] range) {
        if (Double.isNaN(v)) {
            return range[0];
        }
        return Math.max(range[0], Math.min(range[1], v));
    }
}
