package org.euromesh.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.Delivery;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Pathways;
import org.euromesh.model.ScenarioResult;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Every pathway of the headline scenario on one timeline: when each delivers the headline run. */
final class PathwaysChart {

    private PathwaysChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        Timeline time = new Timeline(results.inputs().startMonth(), results.inputs().horizonMonths());
        String target = results.inputs().headlineTarget();
        int t = results.inputs().targets().indexOf(results.inputs().headline());
        ScenarioResult s = results.headlineScenario();
        List<ScenarioResult.PathwayRun> runs = s.pathways();
        Figure f = new Figure("pathways", layout, stamp, List.of(
                Key.marker("Mesh", Palette.MESH, SeriesMarkers.CIRCLE),
                Key.marker("Campus", Palette.CAMPUS, SeriesMarkers.DIAMOND),
                Key.marker("Public machines", Palette.GREEN, SeriesMarkers.SQUARE)));
        int n = runs.size();
        HouseChart chart = f.xyChart();
        chart.yearAxis(time);
        if (layout == Layout.NARROW) {
            chart.xStep(time.max() - time.min(), 5); // the row names leave a narrow plot: a tick every five years
        }
        chart.rows(runs.stream().map(PathwayNames::shortOf).toList(), time.min());
        List<double[]> at = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScenarioResult.PathwayRun run = runs.get(i);
            Delivery d = run.deliveries().get(t);
            double y = HouseChart.row(i, n);
            double x = d.fractional().isPresent() ? time.x(d.fractional().getAsDouble()) : time.max();
            chart.line(new double[] {time.min(), x}, new double[] {y, y}, Palette.GRID, Palette.THIN, SeriesMarkers.NONE);
            if (d.delivered()) {
                chart.point(x, y, colour(run.kind()), marker(run.kind()));
            }
            at.add(new double[] {x, y});
        }
        Plot plot = f.paint(chart);
        for (int i = 0; i < n; i++) {
            Delivery d = runs.get(i).deliveries().get(t);
            f.beside(time.shortDate(d), plot.x(at.get(i)[0]), plot.y(at.get(i)[1]), true, plot.x(time.min()), colour(runs.get(i).kind()));
        }
        ScenarioResult.PathwayRun first = runs.stream()
                .min((a, b) -> Double.compare(a.deliveries().get(t).fractionalOrInfinity(), b.deliveries().get(t).fractionalOrInfinity()))
                .orElseThrow();
        boolean anyDelivered = first.deliveries().get(t).delivered();
        String title = anyDelivered ? PathwayNames.subject(first) + " the " + target + " run first"
                : "No pathway delivers the " + target + " run within the horizon";
        StringBuilder alt = new StringBuilder("When each pathway delivers the " + target + " run in the " + s.scenario()
                + " scenario: ");
        for (int i = 0; i < n; i++) {
            alt.append(i == 0 ? "" : "; ").append(PathwayNames.of(runs.get(i))).append(", ")
                    .append(time.longDate(runs.get(i).deliveries().get(t)));
        }
        alt.append('.');
        String subtitle = "Month in which each route to compute finishes the " + target + " run, " + s.scenario() + " scenario";
        String description = "One row per pathway: the medium sites, the campus on its standard, phased and fast-track routes, "
                + "and the public machines at each allocated share (" + Format.grouped(n, 0) + " rows).";
        return f.finish(new Figure.Heading(title, subtitle, RampChart.DATA), description, alt.toString(), "pathways.csv");
    }

    private static Color colour(Pathways.Kind kind) {
        return kind == Pathways.Kind.MESH ? Palette.MESH : kind == Pathways.Kind.PUBLIC ? Palette.GREEN : Palette.CAMPUS;
    }

    private static org.knowm.xchart.style.markers.Marker marker(Pathways.Kind kind) {
        return kind == Pathways.Kind.MESH ? SeriesMarkers.CIRCLE : kind == Pathways.Kind.PUBLIC ? SeriesMarkers.SQUARE
                : SeriesMarkers.DIAMOND;
    }
}
