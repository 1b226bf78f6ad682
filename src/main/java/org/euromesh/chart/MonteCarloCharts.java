package org.euromesh.chart;

import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The probabilistic view: when each pathway delivers across the draws, and how the gap is spread. */
final class MonteCarloCharts {

    private MonteCarloCharts() {
    }

    static Drawing cdf(ModelResults results, Layout layout, Charts.Stamp stamp) {
        MonteCarlo.Result mc = results.monteCarlo();
        Timeline time = new Timeline(results.inputs().startMonth(), results.inputs().horizonMonths());
        String target = results.inputs().headlineTarget();
        Figure f = new Figure("mc-cdf", layout, stamp, List.of(
                Key.line("Mesh", Palette.MESH, Palette.SOLID),
                Key.line("Campus", Palette.CAMPUS, Palette.DASHED)));

        HouseChart chart = f.xyChart();
        chart.yearAxis(time);
        // A little room beyond 0 and 1 so XChart labels both ends of the probability scale.
        chart.styler().setYAxisMin(-0.02);
        chart.styler().setYAxisMax(1.02);
        chart.yTicks(v -> v < -1e-9 || v > 1 + 1e-9 ? "" : Format.percent(v, 0));
        chart.line(new double[] {time.min(), time.max()}, new double[] {0.5, 0.5}, Palette.AXIS, Palette.DOTTED,
                SeriesMarkers.NONE);
        addCdf(chart, time, mc.pMeshDeliveredByMonth(), Palette.MESH, Palette.SOLID);
        addCdf(chart, time, mc.pCampusDeliveredByMonth(), Palette.CAMPUS, Palette.DASHED);

        Plot plot = f.paint(chart);
        f.caption("Chance the " + target + " run is done by each date (" + Format.grouped(mc.draws(), 0) + " draws)");
        double half = plot.y(0.5);
        if (Double.isFinite(mc.mesh().p50())) {
            f.label("median " + Format.shortDate(time.start(), (int) Math.floor(mc.mesh().p50())),
                    plot.x(time.x(mc.mesh().p50())) - 10, half - 8, Anchor.END, Palette.MESH);
        }
        if (Double.isFinite(mc.campus().p50())) {
            f.label("median " + Format.shortDate(time.start(), (int) Math.floor(mc.campus().p50())),
                    plot.x(time.x(mc.campus().p50())) + 10, half + 20, Anchor.START, Palette.CAMPUS);
        }

        String alt = "Across " + Format.grouped(mc.draws(), 0) + " draws the mesh delivers the " + target + " run by "
                + median(time, mc.mesh()) + " in half of them and the campus by " + median(time, mc.campus())
                + "; the mesh is first in " + Format.probability(mc.pMeshFirst()) + " of draws.";
        String description = "Cumulative probability that the mesh and the campus have delivered the " + target
                + " run by each month, from the Monte Carlo draws of the uncertain lead times, penalty and utilisation.";
        String title = "The mesh is first in " + Format.probability(mc.pMeshFirst()) + " of " + Format.grouped(mc.draws(), 0)
                + " Monte Carlo draws";
        String subtitle = "Probability that each pathway has delivered the " + target + " run by each month";
        return f.finish(new Figure.Heading(title, subtitle, RampChart.DATA), description, alt, "montecarlo_cdf.csv");
    }

