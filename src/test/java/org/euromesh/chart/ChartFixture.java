package org.euromesh.chart;

import java.time.YearMonth;
import java.util.List;
import org.euromesh.model.Model;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameters;
import org.euromesh.model.PublishedInputs;
import org.euromesh.model.Scenario;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Target;

/** The MODEL.md defaults and a few FACTS.md rows, built in code so the chart tests never read {@code data/}. */
final class ChartFixture {

    private ChartFixture() {
    }

    /** One model run shared by the chart tests; the Monte Carlo uses fewer draws to stay fast. */
    static ModelResults results() {
        return Holder.RESULTS;
    }

    private static final class Holder {
        static final ModelResults RESULTS = Model.run(inputs(baseline(), scenarios()));
    }

    static ModelInputs inputs(Parameters base, List<Scenario> scenarios) {
        return new ModelInputs(YearMonth.of(2026, 1), 120, base, scenarios, "baseline", targets(), "405B",
                List.of(1.9683e25, 1e26, 5e26, 1e27, 5e27, 1e28), List.of(1, 2, 4, 8, 16, 32, 64),
                List.of(100.0, 500.0, 1000.0), 8, List.of(10.0, 100.0, 400.0, 1000.0), List.of(100.0, 500.0, 1000.0),
                List.of(0.10, 0.25, 0.50, 1.00), PublishedInputs.substrate(), PublishedInputs.gridQueue(),
                PublishedInputs.regions(), scorecardSpec(), PublishedInputs.sensitivity(), monteCarlo());
    }

    /** Only what the model cannot run without: no inventory, regions, ranges or efficiency grid. */
    static ModelInputs sparseInputs() {
        return new ModelInputs(YearMonth.of(2026, 1), 120, baseline(), List.of(scenario("baseline", 7.0, 2.6)),
                "baseline", targets(), "405B", List.of(), List.of(), List.of(), 8, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), scorecardSpec(), List.of(),
                new MonteCarlo.Spec(50, 1L, List.of(), 2.0));
    }

    // The MODEL.md and FACTS.md inputs are built once, in the model tests' fixture; charts reuse them.
    private static Scorecard.Spec scorecardSpec() {
        return PublishedInputs.scorecardSpec();
    }

    static Parameters baseline() {
        return PublishedInputs.baseline();
    }

    static List<Scenario> scenarios() {
        return PublishedInputs.scenarios();
    }

    static Scenario scenario(String name, double tauMegaYears, double tauMediumYears) {
        return PublishedInputs.scenario(name, tauMegaYears, tauMediumYears);
    }

    static List<Target> targets() {
        return PublishedInputs.targets();
    }

    /** Fewer draws than the published 100 000, to keep the chart tests fast; the same seed. */
    static MonteCarlo.Spec monteCarlo() {
        return PublishedInputs.monteCarlo(20_000, 20_260_615L);
    }
}
