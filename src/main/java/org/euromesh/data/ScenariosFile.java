package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.InputGroup;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Parameter;
import org.euromesh.model.Scenario;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Sensitivity;

/**
 * {@code data/scenarios.yaml}: the horizon, the named scenarios (each a set of parameter
 * overrides; the baseline holds the base lead times), the tornado ranges, the Monte Carlo
 * inputs and the scorecard weights. Every top-level key that is not reserved is a scenario. The
 * last three blocks are read by {@link AnalysisBlocks}.
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

    private static final ObjectReader TEXT = Binder.YAML.readerFor(String.class);
    private static final ObjectReader WHOLE = Binder.YAML.readerFor(Integer.class);

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
        AnalysisBlocks blocks = new AnalysisBlocks(doc, citations, out, problems);
        Optional<YearMonth> start = doc.root.has(START) ? file.startMonth() : Optional.empty();
        Optional<Integer> horizon = doc.root.has(HORIZON) ? file.horizon() : Optional.empty();
        Optional<List<Scenario>> scenarios = file.scenarios();
        Optional<String> headline = doc.root.has(HEADLINE) ? file.headline(scenarios) : Optional.empty();
        Optional<List<Sensitivity.Range>> sensitivity = doc.root.has(SENSITIVITY) ? blocks.sensitivity() : Optional.empty();
        Optional<MonteCarlo.Spec> monteCarlo = doc.root.has(MONTE_CARLO) ? blocks.monteCarlo() : Optional.empty();
        Optional<Scorecard.Spec> scorecard = doc.root.has(SCORECARD) ? blocks.scorecard() : Optional.empty();
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

}
