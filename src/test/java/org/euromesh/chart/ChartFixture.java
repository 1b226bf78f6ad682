package org.euromesh.chart;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.euromesh.model.Distribution;
import org.euromesh.model.GridQueue;
import org.euromesh.model.Model;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.Parameters;
import org.euromesh.model.Scenario;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Sensitivity;
import org.euromesh.model.Substrate;
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
                List.of(0.10, 0.25, 0.50, 1.00), substrate(), gridQueue(), regions(), scorecardSpec(),
                sensitivity(), monteCarlo());
    }

    /** Only what the model cannot run without: no inventory, regions, ranges or efficiency grid. */
    static ModelInputs sparseInputs() {
        return new ModelInputs(YearMonth.of(2026, 1), 120, baseline(), List.of(scenario("baseline", 7.0, 2.6)),
                "baseline", targets(), "405B", List.of(), List.of(), List.of(), 8, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), scorecardSpec(), List.of(),
                new MonteCarlo.Spec(50, 1L, List.of(), 2.0));
    }

    private static Scorecard.Spec scorecardSpec() {
        return new Scorecard.Spec(new Scorecard.Weights(0.4, 0.2, 0.2, 0.2),
                Map.of("eu_core", 1.0, "eu_member", 0.9, "eea", 0.8, "eu_adjacent", 0.6), 400);
    }

    static Parameters baseline() {
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
        return Parameters.of(v);
    }

    static List<Scenario> scenarios() {
        return List.of(scenario("optimistic", 5.5, 1.8), scenario("baseline", 7.0, 2.6), scenario("pessimistic", 9.5, 4.0));
    }

    static Scenario scenario(String name, double tauMegaYears, double tauMediumYears) {
        return new Scenario(name, Map.of(Parameter.TAU_MEGA_YEARS, tauMegaYears, Parameter.TAU_MEDIUM_YEARS, tauMediumYears));
    }

    static List<Target> targets() {
        return List.of(new Target("8B", 8e9, 1.6e11), new Target("70B", 7e10, 1.4e12), new Target("405B", 4.05e11, 8.1e12));
    }

    static List<Substrate.System> substrate() {
        return List.of(
                system("jupiter", "JUPITER Booster", "DE", "GH200", 24_000, 9.89e14, true),
                system("alps", "Alps", "CH", "GH200", 10_752, 9.89e14, false),
                system("lumi_g", "LUMI-G", "FI", "MI250X", 11_912, 3.83e14, true),
                system("leonardo", "Leonardo Booster", "IT", "A100", 13_824, 3.12e14, true),
                system("mn5_acc", "MareNostrum 5 ACC", "ES", "H100", 4_480, 9.89e14, true),
                system("isambard_ai", "Isambard-AI", "UK", "GH200", 5_448, 9.89e14, false),
                system("jean_zay_h100", "Jean Zay (H100 partition)", "FR", "H100", 1_456, 9.89e14, false));
    }

    private static Substrate.System system(String id, String name, String country, String accelerator, int count,
            double peak, boolean euroHpc) {
        return new Substrate.System(id, name, "site", country, accelerator, count, peak, euroHpc, "operational", "source");
    }

    static List<GridQueue.Row> gridQueue() {
        return List.of(
                grid("nordics", "Nordics (NO/SE/FI)", 6.5, 2.0),
                grid("france", "France", 6.0, 2.0),
                grid("iberia", "Iberia (ES/PT)", 7.5, 2.5),
                grid("italy", "Italy", 6.0, 2.0),
                grid("germany", "Germany", 7.0, 3.0),
                grid("netherlands", "Netherlands", 10.0, 4.0),
                grid("ireland", "Ireland", 10.0, 4.0));
    }

    private static GridQueue.Row grid(String id, String name, double hyperscaleYears, double mediumYears) {
        return new GridQueue.Row(id, name, hyperscaleYears, mediumYears, "low", "medium", List.of("source"), "");
    }

    static List<Scorecard.Region> regions() {
        return List.of(
                new Scorecard.Region("nordics", "Nordics (NO/SE/FI)", 2200, 49.06, 46.09, 2.0, 6.5, 1000, "eea"),
                new Scorecard.Region("france", "France", 800, 74.6, 44.2, 2.0, 6.0, 400, "eu_core"),
                new Scorecard.Region("iberia", "Iberia (ES/PT)", 700, 98.14, 136.37, 2.5, 7.5, 400, "eu_core"),
                new Scorecard.Region("italy", "Italy", 500, 134.3, 287.8, 2.0, 6.0, 400, "eu_core"),
                new Scorecard.Region("germany", "Germany", 600, 139.0, 342.1, 3.0, 7.0, 400, "eu_core"),
                new Scorecard.Region("netherlands", "Netherlands", 150, 127.6, 252.7, 4.0, 10.0, 1000, "eu_core"),
                new Scorecard.Region("ireland", "Ireland", 100, 175.9, 279.8, 4.0, 10.0, 400, "eu_member"));
    }

    static List<Sensitivity.Range> sensitivity() {
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

    static MonteCarlo.Spec monteCarlo() {
        return new MonteCarlo.Spec(20_000, 20_260_615L, List.of(
                new MonteCarlo.Input(Parameter.TAU_MEGA_YEARS, new Distribution.Triangular(5.5, 7.0, 9.5)),
                new MonteCarlo.Input(Parameter.TAU_MEDIUM_YEARS, new Distribution.Triangular(1.8, 2.6, 4.0)),
                new MonteCarlo.Input(Parameter.ALPHA0, new Distribution.Uniform(1.0, 1.3)),
                new MonteCarlo.Input(Parameter.MFU_LOCAL, new Distribution.Uniform(0.30, 0.45)),
                new MonteCarlo.Input(Parameter.MFU_CENTRAL, new Distribution.Uniform(0.35, 0.45))), 2.0);
    }
}
