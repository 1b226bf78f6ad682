package org.euromesh.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the tree of a YAML file from the parser's token stream for {@link DocumentReader},
 * noting where each key and value starts, and collecting the values YAML 1.1 and 1.2 read
 * differently, and anchors and aliases, to be refused where they are written.
 */
final class YamlWalker {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A value the YAML versions read differently, or an anchor or alias: refused where it is written. */
    record Ambiguity(Position at, String path, String message) {
    }

    final Map<String, Position> values = new HashMap<>();
    final Map<String, Position> keys = new HashMap<>();
    /** Values YAML 1.1 and 1.2 read differently, and anchors and aliases, in file order. */
    final List<Ambiguity> ambiguous = new ArrayList<>();
    /** Display path of the mapping being read, for errors the parser raises mid-way. */
    String where;

    YamlWalker(String stem) {
        this.where = stem;
    }

    JsonNode value(JsonParser p, String pointer, String display) throws IOException {
        Position at = DocumentReader.position(p.currentTokenLocation());
        values.put(pointer, at);
        Optional<String> problem = YamlScalars.problem(p);
        if (problem.isPresent()) {
            ambiguous.add(new Ambiguity(at, display, problem.get()));
            if (p.currentToken().isScalarValue()) {
                return NODES.textNode(p.getText());
            }
        }
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                where = display;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = Pointer.child(pointer, name);
                    keys.put(child, DocumentReader.position(p.currentTokenLocation()));
                    p.nextToken();
                    object.set(name, value(p, child, display + "." + name));
                    where = display;
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, Pointer.index(pointer, i), display + "[" + i + "]"));
                    i++;
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                // Tagged scalars such as !!binary arrive as embedded objects; keep their text so binding can reject them.
                return NODES.textNode(String.valueOf(p.getText()));
            }
        }
    }
}
