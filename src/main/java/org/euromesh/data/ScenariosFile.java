package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.Distribution;
import org.euromesh.model.InputGroup;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.Scenario;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Sensitivity;

/**
 * {@code data/scenarios.yaml}: the horizon, the named scenarios (each a set of parameter
 * overrides; the baseline holds the base lead times), the tornado ranges, the Monte Carlo
 * inputs and the scorecard weights. Every top-level key that is not reserved is a scenario.
 */
final class ScenariosFile {

    static final String START = "start_month";
    static final String HORIZON = "horizon_months";
    static final String HEADLINE = "headline_scenario";
    static final String SENSITIVITY = "sensitivity";
    static final String MONTE_CARLO = "monte_carlo";
    static final String SCORECARD = "scorecard";
    static final List<String> RESERVED = List.of(START, HORIZON, HEADLINE, SENSITIVITY, MONTE_CARLO, SCORECARD);
    static final String BASELINE = "baseline";
    static final int MAX_HORIZON_MONTHS = 1200;
    static final int MAX_DRAWS = 10_000_000;

    private static final ObjectReader TEXT = Binder.YAML.readerFor(String.class);
    private static final ObjectReader WHOLE = Binder.YAML.readerFor(Integer.class);
    private static final ObjectReader SENSITIVITY_BLOCK = Binder.YAML.readerFor(Entries.SensitivityBlock.class);
    private static final ObjectReader RANGE = Binder.YAML.readerFor(Entries.RangeEntry.class);
    private static final ObjectReader MONTE_CARLO_BLOCK = Binder.YAML.readerFor(Entries.MonteCarloBlock.class);
    private static final ObjectReader DISTRIBUTION = Binder.YAML.readerFor(Entries.DistributionInput.class);
    private static final ObjectReader SCORECARD_BLOCK = Binder.YAML.readerFor(Entries.ScorecardBlock.class);

    /** What the model needs from this file. */
    record Scenarios(YearMonth startMonth, int horizonMonths, String headlineScenario, List<Scenario> scenarios,
            List<Sensitivity.Range> sensitivity, MonteCarlo.Spec monteCarlo) {
    }

    private final Document doc;
    private final Citations citations;
    private final Provenance out;
    private final Problems problems;

    private ScenariosFile(Document doc, Citations citations, Provenance out, Problems problems) {
        this.doc = doc;
        this.citations = citations;
        this.out = out;
        this.problems = problems;
    }

    /** The scorecard is read on its own so the regions table can be checked against it even when the rest fails. */
    record Result(Optional<Scenarios> scenarios, Optional<Scorecard.Spec> scorecard) {
    }

    static Result read(Document doc, Citations citations, Provenance out, Problems problems) {
        if (!doc.root.isObject()) {
            problems.at(doc, Pointer.ROOT, "expected a mapping with " + String.join(", ", RESERVED)
                    + " and the scenarios at the top of the file, got " + Binder.shown(doc.root));
            return new Result(Optional.empty(), Optional.empty());
        }
        int before = problems.count();
        for (String key : RESERVED) {
            if (!doc.root.has(key)) {
                problems.at(doc, Pointer.ROOT, "missing key \"" + key + "\"; scenarios.yaml needs " + String.join(", ", RESERVED)
                        + " beside the scenarios");
            }
        }
        ScenariosFile file = new ScenariosFile(doc, citations, out, problems);
        Optional<YearMonth> start = doc.root.has(START) ? file.startMonth() : Optional.empty();
        Optional<Integer> horizon = doc.root.has(HORIZON) ? file.horizon() : Optional.empty();
        Optional<List<Scenario>> scenarios = file.scenarios();
        Optional<String> headline = doc.root.has(HEADLINE) ? file.headline(scenarios) : Optional.empty();
        Optional<List<Sensitivity.Range>> sensitivity = doc.root.has(SENSITIVITY) ? file.sensitivity() : Optional.empty();
        Optional<MonteCarlo.Spec> monteCarlo = doc.root.has(MONTE_CARLO) ? file.monteCarlo() : Optional.empty();
        Optional<Scorecard.Spec> scorecard = doc.root.has(SCORECARD) ? file.scorecard() : Optional.empty();
        if (problems.count() > before) {
            return new Result(Optional.empty(), scorecard);
        }
        return new Result(Optional.of(new Scenarios(start.orElseThrow(), horizon.orElseThrow(), headline.orElseThrow(),
                scenarios.orElseThrow(), sensitivity.orElseThrow(), monteCarlo.orElseThrow())), scorecard);
    }

    private Optional<YearMonth> startMonth() {
        String at = Pointer.child(Pointer.ROOT, START);
        return Binder.<String>bind(TEXT, doc, at, problems).flatMap(text -> {
            try {
                return Optional.of(YearMonth.parse(text));
            } catch (DateTimeParseException e) {
                problems.at(doc, at, "expected a month as \"YYYY-MM\", got " + Binder.shown(doc.at(at)));
                return Optional.empty();
            }
        });
    }

