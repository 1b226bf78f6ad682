package org.euromesh.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.euromesh.model.Distribution;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.Generation;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.Parameters;
import org.euromesh.model.Scenario;
import org.euromesh.model.Substrate;
import org.euromesh.model.Target;

/**
 * The part of the edition's inputs the explorer runs on, as the build hands it to the page
 * (JSON, every double as its exact bits). The build makes it from {@link ModelInputs}; the page
 * reads it back with {@link #fromJson}, so both run the model on the same numbers.
 */
public record ExploreInputs(
        Verdict.Calendar calendar,
        Parameters base,
        List<Scenario> scenarios,
        String headlineScenario,
        List<Target> targets,
        String headlineTarget,
        long seed,
        int buildDraws,
        double histogramBinMonths,
        List<MonteCarlo.Input> monteCarloInputs,
        Peak euroHpc,
        Peak allPublic,
        List<Double> publicFractions,
        double leadTimeCorrelation,
        List<Generation> generations,
        List<Substrate.System> publicSystems,
        List<Double> publicShares) {

    /** The summed peak and the number of systems of a group of public machines. */
    public record Peak(double flopPerS, int systems) {
    }

    public ExploreInputs {
        scenarios = List.copyOf(scenarios);
        targets = List.copyOf(targets);
        monteCarloInputs = List.copyOf(monteCarloInputs);
        publicFractions = List.copyOf(publicFractions);
        generations = List.copyOf(generations);
        publicSystems = List.copyOf(publicSystems);
        publicShares = List.copyOf(publicShares);
    }

    /** JVM side: what the explorer needs from the build's validated inputs. */
    public static ExploreInputs of(ModelInputs in) {
        Substrate.Result peaks = Substrate.run(in.headlineParameters(), in.substrate(), List.of(), List.of());
        return new ExploreInputs(new Verdict.Calendar(in.startMonth().getYear(), in.startMonth().getMonthValue(),
                in.horizonMonths()), in.base(), in.scenarios(), in.headlineScenario(), in.targets(), in.headlineTarget(),
                in.monteCarlo().seed(), in.monteCarlo().draws(), in.monteCarlo().histogramBinMonths(),
                in.monteCarlo().inputs(), new Peak(peaks.euroHpcPeakFlopPerS(), peaks.euroHpcSystems()),
                new Peak(peaks.allPeakFlopPerS(), peaks.allSystems()), shareOptions(in.publicShares(), in.substrateFractions()),
                in.monteCarlo().leadTimeCorrelation(), in.generations(),
                in.substrate().stream().filter(Substrate.System::euroHpc).toList(), in.publicShares());
    }

    /**
     * The public-share control's options: first the share allocated to the run (the first of
     * training.public_shares, which the control replaces), then the substrate's shares.
     */
    static List<Double> shareOptions(List<Double> publicShares, List<Double> substrateFractions) {
        List<Double> options = new ArrayList<>();
        if (!publicShares.isEmpty()) {
            options.add(publicShares.get(0));
        }
        substrateFractions.stream().filter(f -> !options.contains(f)).forEach(options::add);
        return options;
    }

    /** The public machines' shares of a run whose allocated share is {@code allocated}: the first of the edition's replaced. */
    public List<Double> publicShares(double allocated) {
        List<Double> shares = new ArrayList<>(publicShares);
        if (!shares.isEmpty()) {
            shares.set(0, allocated);
        }
        return shares;
    }

    public Scenario scenario(String name) {
        for (Scenario s : scenarios) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no scenario " + name);
    }

    public Target target(String id) {
        for (Target t : targets) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no target " + id);
    }

    public String toJson() {
        Json base = Json.object();
        for (Parameter p : Parameter.values()) {
            base.put(p.key(), Json.bits(this.base.get(p)));
        }
        Json scenarioList = Json.array();
        for (Scenario s : scenarios) {
            Json overrides = Json.object();
            for (Parameter p : Parameter.values()) {
                if (s.overrides().containsKey(p)) {
                    overrides.put(p.key(), Json.bits(s.overrides().get(p)));
                }
            }
            scenarioList.add(Json.object().put("name", s.name()).put("overrides", overrides));
        }
        Json targetList = Json.array();
        for (Target t : targets) {
            targetList.add(Json.object().put("id", t.id()).put("parameters", Json.bits(t.parameters()))
                    .put("tokens", Json.bits(t.tokens())));
        }
        Json mc = Json.array();
        for (MonteCarlo.Input i : monteCarloInputs) {
            Json d = Json.object().put("parameter", i.parameter().key());
            if (i.distribution() instanceof Distribution.Triangular t) {
                d.put("distribution", "triangular").put("min", Json.bits(t.min())).put("mode", Json.bits(t.mode()))
                        .put("max", Json.bits(t.max()));
            } else {
                d.put("distribution", "uniform").put("min", Json.bits(i.distribution().min()))
                        .put("max", Json.bits(i.distribution().max()));
            }
            mc.add(d);
        }
        Json fractions = Json.array();
        publicFractions.forEach(f -> fractions.add(Json.bits(f)));
        Json fleet = Json.array();
        for (Generation g : generations) {
            fleet.add(Json.object().put("id", g.id()).put("name", g.name()).put("availableMonth", g.availableMonth())
                    .put("peakFlopPerS", Json.bits(g.peakFlopPerS())).put("gpuKw", Json.bits(g.gpuKw()))
                    .put("priceEur", Json.bits(g.priceEur())));
        }
        Json systems = Json.array();
        for (Substrate.System sys : publicSystems) {
            systems.add(Json.object().put("id", sys.id()).put("count", sys.count()).put("peakFlopPerS", Json.bits(sys.peakFlopPerS())));
        }
        Json shares = Json.array();
        publicShares.forEach(f -> shares.add(Json.bits(f)));
        return Json.object()
                .put("startYear", calendar.startYear()).put("startMonth", calendar.startMonth())
                .put("horizonMonths", calendar.horizonMonths())
                .put("base", base).put("scenarios", scenarioList).put("headlineScenario", headlineScenario)
                .put("targets", targetList).put("headlineTarget", headlineTarget)
                .put("seed", Long.toString(seed)).put("buildDraws", buildDraws)
                .put("histogramBinMonths", Json.bits(histogramBinMonths)).put("monteCarlo", mc)
                .put("euroHpc", peak(euroHpc)).put("allPublic", peak(allPublic)).put("publicFractions", fractions)
                .put("leadTimeCorrelation", Json.bits(leadTimeCorrelation)).put("generations", fleet)
                .put("publicSystems", systems).put("publicShares", shares)
                .toString();
    }

    private static Json peak(Peak p) {
        return Json.object().put("flopPerS", Json.bits(p.flopPerS())).put("systems", p.systems());
    }

    @SuppressWarnings("unchecked")
    public static ExploreInputs fromJson(String json) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        Map<Parameter, Double> base = new EnumMap<>(Parameter.class);
        ((Map<String, Object>) root.get("base")).forEach((k, v) -> base.put(parameter(k), Json.fromBits((String) v)));
        List<Scenario> scenarios = new ArrayList<>();
        for (Object o : (List<Object>) root.get("scenarios")) {
            Map<String, Object> s = (Map<String, Object>) o;
            Map<Parameter, Double> overrides = new EnumMap<>(Parameter.class);
            ((Map<String, Object>) s.get("overrides")).forEach((k, v) -> overrides.put(parameter(k), Json.fromBits((String) v)));
            scenarios.add(new Scenario((String) s.get("name"), overrides));
        }
        List<Target> targets = new ArrayList<>();
        for (Object o : (List<Object>) root.get("targets")) {
            Map<String, Object> t = (Map<String, Object>) o;
            targets.add(new Target((String) t.get("id"), bits(t, "parameters"), bits(t, "tokens")));
        }
        List<MonteCarlo.Input> mc = new ArrayList<>();
        for (Object o : (List<Object>) root.get("monteCarlo")) {
            Map<String, Object> d = (Map<String, Object>) o;
            Distribution dist = "triangular".equals(d.get("distribution"))
                    ? new Distribution.Triangular(bits(d, "min"), bits(d, "mode"), bits(d, "max"))
                    : new Distribution.Uniform(bits(d, "min"), bits(d, "max"));
            mc.add(new MonteCarlo.Input(parameter((String) d.get("parameter")), dist));
        }
        List<Double> fractions = new ArrayList<>();
        for (Object o : (List<Object>) root.get("publicFractions")) {
            fractions.add(Json.fromBits((String) o));
        }
        List<Generation> fleet = new ArrayList<>();
        for (Object o : (List<Object>) root.get("generations")) {
            Map<String, Object> g = (Map<String, Object>) o;
            fleet.add(new Generation((String) g.get("id"), (String) g.get("name"), whole(g, "availableMonth"),
                    bits(g, "peakFlopPerS"), bits(g, "gpuKw"), bits(g, "priceEur")));
        }
        List<Substrate.System> systems = new ArrayList<>();
        for (Object o : (List<Object>) root.get("publicSystems")) {
            Map<String, Object> sys = (Map<String, Object>) o;
            String id = (String) sys.get("id");
            // Only what the public pathway reads: the count and peak of each EuroHPC system, in the build's order.
            systems.add(new Substrate.System(id, id, "", "", "", whole(sys, "count"), bits(sys, "peakFlopPerS"), true, "", ""));
        }
        List<Double> shares = new ArrayList<>();
        for (Object o : (List<Object>) root.get("publicShares")) {
            shares.add(Json.fromBits((String) o));
        }
        return new ExploreInputs(
                new Verdict.Calendar(whole(root, "startYear"), whole(root, "startMonth"), whole(root, "horizonMonths")),
                Parameters.of(base), scenarios, (String) root.get("headlineScenario"), targets,
                (String) root.get("headlineTarget"), Long.parseLong((String) root.get("seed")), whole(root, "buildDraws"),
                bits(root, "histogramBinMonths"), mc, peak(root.get("euroHpc")), peak(root.get("allPublic")), fractions,
                bits(root, "leadTimeCorrelation"), fleet, systems, shares);
    }

    @SuppressWarnings("unchecked")
    private static Peak peak(Object o) {
        Map<String, Object> m = (Map<String, Object>) o;
        return new Peak(bits(m, "flopPerS"), whole(m, "systems"));
    }

    private static double bits(Map<String, Object> m, String key) {
        return Json.fromBits((String) m.get(key));
    }

    private static int whole(Map<String, Object> m, String key) {
        return ((Long) m.get(key)).intValue();
    }

    private static Parameter parameter(String key) {
        return Parameter.byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown parameter " + key));
    }
}
