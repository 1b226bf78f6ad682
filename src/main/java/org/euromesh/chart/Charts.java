package org.euromesh.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;

/** Every chart of the report, rendered from one model run as small, accessible SVG with real text, wide and narrow. */
public final class Charts {

    /** What every chart's source line names: the edition ("1.1.0") and the licence of the data ("CC BY 4.0"). */
    public record Stamp(String edition, String licence) {
        public Stamp {
            if (edition == null || edition.isBlank() || licence == null || licence.isBlank()) {
                throw new IllegalArgumentException("a chart stamp needs an edition and a licence");
            }
        }
    }

    private Charts() {
    }

    /** Every chart, in a fixed order; pure apart from reading the bundled font. Charts are independent, so they render in parallel. */
    public static List<Chart> render(ModelResults results, Stamp stamp) {
        List<Supplier<Chart>> charts = new ArrayList<>();
        for (ScenarioResult scenario : results.scenarios()) {
            charts.add(both(layout -> RampChart.render(results, scenario, layout, stamp)));
        }
        charts.add(both(layout -> DeliveryBandChart.render(results, layout, stamp)));
        if (!results.headlineScenario().pathways().isEmpty()) {
            charts.add(both(layout -> PathwaysChart.render(results, layout, stamp)));
        }
        charts.add(both(layout -> TornadoChart.render(results, layout, stamp)));
        charts.add(both(layout -> MonteCarloCharts.cdf(results, layout, stamp)));
        charts.add(both(layout -> MonteCarloCharts.gapHistogram(results, layout, stamp)));
        charts.add(both(layout -> CrossoverChart.render(results, layout, stamp)));
        charts.add(both(layout -> AlphaChart.render(results, layout, stamp)));
        charts.add(both(layout -> GridQueueChart.render(results, layout, stamp)));
        charts.add(both(layout -> ScorecardChart.render(results, layout, stamp)));
        charts.add(both(layout -> SubstrateChart.render(results, layout, stamp)));
        return charts.parallelStream().map(Supplier::get).toList();
    }

    /**
     * The headline scenario's ramp chart in the cover layout, for the PDF's cover (its element ids
     * end in the layout's suffix, so they never collide with the same chart in the report body).
     */
    public static String cover(ModelResults results, Stamp stamp) {
        return RampChart.render(results, results.headlineScenario(), Layout.COVER, stamp).svg();
    }

    private static Supplier<Chart> both(Function<Layout, Drawing> draw) {
        return () -> Chart.of(draw.apply(Layout.WIDE), draw.apply(Layout.NARROW));
    }

    /** A scenario or key as an id fragment: "baseline", "high-demand". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