    private Optional<Integer> horizon() {
        String at = Pointer.child(Pointer.ROOT, HORIZON);
        return Binder.<Integer>bind(WHOLE, doc, at, problems)
                .filter(h -> Checks.within(doc, at, h, 1, MAX_HORIZON_MONTHS, problems));
    }

    private Optional<String> headline(Optional<List<Scenario>> scenarios) {
        String at = Pointer.child(Pointer.ROOT, HEADLINE);
        List<String> names = scenarioNames();
        return Binder.<String>bind(TEXT, doc, at, problems).filter(name -> {
            if (!names.contains(name)) {
                problems.at(doc, at, "headline scenario \"" + name + "\" is not defined" + Suggest.didYouMean(name, names)
                        + "; defined scenarios: " + String.join(", ", names));
                return false;
            }
            return scenarios.isPresent();
        });
    }

    private List<String> scenarioNames() {
        List<String> names = new ArrayList<>();
        doc.root.fieldNames().forEachRemaining(name -> {
            if (!RESERVED.contains(name)) {
                names.add(name);
            }
        });
        return names;
    }

    private Optional<List<Scenario>> scenarios() {
        int before = problems.count();
        List<String> names = scenarioNames();
        for (String published : Scenario.PUBLISHED) {
            if (!names.contains(published)) {
                problems.at(doc, Pointer.ROOT, "missing scenario \"" + published + "\"" + Suggest.didYouMean(published, names)
                        + "; the report compares " + String.join(", ", Scenario.PUBLISHED)
                        + " (other top-level keys: " + String.join(", ", RESERVED) + ")");
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : names) {
            scenario(name).ifPresent(scenarios::add);
        }
        return problems.count() == before ? Optional.of(scenarios) : Optional.empty();
    }

    private Optional<Scenario> scenario(String name) {
        String at = Pointer.child(Pointer.ROOT, name);
        JsonNode node = doc.at(at);
        List<String> keys = Arrays.stream(Parameter.values()).map(Parameter::key).toList();
        if (!node.isObject() || node.isEmpty()) {
            problems.at(doc, at, "scenario \"" + name + "\" must map parameter keys to {value, tier, source}"
                    + Suggest.didYouMean(name, RESERVED) + "; parameter keys: " + String.join(", ", keys));
            return Optional.empty();
        }
        int before = problems.count();
        Map<Parameter, Double> overrides = new EnumMap<>(Parameter.class);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            Optional<Parameter> parameter = Parameter.byKey(key);
            if (parameter.isEmpty()) {
                problems.at(doc, Pointer.child(at, key), "unknown parameter \"" + key + "\" in scenario \"" + name + "\""
                        + Suggest.didYouMean(key, keys) + "; parameter keys: " + String.join(", ", keys));
                continue;
            }
            ParameterFile.entry(doc, Pointer.child(at, key), parameter.get(), doc.stem + "." + name + "." + key,
                    citations, out, problems).ifPresent(v -> overrides.put(parameter.get(), v));
        }
        if (name.equals(BASELINE)) {
            for (Parameter p : DataFiles.declaredIn(InputGroup.SCENARIOS)) {
                if (!node.has(p.key())) {
                    problems.at(doc, at, "the baseline scenario must give " + p.key() + " (" + p.unit().symbol() + "): the base lead time of every scenario");
                }
            }
        }
        return problems.count() == before ? Optional.of(new Scenario(name, overrides)) : Optional.empty();
    }

