package org.euromesh.model;

import java.util.List;
import java.util.Optional;

/** The whole model in one call: pure, no I/O; inputs in, results out. */
public final class Model {

    private Model() {
    }

    public static ModelResults run(ModelInputs in) {
        return run(in, Blocks.SEQUENTIAL);
    }

    /** The same, with the Monte Carlo's blocks run by {@code monteCarloBlocks} (in parallel, say). */
    public static ModelResults run(ModelInputs in, Blocks monteCarloBlocks) {
        int horizon = in.horizonMonths();
        Target headline = in.headline();
        Parameters base = in.headlineParameters();

        List<Generation> fleet = in.generations();
        List<ScenarioResult> scenarios = in.scenarios().stream()
                .map(s -> ScenarioResult.run(s.name(), s.apply(in.base()), in.targets(), headline, horizon, fleet,
                        in.substrate(), in.publicShares(), in.evidenceMaxReplicas(), in.evidenceMaxParameters()))
                .toList();
        int meshReplicas = Math.min(base.meshSites(), base.maxReplicas());
        Scorecard.Result scorecard = Scorecard.score(base, headline, in.regions(), in.scorecard());

        return new ModelResults(
                in,
                scenarios,
                Efficiency.table(base, in.efficiencyReplicas(), in.efficiencyInnerSteps(), in.evidenceMaxReplicas()),
                Bandwidth.table(base, Pathways.meshHardware(base, fleet), headline, meshReplicas, in.bandwidthLinkGbps(),
                        in.bandwidthInnerSteps()),
                Crossover.sweep(base, in.sweepTargetsFlop(), horizon, in.sweepMaxSites(), fleet),
                Crossover.thresholds(base, headline.requiredFlop(), horizon, in.sweepMaxSites(), fleet),
                Substrate.run(base, in.substrate(), in.targets(), in.substrateFractions()),
                scorecard.rows(),
                scorecard.stability(),
                Sensitivity.tornado(base, headline, in.sensitivity(), horizon, fleet),
                MonteCarlo.run(base, headline, in.monteCarlo(), horizon, fleet, monteCarloBlocks),
                GridQueue.meanHyperscaleYears(in.gridQueue()),
                GridQueue.meanMediumYears(in.gridQueue()),
                GridQueue.weightedHyperscaleYears(in.gridQueue(), in.regions()),
                Capital.table(base, fleet),
                Flips.find(base, headline, horizon, fleet),
                Optional.empty());
    }

    /** The headline target's delivery by the mesh and the campus in the headline scenario, and nothing else. */
    public static ScenarioResult.TargetDelivery headline(ModelInputs in) {
        Target t = in.headline();
        ScenarioResult s = ScenarioResult.run(in.headlineScenario(), in.headlineParameters(), List.of(t), t, in.horizonMonths(),
                in.generations(), List.of(), List.of());
        return s.delivery(t.id());
    }
}
