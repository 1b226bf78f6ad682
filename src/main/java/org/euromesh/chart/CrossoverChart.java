package org.euromesh.chart;

import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.Crossover;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Target;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** How large a run must be before the campus catches up, for meshes of one to max_replicas sites. */
final class CrossoverChart {

    private CrossoverChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        List<Crossover.Threshold> thresholds = results.thresholds();
        Target headline = results.inputs().headline();
        Figure f = new Figure("crossover", layout, stamp, List.of(
                Key.line("Smallest run the campus delivers no later", Palette.BLACK, Palette.SOLID, SeriesMarkers.CIRCLE),
                Key.line(headline.id() + " run", Palette.MUTED, Palette.DOTTED)));
        int maxSites = thresholds.stream().mapToInt(Crossover.Threshold::meshSites).max().orElse(1);

        double low = headline.requiredFlop();
        double high = low * 10;
        for (Crossover.Threshold t : thresholds) {
            if (t.crossoverFlop().isPresent()) {
                low = Math.min(low, t.crossoverFlop().getAsDouble());
                high = Math.max(high, t.crossoverFlop().getAsDouble());
            }
        }
        double yMin = HouseChart.decadeBelow(low);
        // At least a third of a decade of room above the highest point, for the label over it.
        double yMax = HouseChart.decadeAbove(high * 2);

        HouseChart chart = f.xyChart();
        chart.logY(yMin, yMax, 0.5, maxSites + 0.5, 1);
        chart.styler().setXAxisMin(0.5);
        chart.styler().setXAxisMax(maxSites + 0.5);
        chart.xStep(maxSites, 1);
        chart.xTicks(v -> Math.abs(v - Math.rint(v)) < 1e-6 && v >= 1 && v <= maxSites ? Format.grouped(v, 0) : "");
        f.xTitle("Mesh sites training together");

        chart.line(new double[] {0.5, maxSites + 0.5}, new double[] {headline.requiredFlop(), headline.requiredFlop()},
                Palette.MUTED, Palette.DOTTED, SeriesMarkers.NONE);
        double[] x = new double[thresholds.size()];
        double[] y = new double[thresholds.size()];
        for (int i = 0; i < thresholds.size(); i++) {
            x[i] = thresholds.get(i).meshSites();
            y[i] = thresholds.get(i).crossoverFlop().orElse(Double.NaN);
        }
        chart.line(x, y, Palette.BLACK, Palette.SOLID, SeriesMarkers.CIRCLE);

        Plot plot = f.paint(chart);
        f.noDataIf(thresholds.isEmpty(), "No crossover sweep in this run");
        f.caption("Training compute of the run (FLOP, log scale)");
        f.note("campus no later above the line", plot.x(0.5) + 8, plot.y(yMax) + 20, Anchor.START);
        f.note("mesh first below it", plot.x(maxSites + 0.5) - 8, plot.y(headline.requiredFlop()) - 30, Anchor.END);
        f.note(headline.id() + " run", plot.x(0.5) + 8, plot.y(headline.requiredFlop()) - 6, Anchor.START);
        for (int i = 0; i < thresholds.size(); i++) {
            Crossover.Threshold t = thresholds.get(i);
            boolean edge = i == 0 || i == thresholds.size() - 1;
            if (t.crossoverFlop().isPresent() && edge) {
                f.label(Format.scientific(t.crossoverFlop().getAsDouble(), 2), plot.x(x[i]) + (i == 0 ? 12 : -12),
                        plot.y(y[i]) + (i == 0 ? 24 : -14), i == 0 ? Anchor.START : Anchor.END, Palette.TEXT);
            } else if (t.crossoverFlop().isEmpty()) {
                f.note("none", plot.x(x[i]), plot.y(yMax) + 40, Anchor.MIDDLE);
            }
        }

        StringBuilder alt = new StringBuilder("The campus catches up with ");
        Crossover.Threshold first = thresholds.isEmpty() ? null : thresholds.get(0);
        Crossover.Threshold last = thresholds.isEmpty() ? null : thresholds.get(thresholds.size() - 1);
        if (first == null) {
            alt.append("no mesh: no sweep was run.");
        } else {
            alt.append("a mesh of ").append(first.meshSites()).append(first.meshSites() == 1 ? " site " : " sites ")
                    .append(reach(first)).append(" and with a mesh of ").append(last.meshSites()).append(" sites ")
                    .append(reach(last)).append("; the ").append(headline.id())
                    .append(" run needs ").append(Format.flop(headline.requiredFlop())).append('.');
        }
        String description = "For each number of mesh sites, the smallest training run (FLOP, log scale) for which "
                + "the campus delivers no later than the mesh, searched to 0.01 decades up to the largest run the "
                + "campus finishes within the horizon.";
        String title = last == null ? "No crossover sweep in this run"
                : last.crossoverFlop().isPresent() ? "With " + last.meshSites() + " mesh sites, the campus catches up only from "
                        + Format.flop(last.crossoverFlop().getAsDouble())
                : "With " + last.meshSites() + " mesh sites, the campus never catches up within the horizon";
        String subtitle = "Smallest training run for which the campus delivers no later than the mesh, by number of mesh sites";
        return f.finish(new Figure.Heading(title, subtitle, RampChart.DATA), description, alt.toString(),
                "crossover_flop.csv");
    }

    private static String reach(Crossover.Threshold t) {
        return t.crossoverFlop().isPresent() ? "at " + Format.flop(t.crossoverFlop().getAsDouble())
                : "at no run size within the horizon";
    }
}
