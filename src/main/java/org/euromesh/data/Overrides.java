package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@code --set key=value} to the YAML trees before they are validated, so an override
 * is checked exactly like a value written in the file. The key is the file stem, then the path
 * inside the file ({@code scenarios.baseline.tau_mega_years}); list items can be named by
 * index or by their {@code id} or {@code parameter}.
 */
final class Overrides {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUMBER = "[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?";
    private static final String WHOLE = "[-+]?\\d{1,18}";
    private static final int SUGGESTIONS = 3;

    private Overrides() {
    }

    /** {@code loaded} maps the stem of every YAML file that parsed to its document. */
    static void apply(List<String> assignments, Map<String, Document> loaded, List<String> yamlStems,
            List<String> csvStems, Problems problems) {
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                problems.inOverride(assignment.trim(), "expected key=value, e.g. scenarios.baseline.tau_mega_years=8");
                continue;
            }
            String key = assignment.substring(0, eq).trim();
            String raw = assignment.substring(eq + 1).trim();
            String stem = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (csvStems.contains(stem)) {
                problems.inOverride(key, "data/" + stem + ".csv is a table; --set changes values in the YAML files only ("
                        + String.join(", ", yamlStems) + "); edit the CSV instead");
            } else if (!yamlStems.contains(stem)) {
                problems.inOverride(key, "unknown key: no data file is called " + stem + "; nearest valid keys: "
                        + String.join(", ", Suggest.nearest(key, allKeys(loaded), SUGGESTIONS)));
            } else if (loaded.containsKey(stem)) {
                set(loaded.get(stem), key, raw, problems);
            }
        }
    }

    private static void set(Document doc, String key, String raw, Problems problems) {
        String[] path = key.substring(doc.stem.length()).split("\\.", -1);
        String pointer = Pointer.ROOT;
        JsonNode node = doc.root;
        for (int i = 1; i < path.length; i++) {
            Optional<String> next = step(node, pointer, path[i]);
            if (next.isEmpty()) {
                problems.inOverride(key, "unknown key; nearest valid keys: "
                        + String.join(", ", Suggest.nearest(key, keys(doc), SUGGESTIONS)));
                return;
            }
            pointer = next.get();
            node = doc.at(pointer);
        }
        if (node.isObject() && node.has("value")) {
            pointer = Pointer.child(pointer, "value");
            node = doc.at(pointer);
        }
        if (path.length == 1 || node.isContainerNode()) {
            List<String> inside = keys(doc).stream().filter(k -> k.startsWith(key + ".")).limit(SUGGESTIONS).toList();
            problems.inOverride(key, "holds " + (node.isArray() ? "a list" : "a mapping")
                    + "; --set changes one number or text at a time, e.g. " + String.join(", ", inside));
            return;
        }
        Optional<JsonNode> value = convert(node, raw);
        if (value.isEmpty()) {
            problems.inOverride(key, "expected " + (node.isNumber() ? "a number" : "true or false") + ", got \"" + raw + "\"");
            return;
        }
        JsonNode parent = doc.at(Pointer.parent(pointer));
        String last = Pointer.segments(pointer).get(Pointer.segments(pointer).size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value.get());
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value.get());
        }
        doc.markOverride(pointer, key + "=" + raw);
    }

    /** The pointer of {@code segment} under {@code node}: a key, a list index, or a list item's id or parameter. */
    private static Optional<String> step(JsonNode node, String pointer, String segment) {
        if (node.isObject()) {
            return node.has(segment) ? Optional.of(Pointer.child(pointer, segment)) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (segment.equals(Integer.toString(i)) || name(node.get(i)).filter(segment::equals).isPresent()) {
                    return Optional.of(Pointer.index(pointer, i));
                }
            }
        }
        return Optional.empty();
    }

    /** The value written as text, converted to the kind of value it replaces; a number must stay a number. */
    private static Optional<JsonNode> convert(JsonNode current, String raw) {
        if (current.isNumber()) {
            if (current.isIntegralNumber() && raw.matches(WHOLE)) {
                long whole = Long.parseLong(raw);
                return Optional.of(whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole));
            }
            return raw.matches(NUMBER) ? Optional.of(NODES.numberNode(Double.parseDouble(raw))) : Optional.empty();
        }
        if (current.isBoolean()) {
            return raw.equals("true") || raw.equals("false") ? Optional.of(NODES.booleanNode(raw.equals("true"))) : Optional.empty();
        }
        return Optional.of(NODES.textNode(raw));
    }

    private static List<String> allKeys(Map<String, Document> loaded) {
        List<String> keys = new ArrayList<>();
        loaded.values().forEach(doc -> keys.addAll(keys(doc)));
        return keys;
    }

    /** Every key --set accepts in {@code doc}; a cited entry counts as one key (its value). */
    static List<String> keys(Document doc) {
        List<String> out = new ArrayList<>();
        collect(doc.root, doc.stem, out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        if (node.isObject()) {
            if (node.has("value") && node.get("value").isValueNode()) {
                out.add(prefix);
                return;
            }
            node.properties().forEach(e -> collect(e.getValue(), prefix + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), prefix + "." + name(node.get(i)).orElse(Integer.toString(i)), out);
            }
        } else {
            out.add(prefix);
        }
    }

    /** How a list item can be named in a key besides its index: its id, else its parameter. */
    private static Optional<String> name(JsonNode item) {
        for (String field : List.of("id", "parameter")) {
            if (item.path(field).isTextual()) {
                return Optional.of(item.get(field).asText());
            }
        }
        return Optional.empty();
    }
}
