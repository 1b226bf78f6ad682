package org.euromesh.data;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.Parameter;

/**
 * The cited scalars of {@code hardware.yaml} and {@code training.yaml}: every {@link Parameter}
 * whose file is that stem, at the top level, as {@code key: {value, tier, source, note}}.
 */
final class ParameterFile {

    private static final ObjectReader CITED = Binder.YAML.readerFor(Entries.CitedValue.class);

    private ParameterFile() {
    }

    static List<String> keys(String stem) {
        return Arrays.stream(Parameter.values()).filter(p -> p.file().equals(stem)).map(Parameter::key).toList();
    }

    /** The parameters of {@code doc}; {@code otherKeys} are top-level keys another reader handles. */
    static Map<Parameter, Double> read(Document doc, List<String> otherKeys, Citations citations, Provenance out,
            Problems problems) {
        Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
        if (!doc.root.isObject()) {
            problems.at(doc, Pointer.ROOT, "expected a mapping of parameter keys at the top of the file, got " + Binder.shown(doc.root));
            return values;
        }
        List<String> allowed = new ArrayList<>(keys(doc.stem));
        allowed.addAll(otherKeys);
        for (Iterator<String> names = doc.root.fieldNames(); names.hasNext();) {
            String name = names.next();
            String at = Pointer.child(Pointer.ROOT, name);
            if (otherKeys.contains(name)) {
                continue;
            }
            Optional<Parameter> parameter = Parameter.byKey(name);
            if (parameter.isEmpty()) {
                problems.at(doc, at, "unknown key \"" + name + "\"" + Suggest.didYouMean(name, allowed)
                        + "; allowed keys: " + String.join(", ", allowed));
            } else if (!parameter.get().file().equals(doc.stem)) {
                problems.at(doc, at, name + " belongs in " + home(parameter.get()) + ", not in " + doc.file);
            } else {
                entry(doc, at, parameter.get(), doc.stem + "." + name, citations, out, problems)
                        .ifPresent(v -> values.put(parameter.get(), v));
            }
        }
        for (String key : keys(doc.stem)) {
            if (!doc.root.has(key)) {
                Parameter p = Parameter.byKey(key).orElseThrow();
                problems.at(doc, Pointer.ROOT, "missing parameter \"" + key + "\" (" + p.unit() + "); add "
                        + key + ": {value: ..., tier: ..., source: [...], note: \"...\"}");
            }
        }
        return values;
    }

    /** One cited parameter value at {@code at}; recorded in {@code out} under {@code citedKey}. */
    static Optional<Double> entry(Document doc, String at, Parameter parameter, String citedKey, Citations citations,
            Provenance out, Problems problems) {
        Binder.defaultTo(doc.at(at), "note", "");
        Optional<Entries.CitedValue> bound = Binder.bind(CITED, doc, at, problems);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Entries.CitedValue e = bound.get();
        boolean valid = Checks.parameter(doc, Pointer.child(at, "value"), parameter, e.value(), problems);
        citations.check(doc, at, e.tier(), e.source(), problems);
        out.cited.put(citedKey, new Cited(citedKey, e.value(), parameter.unit(), e.tier(), e.source(), e.note()));
        return valid ? Optional.of(e.value()) : Optional.empty();
    }

    static String home(Parameter p) {
        return p.file().equals("scenarios") ? "each scenario of data/scenarios.yaml" : "data/" + p.file() + ".yaml";
    }
}