    static Drawing gapHistogram(ModelResults results, Layout layout, Charts.Stamp stamp) {
        MonteCarlo.Result mc = results.monteCarlo();
        MonteCarlo.Histogram h = mc.gapHistogram();
        String target = results.inputs().headlineTarget();
        Figure f = new Figure("mc-gap-histogram", layout, stamp, List.of());
        int[] counts = h.counts();
        double start = h.firstBinStart();
        double end = start + counts.length * h.binMonths();
        double lo = Math.min(0, Math.floor(start / 10) * 10);
        double hi = Math.max(10, Math.ceil(end / 10) * 10);
        int most = 0;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        double top = niceCeiling(most / (double) mc.draws() * 1.15);

        HouseChart chart = f.xyChart();
        chart.styler().setXAxisMin(lo);
        chart.styler().setXAxisMax(hi);
        chart.styler().setYAxisMin(0.0);
        chart.styler().setYAxisMax(top);
        chart.xTicks(v -> Format.grouped(v, 0));
        chart.yTicks(v -> v < -1e-9 ? "" : Format.percent(v, top <= 0.05 ? 1 : 0));
        f.xTitle("Months the mesh is ahead (campus minus mesh)");
        if (counts.length > 0) {
            double[] x = new double[counts.length + 1];
            double[] y = new double[counts.length + 1];
            for (int i = 0; i < counts.length; i++) {
                x[i] = start + i * h.binMonths();
                y[i] = counts[i] / (double) mc.draws();
            }
            x[counts.length] = end;
            y[counts.length] = y[counts.length - 1];
            XYSeries bars = chart.line(x, y, Palette.GREEN, Palette.THIN, SeriesMarkers.NONE);
            bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
            bars.setFillColor(new java.awt.Color(0x009E73));
            bars.setLineStyle(SeriesLines.NONE);
        }
        MonteCarlo.Quantiles q = mc.gap();
        double[] marks = {q.p5(), q.p50(), q.p95()};
        for (double m : marks) {
            if (Double.isFinite(m)) {
                chart.line(new double[] {m, m}, new double[] {0, top}, Palette.BLACK,
                        Palette.DOTTED, SeriesMarkers.NONE);
            }
        }

        Plot plot = f.paint(chart);
        f.caption("Share of draws");
        f.noDataIf(counts.length == 0, "No draw has both deliveries inside the horizon");
        String[] names = {"P5", "median", "P95"};
        // A label that would run into the one before it drops a line.
        double lastRight = Double.NEGATIVE_INFINITY;
        double y = plot.y(top) + 20;
        for (int i = 0; i < marks.length; i++) {
            if (Double.isFinite(marks[i])) {
                String text = names[i] + " " + Format.wholeMonths(marks[i]);
                double left = plot.x(marks[i]) + 5;
                y = left < lastRight + 6 ? y + f.layout.note * 1.3 : plot.y(top) + 20;
                f.strong(text, left, y, Anchor.START);
                lastRight = left + f.canvas.advance(text, f.layout.strongFont());
            }
        }

        String alt = Double.isFinite(q.p50())
                ? "The mesh's lead over the campus for the " + target + " run has a median of " + Format.months(q.p50())
                        + "; 90% of draws lie between " + Format.wholeMonths(q.p5()) + " and "
                        + Format.wholeMonths(q.p95()) + " months" + (mc.pMeshFirst() < 1 ? ", and the campus is first in "
                                + Format.probability(1 - mc.pMeshFirst()) + " of draws." : ".")
                : "The gap is undefined in every draw: neither pathway delivers within the horizon.";
        String description = "Distribution of the " + target + " gap (campus minus mesh delivery, months) over "
                + Format.grouped(mc.draws(), 0) + " Monte Carlo draws, in bins of " + Format.plain(h.binMonths())
                + " months, with the 5th, 50th and 95th percentiles marked.";
        String title = Double.isFinite(q.p50())
                ? "The mesh's lead: median " + Format.monthCount(q.p50()) + ", 90% of draws between "
                        + Format.wholeMonths(q.p5()) + " and " + Format.wholeMonths(q.p95())
                : "No draw has both deliveries inside the horizon";
        String subtitle = "Share of Monte Carlo draws by how many months the mesh is ahead for the " + target + " run";
        return f.finish(new Figure.Heading(title, subtitle, RampChart.DATA), description, alt, "montecarlo.csv");
    }

    /** Delivered share at the end of each month, starting from nothing at the start of the horizon. */
    private static void addCdf(HouseChart chart, Timeline time, double[] p, java.awt.Color color,
            java.awt.BasicStroke stroke) {
        double[] x = new double[p.length + 1];
        double[] y = new double[p.length + 1];
        x[0] = time.x(0);
        for (int m = 0; m < p.length; m++) {
            x[m + 1] = time.x(m + 1);
            y[m + 1] = p[m];
        }
        chart.line(x, y, color, stroke, SeriesMarkers.NONE);
    }

    private static String median(Timeline time, MonteCarlo.Quantiles q) {
        return Double.isFinite(q.p50()) ? Format.date(time.start(), (int) Math.floor(q.p50()))
                : Format.afterHorizon(time.start(), time.horizonMonths());
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
