package org.euromesh.model;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published EuroMesh inputs of FACTS.md, built in code so the model tests stand alone
 * (they never read {@code data/}). {@link #builder()} starts from these values and lets a test
 * change one piece; {@link #results()} is the full published run, computed once.
 */
public final class PublishedInputs {

    static final String HEADLINE_TARGET = "405B";
    static final String HEADLINE_SCENARIO = "baseline";
    static final int HORIZON_MONTHS = 120;
    static final int MONTE_CARLO_DRAWS = 100_000;
    static final long MONTE_CARLO_SEED = 20_260_615L;

    private PublishedInputs() {
    }

    /** FACTS §2.1, §2.3, §4.6 and §8.2 (baseline lead times); MODEL.md §2 for the mesh mechanics. */
    public static Parameters baseline() {
        Map<Parameter, Double> v = new EnumMap<>(Parameter.class);
        v.put(Parameter.GPU_PEAK_FLOP_PER_S, 9.89e14);
        v.put(Parameter.GPU_KW, 1.4);
        v.put(Parameter.PUE, 1.2);
        v.put(Parameter.SITE_MW, 40.0);
        v.put(Parameter.CAMPUS_MW, 1000.0);
        v.put(Parameter.CAPEX_EUR_PER_MW, 1.2e7);
        v.put(Parameter.BYTES_PER_PARAM, 2.0);
        v.put(Parameter.ALPHA0, 1.10);
        v.put(Parameter.K_H, 0.12);
        v.put(Parameter.K_N, 0.04);
        v.put(Parameter.INNER_STEPS, 500.0);
        v.put(Parameter.H_REF_STEPS, 500.0);
        v.put(Parameter.ALPHA_CAP, 1.5);
        v.put(Parameter.MFU_LOCAL, 0.40);
        v.put(Parameter.MFU_CENTRAL, 0.40);
        v.put(Parameter.MFU_SUBSTRATE, 0.35);
        v.put(Parameter.BATCH_TOKENS, 4e6);
        v.put(Parameter.MESH_SITES, 45.0);
        v.put(Parameter.MAX_REPLICAS, 8.0);
        v.put(Parameter.MESH_STAGGER_MONTHS, 0.0);
        v.put(Parameter.COMMISSIONING_MONTHS, 1.0);
        v.put(Parameter.MESH_RAMP_MONTHS, 1.0);
        v.put(Parameter.CAMPUS_RAMP_MONTHS, 1.0);
        v.put(Parameter.TAU_MEGA_YEARS, 7.0);
        v.put(Parameter.TAU_MEDIUM_YEARS, 2.6);
        // Edition 1.1's parameters at the values that keep the original model (data/assumptions/euromesh-2026.yaml).
        v.put(Parameter.GPU_PRICE_EUR, 25_000.0);
        v.put(Parameter.HARDWARE_GENERATIONS, 0.0);
        v.put(Parameter.PROCUREMENT_LEAD_MONTHS, 6.0);
        v.put(Parameter.PHASED_FIRST_MW, 200.0);
        v.put(Parameter.SINGLE_SITE_SYNCHRONOUS, 0.0);
        v.put(Parameter.GOODPUT, 1.0);
        v.put(Parameter.PROGRAMME_MULTIPLIER, 5.0);
        v.put(Parameter.TOKENS_PER_GPU_STEP, 0.0);
        v.put(Parameter.PAYLOAD_COMPRESSION, 1.0);
        v.put(Parameter.PUBLIC_START_MONTHS, 6.0);
        v.put(Parameter.MIXED_HARDWARE_EFFICIENCY, 0.8);
        v.put(Parameter.TAU_FAST_TRACK_YEARS, 3.5);
        v.put(Parameter.TAU_TRANCHE_YEARS, 4.0);
        return Parameters.of(v);
    }

    public static Scenario scenario(String name, double tauMegaYears, double tauMediumYears) {
        return new Scenario(name, Map.of(Parameter.TAU_MEGA_YEARS, tauMegaYears, Parameter.TAU_MEDIUM_YEARS, tauMediumYears));
    }

    /** MODEL.md §2a. */
    public static List<Scenario> scenarios() {
        return List.of(
                scenario("optimistic", 5.5, 1.8),
                scenario("baseline", 7.0, 2.6),
                scenario("pessimistic", 9.5, 4.0));
    }

    /** FACTS §3: 20 tokens per parameter. */
    public static List<Target> targets() {
        return List.of(
                new Target("8B", 8e9, 1.6e11),
                new Target("70B", 7e10, 1.4e12),
                new Target(HEADLINE_TARGET, 4.05e11, 8.1e12));
    }

    static Target headline() {
        return targets().get(2);
    }

    /** MODEL.md §2b: the 405B run plus the larger sweep targets. */
    static List<Double> sweepTargetsFlop() {
        return List.of(1.9683e25, 1e26, 5e26, 1e27, 5e27, 1e28);
    }

    /** FACTS §7: the seven systems, four of them EuroHPC. */
    public static List<Substrate.System> substrate() {
        return List.of(
                new Substrate.System("jupiter", "JUPITER Booster", "Jülich", "DE", "GH200", 24_000, 9.89e14, true, "operational", "jsc-jupiter-config"),
                new Substrate.System("alps", "Alps", "Lugano", "CH", "GH200", 10_752, 9.89e14, false, "operational", "cscs-alps-hw"),
                new Substrate.System("lumi_g", "LUMI-G", "Kajaani", "FI", "MI250X", 11_912, 3.83e14, true, "operational", "lumi-g-arch"),
                new Substrate.System("leonardo", "Leonardo Booster", "Bologna", "IT", "A100 64 GB", 13_824, 3.12e14, true, "operational", "cineca-leonardo"),
                new Substrate.System("mn5_acc", "MareNostrum 5 ACC", "Barcelona", "ES", "H100 64 GB", 4_480, 9.89e14, true, "operational", "bsc-mn5"),
                new Substrate.System("isambard_ai", "Isambard-AI", "Bristol", "UK", "GH200", 5_448, 9.89e14, false, "operational", "isambard-ai"),
                new Substrate.System("jean_zay_h100", "Jean Zay (H100 partition)", "Saclay", "FR", "H100", 1_456, 9.89e14, false, "operational", "jeanzay-2025"));
    }

    /** FACTS §5.2: the seven-region grid dataset. */
    public static List<GridQueue.Row> gridQueue() {
        return List.of(
                grid("nordics", "Nordics (NO/SE/FI)", 6.5, 2.0, "low", "medium", "svk-nordic-tsos"),
                grid("france", "France", 6.0, 2.0, "low", "medium", "ember-2025-grids"),
                grid("iberia", "Iberia (ES/PT)", 7.5, 2.5, "low", "low", "aws-reuters-2026"),
                grid("italy", "Italy", 6.0, 2.0, "low", "medium", "ember-2025-grids"),
                grid("germany", "Germany", 7.0, 3.0, "medium", "medium", "deloitte-2025-germany"),
                grid("netherlands", "Netherlands", 10.0, 4.0, "medium", "medium", "ing-2025-netherlands"),
                grid("ireland", "Ireland", 10.0, 4.0, "medium", "medium", "cru-2025-ireland"));
    }

    private static GridQueue.Row grid(String id, String name, double hyperscaleYears, double mediumYears,
            String confidenceHyperscale, String confidenceMedium, String source) {
        return new GridQueue.Row(id, name, hyperscaleYears, mediumYears, confidenceHyperscale, confidenceMedium, List.of(source), "");
    }

    /** FACTS §6.2, with the sovereignty criteria of edition 1.1 (the Nordic composite: SE and FI EU members, NO not). */
    public static List<Scorecard.Region> regions() {
        Scorecard.Sovereignty member = new Scorecard.Sovereignty(1, 1, 1);
        return List.of(
                new Scorecard.Region("nordics", "Nordics (NO/SE/FI)", 2200, 49.06, 46.09, 2.0, 6.5, 1000,
                        new Scorecard.Sovereignty(NORDIC_EU_SHARE, 1, 1)),
                new Scorecard.Region("france", "France", 800, 74.6, 44.2, 2.0, 6.0, 400, member),
                new Scorecard.Region("iberia", "Iberia (ES/PT)", 700, 98.14, 136.37, 2.5, 7.5, 400, member),
                new Scorecard.Region("italy", "Italy", 500, 134.3, 287.8, 2.0, 6.0, 400, member),
                new Scorecard.Region("germany", "Germany", 600, 139.0, 342.1, 3.0, 7.0, 400, member),
                new Scorecard.Region("netherlands", "Netherlands", 150, 127.6, 252.7, 4.0, 10.0, 1000, member),
                new Scorecard.Region("ireland", "Ireland", 100, 175.9, 279.8, 4.0, 10.0, 400, member));
    }

    /** The Nordic composite's EU share as data/regions.csv writes it: (SE 900 + FI 700) / 2200 MW, to four places. */
    static final double NORDIC_EU_SHARE = 0.7273;

    /** Each criterion weighs the same. */
    static final Scorecard.SovereigntyWeights SOVEREIGNTY_WEIGHTS = new Scorecard.SovereigntyWeights(1, 1, 1);

    /** The alternative weight sets of the stability check, as in data/scenarios.yaml. */
    static final Map<String, Scorecard.Weights> ALTERNATIVE_WEIGHTS = alternativeWeights();

    private static Map<String, Scorecard.Weights> alternativeWeights() {
        Map<String, Scorecard.Weights> m = new java.util.LinkedHashMap<>();
        m.put("equal", new Scorecard.Weights(0.25, 0.25, 0.25, 0.25));
        m.put("time_heavy", new Scorecard.Weights(0.7, 0.1, 0.1, 0.1));
        m.put("cost_heavy", new Scorecard.Weights(0.1, 0.7, 0.1, 0.1));
        return m;
    }

    /** MODEL.md §12: weights 0.4 / 0.2 / 0.2 / 0.2, full network at 400 Gbit/s. */
    public static Scorecard.Spec scorecardSpec() {
        return scorecardSpec(new Scorecard.Weights(0.4, 0.2, 0.2, 0.2));
    }

    public static Scorecard.Spec scorecardSpec(Scorecard.Weights weights) {
        return new Scorecard.Spec(weights, SOVEREIGNTY_WEIGHTS, 400, ALTERNATIVE_WEIGHTS);
    }

    /** MODEL.md §4. */
    public static List<Sensitivity.Range> sensitivity() {
        return List.of(
                new Sensitivity.Range(Parameter.TAU_MEGA_YEARS, 5.5, 9.5),
                new Sensitivity.Range(Parameter.TAU_MEDIUM_YEARS, 1.8, 4.0),
                new Sensitivity.Range(Parameter.ALPHA0, 1.0, 1.3),
                new Sensitivity.Range(Parameter.K_N, 0.0, 0.08),
                new Sensitivity.Range(Parameter.K_H, 0.06, 0.18),
                new Sensitivity.Range(Parameter.INNER_STEPS, 100, 1000),
                new Sensitivity.Range(Parameter.MFU_LOCAL, 0.30, 0.45),
                new Sensitivity.Range(Parameter.MFU_CENTRAL, 0.35, 0.45),
                new Sensitivity.Range(Parameter.GPU_KW, 1.2, 1.7),
                new Sensitivity.Range(Parameter.MAX_REPLICAS, 1, 16),
                new Sensitivity.Range(Parameter.COMMISSIONING_MONTHS, 0, 3));
    }

    /** MODEL.md §5. */
    public static MonteCarlo.Spec monteCarlo(int draws, long seed) {
        return new MonteCarlo.Spec(draws, seed, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Triangular(5.5, 7.0, 9.5)),
                new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Triangular(1.8, 2.6, 4.0)),
                new MonteCarlo.Input(Parameter.ALPHA0, new Distribution.Uniform(1.0, 1.3)),
                new MonteCarlo.Input(Parameter.MFU_LOCAL, new Distribution.Uniform(0.30, 0.45)),
                new MonteCarlo.Input(Parameter.MFU_CENTRAL, new Distribution.Uniform(0.35, 0.45))), 2.0);
    }

    public static MonteCarlo.Spec monteCarlo() {
        return monteCarlo(MONTE_CARLO_DRAWS, MONTE_CARLO_SEED);
    }

    static Builder builder() {
        return new Builder();
    }

    static ModelInputs inputs() {
        return builder().build();
    }

    /** The full published run (100 000 draws), computed once for every test that only reads it. */
    static ModelResults results() {
        return Published.RESULTS;
    }

    private static final class Published {
        static final ModelResults RESULTS = Model.run(inputs());
    }

    /** The published inputs with one piece changed; {@link #fewDraws()} keeps runs that ignore the Monte Carlo fast. */
    static final class Builder {
        private Parameters base = baseline();
        private List<Scenario> scenarios = PublishedInputs.scenarios();
        private List<Target> targets = PublishedInputs.targets();
        private Scorecard.Spec scorecard = scorecardSpec();
        private List<Scorecard.Region> regions = PublishedInputs.regions();
        private MonteCarlo.Spec monteCarlo = PublishedInputs.monteCarlo();

        Builder base(Parameters value) {
            base = value;
            return this;
        }

        Builder baseWith(Parameter p, double value) {
            base = base.with(p, value);
            return this;
        }

        Builder scenarios(List<Scenario> value) {
            scenarios = value;
            return this;
        }

        Builder targets(List<Target> value) {
            targets = value;
            return this;
        }

        Builder scorecard(Scorecard.Spec value) {
            scorecard = value;
            return this;
        }

        Builder regions(List<Scorecard.Region> value) {
            regions = value;
            return this;
        }

        Builder monteCarlo(MonteCarlo.Spec value) {
            monteCarlo = value;
            return this;
        }

        Builder fewDraws() {
            return monteCarlo(PublishedInputs.monteCarlo(2_000, MONTE_CARLO_SEED));
        }

        ModelInputs build() {
            return new ModelInputs(
                    YearMonth.of(2026, 1),
                    HORIZON_MONTHS,
                    base,
                    scenarios,
                    HEADLINE_SCENARIO,
                    targets,
                    HEADLINE_TARGET,
                    sweepTargetsFlop(),
                    List.of(1, 2, 4, 8, 16, 32, 64),
                    List.of(100.0, 500.0, 1000.0),
                    8,
                    List.of(10.0, 100.0, 400.0, 1000.0),
                    List.of(100.0, 500.0, 1000.0),
                    List.of(0.10, 0.25, 0.50, 1.00),
                    substrate(),
                    gridQueue(),
                    regions,
                    scorecard,
                    sensitivity(),
                    monteCarlo);
        }
    }
}
