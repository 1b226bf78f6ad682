package org.euromesh.model;

import java.util.List;

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

        List<ScenarioResult> scenarios = in.scenarios().stream()
                .map(s -> ScenarioResult.run(s.name(), s.apply(in.base()), in.targets(), horizon))
                .toList();
        int meshReplicas = Math.min(base.meshSites(), base.maxReplicas());

        return new ModelResults(
                in,
                scenarios,
                Efficiency.table(base, in.efficiencyReplicas(), in.efficiencyInnerSteps(), in.evidenceMaxReplicas()),
                Bandwidth.table(base, headline, meshReplicas, in.bandwidthLinkGbps(), in.bandwidthInnerSteps()),
                Crossover.sweep(base, in.sweepTargetsFlop(), horizon),
                Crossover.thresholds(base, headline.requiredFlop(), horizon),
                Substrate.run(base, in.substrate(), in.targets(), in.substrateFractions()),
                Scorecard.score(base, headline, in.regions(), in.scorecard()),
                Sensitivity.tornado(base, headline, in.sensitivity(), horizon),
                MonteCarlo.run(base, headline, in.monteCarlo(), horizon, monteCarloBlocks),
                GridQueue.meanHyperscaleYears(in.gridQueue()),
                GridQueue.meanMediumYears(in.gridQueue()));
    }
}
