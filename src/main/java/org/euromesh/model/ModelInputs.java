package org.euromesh.model;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the model reads, already validated. {@code base} holds the baseline values of every
 * parameter; each scenario overrides some of them.
 */
public record ModelInputs(
        YearMonth startMonth,
        int horizonMonths,
        Parameters base,
        List<Scenario> scenarios,
        String headlineScenario,
        List<Target> targets,
        String headlineTarget,
        List<Double> sweepTargetsFlop,
        List<Integer> efficiencyReplicas,
        List<Double> efficiencyInnerSteps,
        int evidenceMaxReplicas,
        List<Double> bandwidthLinkGbps,
        List<Double> bandwidthInnerSteps,
        List<Double> substrateFractions,
        List<Substrate.System> substrate,
        List<GridQueue.Row> gridQueue,
        List<Scorecard.Region> regions,
        Scorecard.Spec scorecard,
        List<Sensitivity.Range> sensitivity,
        MonteCarlo.Spec monteCarlo,
        List<Generation> generations,
        List<Double> publicShares,
        double evidenceMaxParameters) {

    public ModelInputs {
        scenarios = List.copyOf(scenarios);
        targets = List.copyOf(targets);
        sweepTargetsFlop = List.copyOf(sweepTargetsFlop);
        efficiencyReplicas = List.copyOf(efficiencyReplicas);
        efficiencyInnerSteps = List.copyOf(efficiencyInnerSteps);
        bandwidthLinkGbps = List.copyOf(bandwidthLinkGbps);
        bandwidthInnerSteps = List.copyOf(bandwidthInnerSteps);
        substrateFractions = List.copyOf(substrateFractions);
        substrate = List.copyOf(substrate);
        gridQueue = List.copyOf(gridQueue);
        regions = List.copyOf(regions);
        sensitivity = List.copyOf(sensitivity);
        generations = List.copyOf(generations);
        publicShares = List.copyOf(publicShares);
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("horizon_months must be at least 1");
        }
        if (targets.stream().noneMatch(t -> t.id().equals(headlineTarget))) {
            throw new IllegalArgumentException("headline target " + headlineTarget + " is not among the targets");
        }
        if (scenarios.stream().noneMatch(s -> s.name().equals(headlineScenario))) {
            throw new IllegalArgumentException("headline scenario " + headlineScenario + " is not among the scenarios");
        }
    }

    /** The inputs of the original model, which knew no hardware generations nor the new pathways' shares. */
    public ModelInputs(YearMonth startMonth, int horizonMonths, Parameters base, List<Scenario> scenarios,
            String headlineScenario, List<Target> targets, String headlineTarget, List<Double> sweepTargetsFlop,
            List<Integer> efficiencyReplicas, List<Double> efficiencyInnerSteps, int evidenceMaxReplicas,
            List<Double> bandwidthLinkGbps, List<Double> bandwidthInnerSteps, List<Double> substrateFractions,
            List<Substrate.System> substrate, List<GridQueue.Row> gridQueue, List<Scorecard.Region> regions,
            Scorecard.Spec scorecard, List<Sensitivity.Range> sensitivity, MonteCarlo.Spec monteCarlo) {
        this(startMonth, horizonMonths, base, scenarios, headlineScenario, targets, headlineTarget, sweepTargetsFlop,
                efficiencyReplicas, efficiencyInnerSteps, evidenceMaxReplicas, bandwidthLinkGbps, bandwidthInnerSteps,
                substrateFractions, substrate, gridQueue, regions, scorecard, sensitivity, monteCarlo, List.of(), List.of(),
                Double.POSITIVE_INFINITY);
    }

    /** The sites the crossover sweep goes up to: the run's own, or the evidence limit if larger. */
    public int sweepMaxSites() {
        return Math.max(headlineParameters().maxReplicas(), evidenceMaxReplicas);
    }

    public Target headline() {
        return targets.stream().filter(t -> t.id().equals(headlineTarget)).findFirst().orElseThrow();
    }

    public Scenario scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }

    /** Baseline parameters with the headline scenario's overrides applied. */
    public Parameters headlineParameters() {
        return scenario(headlineScenario).apply(base);
    }
}
