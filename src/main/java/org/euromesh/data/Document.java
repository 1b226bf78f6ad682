package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed data file: its tree (after {@code --set} overrides) and the position of every key
 * and value, because Jackson trees forget where their nodes came from.
 */
final class Document {

    final String file;
    final String stem;
    final JsonNode root;
    private final Map<String, Position> values;
    private final Map<String, Position> keys;
    private final Map<String, String> overrides = new HashMap<>();

    Document(String file, String stem, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
        this.file = file;
        this.stem = stem;
        this.root = root;
        this.values = Map.copyOf(values);
        this.keys = Map.copyOf(keys);
    }

    /** The same file with a tree of its own, so overrides applied to the copy leave this one as read. */
    Document copy() {
        return new Document(file, stem, root.deepCopy(), values, keys);
    }

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /** Where the value at {@code pointer} was written; a missing value is placed at its nearest ancestor. */
    Position position(String pointer) {
        String p = pointer;
        while (true) {
            Position value = values.get(p);
            Position key = keys.get(p);
            if (value != null && (root.at(p).isValueNode() || key == null)) {
                return value;
            }
            if (key != null) {
                return key;
            }
            if (p.isEmpty()) {
                return new Position(1, 0);
            }
            p = Pointer.parent(p);
        }
    }

    /** A readable path: the file stem, then keys and [indices], as in "training.targets[2].tokens". */
    String display(String pointer) {
        StringBuilder out = new StringBuilder(stem);
        JsonNode node = root;
        List<String> segments = Pointer.segments(pointer);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (i == segments.size() - 1 && segment.equals("value") && node.isObject()) {
                break;
            }
            if (node.isArray()) {
                out.append('[').append(segment).append(']');
                node = segment.matches("\\d{1,9}") ? node.path(Integer.parseInt(segment)) : MissingNode.getInstance();
            } else {
                out.append('.').append(segment);
                node = node.path(segment);
            }
        }
        return out.toString();
    }

    void markOverride(String pointer, String assignment) {
        overrides.put(pointer, assignment);
    }

    /** " (set by --set k=v)" when the value at or under {@code pointer} came from the command line. */
    String origin(String pointer) {
        String exact = overrides.get(pointer);
        if (exact == null) {
            exact = overrides.get(Pointer.child(pointer, "value"));
        }
        return exact == null ? "" : " (set by --set " + exact + ")";
    }
}
