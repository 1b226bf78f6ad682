package org.euromesh.data;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.InputGroup;
import org.euromesh.model.Parameter;

/**
 * The cited scalars of {@code hardware.yaml} and {@code training.yaml}: every {@link Parameter}
 * of that file's group, at the top level, as {@code key: {value, tier, source, note}}.
 */
final class ParameterFile {

    private static final ObjectReader CITED = Binder.YAML.readerFor(Entries.CitedValue.class);

    private ParameterFile() {
    }

    static List<String> keys(InputGroup group) {
        return DataFiles.declaredIn(group).stream().map(Parameter::key).toList();
    }

    /** The parameters of {@code group} in {@code doc}; {@code otherKeys} are top-level keys another reader handles. */
    static Map<Parameter, Double> read(InputGroup group, Document doc, List<String> otherKeys, Citations citations,
            Provenance out, Problems problems) {
        Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
        if (!doc.root.isObject()) {
            problems.at(doc, Pointer.ROOT, "expected a mapping of parameter keys at the top of the file, got " + Binder.shown(doc.root));
            return values;
        }
        List<String> allowed = new ArrayList<>(keys(group));
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
            } else if (parameter.get().group() != group) {
                problems.at(doc, at, name + " belongs in " + DataFiles.home(parameter.get()) + ", not in " + doc.file);
            } else {
                entry(doc, at, parameter.get(), doc.stem + "." + name, citations, out, problems)
                        .ifPresent(v -> values.put(parameter.get(), v));
            }
        }
        for (Parameter p : DataFiles.declaredIn(group)) {
            String key = p.key();
            if (!doc.root.has(key)) {
                problems.at(doc, Pointer.ROOT, "missing parameter \"" + key + "\" (" + p.unit().symbol() + "); add "
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
        out.cited.put(citedKey, new Cited(citedKey, e.value(), parameter.unit().symbol(), e.tier(), e.source(), e.note()));
        return valid ? Optional.of(e.value()) : Optional.empty();
    }
}
