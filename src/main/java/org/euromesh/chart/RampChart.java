package org.euromesh.chart;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.euromesh.model.Delivery;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Parameters;
import org.euromesh.model.ScenarioResult;
import org.euromesh.model.Target;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Cumulative effective compute of the mesh and the campus over time, per scenario, against the targets. */
final class RampChart {

    /** The inputs every pathway chart is computed from. */
    static final String DATA = "scenarios.yaml, hardware.yaml, training.yaml";

    private RampChart() {
    }

    static Drawing render(ModelResults results, ScenarioResult scenario, Layout layout, Charts.Stamp stamp) {
        String id = "ramp-" + Charts.slug(scenario.scenario());
        Timeline time = new Timeline(results.inputs().startMonth(), results.inputs().horizonMonths());
        Parameters p = scenario.parameters();
        String meshName = meshName(p);
        String campusName = campusName(p);
        Figure f = new Figure(id, layout, stamp, List.of(
                Key.line(meshName, Palette.MESH, Palette.SOLID, SeriesMarkers.CIRCLE),
                Key.line(campusName, Palette.CAMPUS, Palette.DASHED, SeriesMarkers.DIAMOND),
                Key.line("Compute a run needs", Palette.MUTED, Palette.DOTTED)));

        double[] range = logRange(results);
        HouseChart chart = f.xyChart();
        chart.yearAxis(time);
        chart.logY(range[0], range[1], time.min(), time.max(), 2);

        for (Target t : results.inputs().targets()) {
            chart.line(new double[] {time.min(), time.max()}, new double[] {t.requiredFlop(), t.requiredFlop()},
                    Palette.MUTED, Palette.DOTTED, SeriesMarkers.NONE);
        }
        addRamp(chart, time, scenario.meshCumulativeFlop(), range[0], Palette.MESH, Palette.SOLID);
        addRamp(chart, time, scenario.campusCumulativeFlop(), range[0], Palette.CAMPUS, Palette.DASHED);

        ScenarioResult.TargetDelivery headline = scenario.delivery(results.inputs().headlineTarget());
        double c = headline.target().requiredFlop();
        Double meshX = crossing(time, scenario.meshCumulativeFlop(), headline.mesh(), c, range[0]);
        Double campusX = crossing(time, scenario.campusCumulativeFlop(), headline.campus(), c, range[0]);
        if (meshX != null) {
            chart.point(meshX, c, Palette.MESH, SeriesMarkers.CIRCLE);
        }
        if (campusX != null) {
            chart.point(campusX, c, Palette.CAMPUS, SeriesMarkers.DIAMOND);
        }

        Plot plot = f.paint(chart);
        f.caption("Cumulative effective compute (FLOP, log scale)");
        double lastLabel = Double.NaN;
        for (Target t : results.inputs().targets()) {
            // Two targets close together (405B on 8.1T and on 15.6T tokens): the larger one's label moves up a line.
            double y = plot.y(t.requiredFlop()) - 6;
            if (Math.abs(y - lastLabel) < 26) {
                y = lastLabel - 20;
            }
            f.note(t.id(), plot.x(time.min()) + 6, y, Anchor.START);
            lastLabel = y;
        }
        double labelY = plot.y(c) + 20;
        if (meshX != null) {
            f.rightOrLeft(time.shortDate(headline.mesh()), plot.x(meshX), labelY, Palette.MESH);
        }
        if (campusX != null) {
            f.rightOrLeft(time.shortDate(headline.campus()), plot.x(campusX), labelY, Palette.CAMPUS);
        } else {
            f.label("campus " + time.shortDate(headline.campus()), plot.x(time.max()) - 6, labelY, Anchor.END,
                    Palette.CAMPUS);
        }

        String name = Words.capitalised(scenario.scenario());
        String title = name + " scenario: " + Words.leader(headline);
        String subtitle = "Cumulative effective training compute of each pathway, against the compute each run needs";
        String description = "Cumulative effective training compute (FLOP, log scale) of the mesh ("
                + meshSites(p) + ") and the campus (" + Format.plain(p.campusMw()) + " MW) from " + Format.shortDate(time.start(), 0) + " to "
                + Format.shortDate(time.start(), time.horizonMonths() - 1) + " in the " + scenario.scenario()
                + " scenario, with the compute the " + targetList(results) + " runs need.";
        String alt = name + " scenario: the mesh has the " + headline.target().id() + " run's compute by "
                + time.longDate(headline.mesh()) + " and the campus by " + time.longDate(headline.campus()) + "; "
                + Words.leader(headline) + ".";
        return f.finish(new Figure.Heading(title, subtitle, DATA), description, alt, "ramp.csv");
    }

    static String meshName(Parameters p) {
        return "Mesh of " + meshSites(p);
    }

    /** "8 × 40 MW sites": only the sites the run federates count. */
    private static String meshSites(Parameters p) {
        return Math.min(p.meshSites(), p.maxReplicas()) + " × " + Format.plain(p.siteMw()) + " MW sites";
    }

    static String campusName(Parameters p) {
        return "Campus of " + Format.plain(p.campusMw()) + " MW";
    }

    private static String targetList(ModelResults results) {
        List<String> ids = results.inputs().targets().stream().map(Target::id).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    /** Log axis from the decade below the smallest target to the decade above the largest total. */
    private static double[] logRange(ModelResults results) {
        double low = results.inputs().targets().stream().mapToDouble(Target::requiredFlop).min().orElse(1e20);
        double high = low * 10;
        for (ScenarioResult s : results.scenarios()) {
            high = Math.max(high, last(s.meshCumulativeFlop()));
            high = Math.max(high, last(s.campusCumulativeFlop()));
        }
        return new double[] {HouseChart.decadeBelow(low), HouseChart.decadeAbove(high)};
    }

    private static double last(double[] values) {
        return values.length == 0 ? 0 : values[values.length - 1];
    }

    /** Nothing until the first month with compute, then the running total at the end of each month. */
    private static void addRamp(HouseChart chart, Timeline time, double[] cumulative, double floor,
            java.awt.Color color, java.awt.BasicStroke stroke) {
        int first = 0;
        while (first < cumulative.length && !(cumulative[first] > floor)) {
            first++;
        }
        if (first == cumulative.length) {
            return;
        }
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {time.x(first), floor});
        for (int m = first; m < cumulative.length; m++) {
            points.add(new double[] {time.x(m + 1), cumulative[m]});
        }
        chart.line(points.stream().mapToDouble(pt -> pt[0]).toArray(), points.stream().mapToDouble(pt -> pt[1]).toArray(),
                color, stroke, SeriesMarkers.NONE);
    }

    /** Where the drawn ramp crosses {@code flop}: inside the delivery month, interpolated on the log scale. */
    private static Double crossing(Timeline time, double[] cumulative, Delivery d, double flop, double floor) {
        if (!d.delivered()) {
            return null;
        }
        int m = d.monthIndex().getAsInt();
        double before = Math.max(floor, m > 0 ? cumulative[m - 1] : 0);
        double after = cumulative[m];
        if (!(after > before) || flop <= before) {
            return time.x(m);
        }
        double share = (Math.log10(flop) - Math.log10(before)) / (Math.log10(after) - Math.log10(before));
        return time.x(m + Math.max(0, Math.min(1, share)));
    }
}