    private Optional<List<Sensitivity.Range>> sensitivity() {
        String at = Pointer.child(Pointer.ROOT, SENSITIVITY);
        Binder.defaultTo(doc.at(at), "note", "");
        Optional<Entries.SensitivityBlock> bound = Binder.bind(SENSITIVITY_BLOCK, doc, at, problems);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Entries.SensitivityBlock block = bound.get();
        citations.check(doc, at, block.tier(), block.source(), problems);
        out.rows.put("scenarios." + SENSITIVITY, new RowMeta(doc.file, SENSITIVITY, block.tier(), block.source(), block.note()));
        String list = Pointer.child(at, "ranges");
        if (!block.ranges().isArray() || block.ranges().isEmpty()) {
            problems.at(doc, list, "expected a non-empty list of {parameter, low, high}, got " + Binder.shown(block.ranges()));
            return Optional.empty();
        }
        List<Sensitivity.Range> ranges = new ArrayList<>();
        Map<Parameter, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < block.ranges().size(); i++) {
            String item = Pointer.index(list, i);
            Optional<Entries.RangeEntry> range = Binder.bind(RANGE, doc, item, problems);
            if (range.isEmpty()) {
                continue;
            }
            Entries.RangeEntry r = range.get();
            Optional<Parameter> parameter = parameter(item, r.parameter(), firstLine, "a range");
            if (parameter.isEmpty()) {
                continue;
            }
            boolean ok = Checks.parameter(doc, Pointer.child(item, "low"), parameter.get(), r.low(), problems);
            ok &= Checks.parameter(doc, Pointer.child(item, "high"), parameter.get(), r.high(), problems);
            if (ok && !(r.low() < r.high())) {
                problems.at(doc, Pointer.child(item, "low"), "low (" + Checks.plain(r.low()) + ") must be below high ("
                        + Checks.plain(r.high()) + ")");
                ok = false;
            }
            if (ok) {
                ranges.add(new Sensitivity.Range(parameter.get(), r.low(), r.high()));
            }
        }
        return problems.count() == before ? Optional.of(ranges) : Optional.empty();
    }

    private Optional<MonteCarlo.Spec> monteCarlo() {
        String at = Pointer.child(Pointer.ROOT, MONTE_CARLO);
        Binder.defaultTo(doc.at(at), "note", "");
        Optional<Entries.MonteCarloBlock> bound = Binder.bind(MONTE_CARLO_BLOCK, doc, at, problems);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Entries.MonteCarloBlock block = bound.get();
        citations.check(doc, at, block.tier(), block.source(), problems);
        out.rows.put("scenarios." + MONTE_CARLO, new RowMeta(doc.file, MONTE_CARLO, block.tier(), block.source(), block.note()));
        Checks.within(doc, Pointer.child(at, "draws"), block.draws(), 1, MAX_DRAWS, problems);
        Checks.above(doc, Pointer.child(at, "histogram_bin_months"), block.histogramBinMonths(), 0, problems);
        if (!(block.leadTimeCorrelation() >= 0 && block.leadTimeCorrelation() < 1)) {
            problems.at(doc, Pointer.child(at, "lead_time_correlation"), "expected a correlation in [0, 1), got "
                    + Checks.plain(block.leadTimeCorrelation()));
        }
        String list = Pointer.child(at, "inputs");
        if (!block.inputs().isArray() || block.inputs().isEmpty()) {
            problems.at(doc, list, "expected a non-empty list of {parameter, distribution, min, (mode,) max}, got "
                    + Binder.shown(block.inputs()));
            return Optional.empty();
        }
        List<MonteCarlo.Input> inputs = new ArrayList<>();
        Map<Parameter, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < block.inputs().size(); i++) {
            String item = Pointer.index(list, i);
            if (doc.at(item) instanceof com.fasterxml.jackson.databind.node.ObjectNode o && !o.has("include")) {
                o.put("include", true);
            }
            Optional<Entries.DistributionInput> input = Binder.bind(DISTRIBUTION, doc, item, problems);
            if (input.isEmpty()) {
                continue;
            }
            Optional<Parameter> parameter = parameter(item, input.get().parameter(), firstLine, "a distribution");
            if (parameter.isPresent() && input.get().include()) {
                distribution(item, parameter.get(), input.get()).ifPresent(d -> inputs.add(new MonteCarlo.Input(parameter.get(), d)));
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new MonteCarlo.Spec(block.draws(), block.seed(), inputs, block.histogramBinMonths(),
                block.leadTimeCorrelation()));
    }

    private Optional<Distribution> distribution(String item, Parameter parameter, Entries.DistributionInput input) {
        boolean ok = Checks.parameter(doc, Pointer.child(item, "min"), parameter, input.min(), problems);
        ok &= Checks.parameter(doc, Pointer.child(item, "max"), parameter, input.max(), problems);
        if (input instanceof Entries.TriangularInput t) {
            ok &= Checks.parameter(doc, Pointer.child(item, "mode"), parameter, t.mode(), problems);
            if (ok && !(t.min() <= t.mode() && t.mode() <= t.max() && t.min() < t.max())) {
                problems.at(doc, Pointer.child(item, "mode"), "a triangular distribution needs min <= mode <= max and min < max, got min "
                        + Checks.plain(t.min()) + ", mode " + Checks.plain(t.mode()) + ", max " + Checks.plain(t.max()));
                ok = false;
            }
            return ok ? Optional.of(new Distribution.Triangular(t.min(), t.mode(), t.max())) : Optional.empty();
        }
        if (ok && !(input.min() < input.max())) {
            problems.at(doc, Pointer.child(item, "min"), "a uniform distribution needs min < max, got min "
                    + Checks.plain(input.min()) + ", max " + Checks.plain(input.max()));
            ok = false;
        }
        return ok ? Optional.of(new Distribution.Uniform(input.min(), input.max())) : Optional.empty();
    }

    /** The parameter named at {@code item}/parameter, if it exists and has not been given before. */
    private Optional<Parameter> parameter(String item, String key, Map<Parameter, Integer> firstLine, String what) {
        String at = Pointer.child(item, "parameter");
        Optional<Parameter> parameter = Parameter.byKey(key);
        if (parameter.isEmpty()) {
            List<String> keys = Arrays.stream(Parameter.values()).map(Parameter::key).toList();
            problems.at(doc, at, "unknown parameter \"" + key + "\"" + Suggest.didYouMean(key, keys)
                    + "; parameter keys: " + String.join(", ", keys));
            return Optional.empty();
        }
        Integer first = firstLine.putIfAbsent(parameter.get(), doc.position(at).line());
        if (first != null) {
            problems.at(doc, at, key + " already has " + what + " on line " + first + "; give each parameter once");
            return Optional.empty();
        }
        return parameter;
    }

    private Optional<Scorecard.Spec> scorecard() {
        String at = Pointer.child(Pointer.ROOT, SCORECARD);
        Binder.defaultTo(doc.at(at), "note", "");
        Optional<Entries.ScorecardBlock> bound = Binder.bind(SCORECARD_BLOCK, doc, at, problems);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Entries.ScorecardBlock block = bound.get();
        citations.check(doc, at, block.tier(), block.source(), problems);
        out.rows.put("scenarios." + SCORECARD, new RowMeta(doc.file, SCORECARD, block.tier(), block.source(), block.note()));
        Optional<Scorecard.Weights> weights = weights(Pointer.child(at, "weights"), block.weights());
        String sovereigntyAt = Pointer.child(at, "sovereignty_weights");
        Entries.SovereigntyWeightsEntry sw = block.sovereigntyWeights();
        boolean ok = Checks.atLeast(doc, Pointer.child(sovereigntyAt, "eu_member"), sw.euMember(), 0, problems);
        ok &= Checks.atLeast(doc, Pointer.child(sovereigntyAt, "eurohpc_member"), sw.eurohpcMember(), 0, problems);
        ok &= Checks.atLeast(doc, Pointer.child(sovereigntyAt, "gdpr"), sw.gdpr(), 0, problems);
        Scorecard.SovereigntyWeights sovereignty = new Scorecard.SovereigntyWeights(sw.euMember(), sw.eurohpcMember(), sw.gdpr());
        if (ok && !(sovereignty.sum() > 0)) {
            problems.at(doc, sovereigntyAt, "at least one sovereignty criterion needs a weight above 0; the score is their"
                    + " weighted mean, e.g. {eu_member: 1, eurohpc_member: 1, gdpr: 1}");
        }
        Checks.above(doc, Pointer.child(at, "full_network_gbps"), block.fullNetworkGbps(), 0, problems);
        String alternativesAt = Pointer.child(at, "alternative_weights");
        Map<String, Scorecard.Weights> alternatives = new LinkedHashMap<>();
        block.alternativeWeights().forEach((id, w) -> {
            String idAt = Pointer.child(alternativesAt, id);
            if (id.equals(Scorecard.BASE_VARIANT)) {
                problems.at(doc, idAt, "\"" + id + "\" names the base weights (scorecard.weights); give the alternative another id");
                return;
            }
            weights(idAt, w).ifPresent(weightSet -> alternatives.put(id, weightSet));
        });
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Scorecard.Spec(weights.orElseThrow(), sovereignty, block.fullNetworkGbps(), alternatives));
    }

    /** Criterion weights, each in [0, 1] and summing to 1. */
    private Optional<Scorecard.Weights> weights(String at, Entries.WeightsEntry w) {
        boolean ok = Checks.within(doc, Pointer.child(at, "time"), w.time(), 0, 1, problems);
        ok &= Checks.within(doc, Pointer.child(at, "cost"), w.cost(), 0, 1, problems);
        ok &= Checks.within(doc, Pointer.child(at, "carbon"), w.carbon(), 0, 1, problems);
        ok &= Checks.within(doc, Pointer.child(at, "feasibility"), w.feasibility(), 0, 1, problems);
        Scorecard.Weights weights = new Scorecard.Weights(w.time(), w.cost(), w.carbon(), w.feasibility());
        if (ok && !weights.sumToOne()) {
            problems.at(doc, at, "the weights must sum to 1 (within " + Checks.rounded(Scorecard.Weights.TOLERANCE) + "), but "
                    + Checks.plain(w.time()) + " + " + Checks.plain(w.cost()) + " + " + Checks.plain(w.carbon()) + " + "
                    + Checks.plain(w.feasibility()) + " = " + Checks.rounded(weights.sum()));
            return Optional.empty();
        }
        return ok ? Optional.of(weights) : Optional.empty();
    }
}
