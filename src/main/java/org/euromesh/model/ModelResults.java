package org.euromesh.model;

import java.util.List;
import java.util.Optional;

/** Everything the model computes in one run; the charts, pages, PDF and CSVs all read from here. */
public record ModelResults(
        ModelInputs inputs,
        List<ScenarioResult> scenarios,
        List<Efficiency.Row> efficiency,
        List<Bandwidth.Row> bandwidth,
        List<Crossover.SweepPoint> sweep,
        List<Crossover.Threshold> thresholds,
        Substrate.Result substrate,
        List<Scorecard.Row> scorecard,
        Scorecard.Stability scorecardStability,
        List<Sensitivity.Row> sensitivity,
        MonteCarlo.Result monteCarlo,
        double meanHyperscaleWaitYears,
        double meanMediumWaitYears,
        double weightedHyperscaleWaitYears,
        List<Capital.Row> capital,
        Flips.Result flips,
        Optional<Comparison> comparison) {

    public ModelResults {
        scenarios = List.copyOf(scenarios);
        efficiency = List.copyOf(efficiency);
        bandwidth = List.copyOf(bandwidth);
        sweep = List.copyOf(sweep);
        thresholds = List.copyOf(thresholds);
        scorecard = List.copyOf(scorecard);
        sensitivity = List.copyOf(sensitivity);
        capital = List.copyOf(capital);
    }

    /** These results with the comparison against the original assumptions attached. */
    public ModelResults withComparison(Comparison c) {
        return new ModelResults(inputs, scenarios, efficiency, bandwidth, sweep, thresholds, substrate, scorecard, scorecardStability, sensitivity,
                monteCarlo, meanHyperscaleWaitYears, meanMediumWaitYears, weightedHyperscaleWaitYears, capital, flips,
                Optional.of(c));
    }

    public ScenarioResult scenario(String name) {
        return scenarios.stream().filter(s -> s.scenario().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }

    public ScenarioResult headlineScenario() {
        return scenario(inputs.headlineScenario());
    }

    /** The headline target's delivery in the headline scenario. */
    public ScenarioResult.TargetDelivery headline() {
        return headlineScenario().delivery(inputs.headlineTarget());
    }
}
