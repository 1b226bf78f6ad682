package org.euromesh.chart;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.Delivery;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The headline delivery dates of the mesh and the campus in every scenario: one dumbbell per scenario. */
final class DeliveryBandChart {

    private DeliveryBandChart() {
    }

    static Drawing render(ModelResults results, Layout layout, Charts.Stamp stamp) {
        Timeline time = new Timeline(results.inputs().startMonth(), results.inputs().horizonMonths());
        String target = results.inputs().headlineTarget();
        Figure f = new Figure("delivery-band", layout, stamp, List.of(
                Key.marker("Mesh", Palette.MESH, SeriesMarkers.CIRCLE),
                Key.marker("Campus", Palette.CAMPUS, SeriesMarkers.DIAMOND)));
        List<ScenarioResult> scenarios = results.scenarios();
        int n = scenarios.size();

        HouseChart chart = f.xyChart();
        chart.yearAxis(time);
        chart.rows(scenarios.stream().map(s -> Words.capitalised(s.scenario())).toList(), time.min());

        List<double[]> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScenarioResult.TargetDelivery d = scenarios.get(i).delivery(target);
            double y = HouseChart.row(i, n);
            double mesh = x(time, d.mesh());
            double campus = x(time, d.campus());
            chart.line(new double[] {Math.min(mesh, campus), Math.max(mesh, campus)}, new double[] {y, y},
                    Palette.AXIS, Palette.SOLID, SeriesMarkers.NONE);
            if (d.mesh().delivered()) {
                chart.point(mesh, y, Palette.MESH, SeriesMarkers.CIRCLE);
            }
            if (d.campus().delivered()) {
                chart.point(campus, y, Palette.CAMPUS, SeriesMarkers.DIAMOND);
            }
            ends.add(new double[] {mesh, campus, y});
        }

        Plot plot = f.paint(chart);
        for (int i = 0; i < n; i++) {
            ScenarioResult.TargetDelivery d = scenarios.get(i).delivery(target);
            double[] e = ends.get(i);
            double y = plot.y(e[2]);
            boolean meshLeft = e[0] <= e[1];
            f.beside(time.shortDate(d.mesh()), plot.x(e[0]), y, !meshLeft, plot.x(time.min()), Palette.MESH);
            f.beside(time.shortDate(d.campus()), plot.x(e[1]), y, meshLeft, plot.x(time.min()), Palette.CAMPUS);
            f.strong(gapText(d), (plot.x(e[0]) + plot.x(e[1])) / 2, y - 14, Anchor.MIDDLE);
        }

        StringBuilder alt = new StringBuilder("Delivery of the " + target + " run: ");
        for (int i = 0; i < n; i++) {
            ScenarioResult.TargetDelivery d = scenarios.get(i).delivery(target);
            alt.append(i == 0 ? "" : "; ").append(scenarios.get(i).scenario()).append(": mesh ")
                    .append(time.longDate(d.mesh())).append(", campus ").append(time.longDate(d.campus()))
                    .append(d.gapMonths().isPresent() ? ", " + gapText(d) : "");
        }
        alt.append('.');
        String description = "Month in which the mesh and the campus finish the " + target
                + " run in each scenario; the label between them is the gap (campus minus mesh).";
        long meshFirst = scenarios.stream().filter(s -> s.delivery(target).gapMonths().orElse(0) > 0).count();
        String title = meshFirst == n && n > 1 ? "The mesh delivers the " + target + " run first in every scenario"
                : "The mesh delivers the " + target + " run first in " + Format.grouped(meshFirst, 0) + " of "
                        + Format.grouped(n, 0) + (n == 1 ? " scenario" : " scenarios");
        String subtitle = "When each pathway delivers the " + target + " run, by scenario, and the mesh's lead in months";
        return f.finish(new Figure.Heading(title, subtitle, RampChart.DATA), description, alt.toString(), "scenarios.csv");
    }

    /** A censored delivery is drawn at the end of the horizon, never inside it. */
    private static double x(Timeline time, Delivery d) {
        return d.fractional().isPresent() ? time.x(d.fractional().getAsDouble()) : time.max();
    }

    private static String gapText(ScenarioResult.TargetDelivery d) {
        if (d.gapMonths().isEmpty()) {
            return d.mesh().delivered() ? "mesh first" : d.campus().delivered() ? "campus first" : "neither";
        }
        int gap = d.gapMonths().getAsInt();
        String months = Format.monthCount(Math.abs(gap));
        return gap > 0 ? "mesh " + months + " ahead" : gap < 0 ? "campus " + months + " ahead" : "same month";
    }
}
