package org.euromesh.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.euromesh.model.ModelResults;
import org.euromesh.model.ScenarioResult;

/** Every chart of the report, rendered from one model run as small, accessible SVG with real text. */
public final class Charts {

    private Charts() {
    }

    /** Every chart, in a fixed order; pure apart from reading the bundled font. Charts are independent, so they render in parallel. */
    public static List<Chart> render(ModelResults results) {
        List<Supplier<Chart>> charts = new ArrayList<>();
        for (ScenarioResult scenario : results.scenarios()) {
            charts.add(() -> RampChart.render(results, scenario));
        }
        charts.add(() -> DeliveryBandChart.render(results));
        charts.add(() -> TornadoChart.render(results));
        charts.add(() -> MonteCarloCharts.cdf(results));
        charts.add(() -> MonteCarloCharts.gapHistogram(results));
        charts.add(() -> CrossoverChart.render(results));
        charts.add(() -> AlphaChart.render(results));
        charts.add(() -> GridQueueChart.render(results));
        charts.add(() -> ScorecardChart.render(results));
        charts.add(() -> SubstrateChart.render(results));
        return charts.parallelStream().map(Supplier::get).toList();
    }

    /** A scenario or key as an id fragment: "baseline", "high-demand". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
