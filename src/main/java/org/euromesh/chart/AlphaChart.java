package org.euromesh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.Efficiency;
import org.euromesh.model.ModelResults;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The compute penalty alpha over the number of replicas, one line per inner-step count H. */
final class AlphaChart {

    private static final Color[] COLORS = {Palette.GREEN, Palette.BLACK, Palette.PURPLE, Palette.ORANGE, Palette.SKY};
    private static final BasicStroke[] STROKES = {Palette.DASHED, Palette.SOLID,
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2.5f, 4f}, 0f),
        Palette.DASHED, Palette.SOLID};
    private static final Marker[] MARKERS = {SeriesMarkers.TRIANGLE_UP, SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE,
        SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_DOWN};

    /** A wide, light bar: the range of alpha the report considers at one replica count. */
    private static final BasicStroke RANGE = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);

    private AlphaChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        List<Efficiency.Row> rows = results.efficiency();
        int evidence = results.inputs().evidenceMaxReplicas();
        double cap = results.inputs().headlineParameters().alphaCap();
        List<Double> steps = new ArrayList<>(new TreeSet<>(rows.stream().map(Efficiency.Row::innerSteps).toList()));
        List<Integer> replicas = new ArrayList<>(new TreeSet<>(rows.stream().map(Efficiency.Row::replicas).toList()));
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            keys.add(Key.line("H = " + Format.grouped(steps.get(i), 0), color(i), stroke(i), MARKERS[i % MARKERS.length]));
        }
        List<Efficiency.Spread> spread = Efficiency.spread(results.inputs());
        if (!spread.isEmpty()) {
            keys.add(Key.line("Range considered at the run's H", Palette.AXIS, RANGE, SeriesMarkers.NONE));
        }
        Figure f = new Figure("alpha", layout, stamp, keys);

        // Replicas double at each step, so the axis is log2(M) with the counts as labels.
        double xMin = replicas.isEmpty() ? 0 : log2(replicas.get(0)) - 0.3;
        double xMax = replicas.isEmpty() ? 1 : log2(replicas.get(replicas.size() - 1)) + 0.3;
        double yMax = Math.max(cap, rows.stream().mapToDouble(Efficiency.Row::alpha).max().orElse(cap));
        yMax = Math.max(yMax, spread.stream().mapToDouble(Efficiency.Spread::alphaHigh).max().orElse(yMax));
        HouseChart chart = f.xyChart();
        chart.styler().setXAxisMin(xMin);
        chart.styler().setXAxisMax(xMax);
        // Just below 1 so that the "1.0" tick is labelled.
        chart.styler().setYAxisMin(0.98);
        chart.styler().setYAxisMax(Math.ceil(yMax * 10 + 0.5) / 10);
        chart.xStep(xMax - xMin, 1);
        chart.xTicks(v -> {
            long k = Math.round(v);
            return Math.abs(v - k) < 1e-6 && k >= 0 && k < 31 ? Format.grouped(Math.pow(2, k), 0) : "";
        });
        chart.yTicks(v -> v < 1 - 1e-9 ? "" : Format.decimal(v, 1));
        f.xTitle("Sites (replicas) training together");
        boolean extrapolated = !replicas.isEmpty() && replicas.get(replicas.size() - 1) > evidence;
        if (extrapolated) {
            chart.shade(log2(evidence), xMax, 10, Palette.SHADE);
        }
        chart.line(new double[] {xMin, xMax}, new double[] {cap, cap}, Palette.MUTED, Palette.DOTTED,
                SeriesMarkers.NONE);
        // The penalty range first, so the lines of each H are drawn over it: one bar per replica count.
        for (Efficiency.Spread e : spread) {
            double x = log2(e.replicas());
            chart.line(new double[] {x, x}, new double[] {e.alphaLow(), e.alphaHigh()}, Palette.AXIS, RANGE,
                    SeriesMarkers.NONE);
        }
        for (int i = 0; i < steps.size(); i++) {
            double h = steps.get(i);
            List<Efficiency.Row> line = rows.stream().filter(r -> r.innerSteps() == h).toList();
            chart.line(line.stream().mapToDouble(r -> log2(r.replicas())).toArray(),
                    line.stream().mapToDouble(Efficiency.Row::alpha).toArray(), color(i), stroke(i),
                    MARKERS[i % MARKERS.length]);
        }

        Plot plot = f.paint(chart);
        f.noDataIf(rows.isEmpty(), "No efficiency grid in the data");
        f.caption("Compute penalty α (1 = none; the run needs α times the compute)");
        if (extrapolated) {
            f.noteOn(Palette.SHADE, "extrapolated beyond " + evidence + " sites", plot.x(log2(evidence)) + 8,
                    plot.y(Math.ceil(yMax * 10 + 0.5) / 10) + 20, Anchor.START);
        }
        f.note("cap " + Format.decimal(cap, 2), plot.x(xMin) + 8, plot.y(cap) - 6, Anchor.START);

        double h0 = results.inputs().headlineParameters().innerSteps();
        String alt = rows.stream().filter(r -> r.innerSteps() == h0 && r.replicas() == evidence).findFirst()
                .map(r -> "At H = " + Format.grouped(h0, 0) + " and " + evidence + " sites, α is "
                        + Format.decimal(r.alpha(), 2) + ", an efficiency of " + Format.percent(r.efficiency(), 0)
                        + "; α grows with more sites and larger H, and the model caps it at " + Format.decimal(cap, 2) + ".")
                .orElse("α grows with more sites and larger H; the model caps it at " + Format.decimal(cap, 2) + ".");
        String range = spread.stream().filter(e -> e.replicas() == evidence).findFirst()
                .map(e -> " The bars show the range the report considers at the run's H: at " + evidence + " sites, α from "
                        + Format.decimal(e.alphaLow(), 2) + " to " + Format.decimal(e.alphaHigh(), 2) + ".")
                .orElse("");
        String description = "Penalty α of low-communication (DiLoCo-style) training over the number of sites for "
                + "several inner-step counts H; published evidence stops at " + evidence
                + " replicas, so the shaded part is extrapolated." + range;
        alt = alt + range;
        String title = rows.stream().filter(r -> r.innerSteps() == h0 && r.replicas() == evidence).findFirst()
                .map(r -> "At " + evidence + " sites, low-communication training needs " + Format.decimal(r.alpha(), 2)
                        + " times the compute")
                .orElse("Low-communication training needs more compute as sites are added");
        String subtitle = "Compute penalty α of DiLoCo-style training by number of sites, for several inner-step counts H";
        return f.finish(new Figure.Heading(title, subtitle, "training.yaml"), description, alt, "efficiency.csv");
    }

    private static Color color(int i) {
        return COLORS[i % COLORS.length];
    }

    private static BasicStroke stroke(int i) {
        return STROKES[i % STROKES.length];
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
