package org.euromesh.model;

import java.util.List;

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
        List<Sensitivity.Row> sensitivity,
        MonteCarlo.Result monteCarlo,
        double meanHyperscaleWaitYears,
        double meanMediumWaitYears) {

    public ModelResults {
        scenarios = List.copyOf(scenarios);
        efficiency = List.copyOf(efficiency);
        bandwidth = List.copyOf(bandwidth);
        sweep = List.copyOf(sweep);
        thresholds = List.copyOf(thresholds);
        scorecard = List.copyOf(scorecard);
        sensitivity = List.copyOf(sensitivity);
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
