package org.euromesh.data;

import static org.euromesh.data.ScenariosFile.MONTE_CARLO;
import static org.euromesh.data.ScenariosFile.SCORECARD;
import static org.euromesh.data.ScenariosFile.SENSITIVITY;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.Distribution;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Sensitivity;

/**
 * The three blocks of {@code data/scenarios.yaml} that set up the analyses run across the
 * scenarios rather than being scenarios: the tornado ranges ({@code sensitivity}), the Monte Carlo
 * inputs and the scorecard weights. Each block carries its own tier, source and note, recorded
 * like a table row's.
 */
final class AnalysisBlocks {

    static final int MAX_DRAWS = 10_000_000;

    private static final ObjectReader SENSITIVITY_BLOCK = Binder.YAML.readerFor(Entries.SensitivityBlock.class);
    private static final ObjectReader RANGE = Binder.YAML.readerFor(Entries.RangeEntry.class);
    private static final ObjectReader MONTE_CARLO_BLOCK = Binder.YAML.readerFor(Entries.MonteCarloBlock.class);
    private static final ObjectReader DISTRIBUTION = Binder.YAML.readerFor(Entries.DistributionInput.class);
    private static final ObjectReader SCORECARD_BLOCK = Binder.YAML.readerFor(Entries.ScorecardBlock.class);

    private final Document doc;
    private final Citations citations;
    private final Provenance out;
    private final Problems problems;

    AnalysisBlocks(Document doc, Citations citations, Provenance out, Problems problems) {
        this.doc = doc;
        this.citations = citations;
        this.out = out;
        this.problems = problems;
    }

    Optional<List<Sensitivity.Range>> sensitivity() {
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

    Optional<MonteCarlo.Spec> monteCarlo() {
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

    Optional<Scorecard.Spec> scorecard() {
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
