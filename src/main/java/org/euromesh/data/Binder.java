package org.euromesh.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds parts of a {@link Document} to the records of {@link Entries} with strict Jackson
 * readers, and turns Jackson's complaints into input errors at the right line.
 */
final class Binder {

    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    /** YAML values keep their types: a quoted "1.4" is text, not a number. */
    static final ObjectMapper YAML = strict(false);
    /** CSV cells are all text, so numbers and booleans are converted from it; empty cells are refused. */
    static final ObjectMapper CSV = strict(true);

    private Binder() {
    }

    private static ObjectMapper strict(boolean textCells) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL));
        if (!textCells) {
            builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        } else {
            builder.addModule(PlainCells.module());
        }
        ObjectMapper mapper = builder.build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** The value at {@code pointer} as a {@code T}, or nothing with the reason added to {@code problems}. */
    static <T> Optional<T> bind(ObjectReader reader, Document doc, String pointer, Problems problems) {
        JsonNode node = doc.at(pointer);
        if (node.isNull() || node.isMissingNode()) {
            problems.at(doc, pointer, "expected " + kind(reader.getValueType().getRawClass()) + ", got nothing");
            return Optional.empty();
        }
        try {
            return Optional.of(reader.readValue(node));
        } catch (JsonMappingException e) {
            String where = pointer + relative(e.getPath());
            problems.at(doc, where, describe(e, doc.at(where), doc.file.endsWith(".yaml")));
            return Optional.empty();
        } catch (InputCoercionException e) {
            problems.at(doc, pointer, outOfRange(e, node));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills an optional key with its default before binding, since every creator property is required. */
    static void defaultTo(JsonNode node, String key, String value) {
        if (node instanceof ObjectNode object && !object.has(key)) {
            object.put(key, value);
        }
    }

    /** The keys a record is written with, in declaration order. */
    static List<String> keysOf(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).map(c -> key(type, c)).toList();
    }

    private static String key(Class<?> type, RecordComponent component) {
        try {
            JsonProperty named = type.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
            return named != null && !named.value().isEmpty() ? named.value() : SNAKE.translate(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field per component", e);
        }
    }

    private static String relative(List<JsonMappingException.Reference> path) {
        String pointer = "";
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                pointer = Pointer.child(pointer, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pointer = Pointer.index(pointer, ref.getIndex());
            }
        }
        return pointer;
    }

    private static String describe(JsonMappingException e, JsonNode got, boolean yaml) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>(u.getKnownPropertyIds().stream().map(String::valueOf).toList());
            String scope = "";
            if (Entries.DistributionInput.class.isAssignableFrom(u.getReferringClass())) {
                known.add(1, "distribution");
                scope = " for a " + Entries.distributionName(u.getReferringClass()) + " distribution";
            }
            return "unknown key \"" + u.getPropertyName() + "\"" + Suggest.didYouMean(u.getPropertyName(), known)
                    + "; allowed keys" + scope + ": " + String.join(", ", known);
        }
        if (e instanceof InvalidTypeIdException t) {
            String allowed = String.join(", ", Entries.DISTRIBUTIONS);
            return t.getTypeId() == null
                    ? "missing key \"distribution\"; allowed distributions: " + allowed
                    : "unknown distribution \"" + t.getTypeId() + "\"" + Suggest.didYouMean(t.getTypeId(), Entries.DISTRIBUTIONS)
                            + "; allowed distributions: " + allowed;
        }
        if (e instanceof MismatchedInputException m) {
            String original = String.valueOf(m.getOriginalMessage());
            if (original.startsWith("Missing creator property") || original.startsWith("Missing required creator property")) {
                List<JsonMappingException.Reference> path = m.getPath();
                JsonMappingException.Reference last = path.get(path.size() - 1);
                List<String> keys = keysOf(owner(last));
                return "missing key \"" + last.getFieldName() + "\"" + (keys.isEmpty() ? "" : "; allowed keys: " + String.join(", ", keys));
            }
            if (!yaml && got.isTextual() && m.getTargetType() != null && PlainCells.looksLikeOne(got.asText(), m.getTargetType())) {
                return "expected " + kind(m.getTargetType()) + ", got " + shown(got) + PlainCells.hint(m.getTargetType());
            }
            String quoted = yaml && got.isTextual() && got.asText().trim().matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")
                    && kind(m.getTargetType()).contains("number") ? "; remove the quotes, a quoted value is text" : "";
            return "expected " + kind(m.getTargetType()) + ", got " + shown(got) + quoted;
        }
        if (e.getCause() instanceof InputCoercionException c) {
            return outOfRange(c, got);
        }
        return "invalid value " + shown(got);
    }

    private static String outOfRange(InputCoercionException e, JsonNode got) {
        boolean isInt = e.getTargetType() == int.class || e.getTargetType() == Integer.class;
        return "expected a whole number between " + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE) + " and "
                + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE) + ", got " + shown(got);
    }

    private static Class<?> owner(JsonMappingException.Reference ref) {
        Object from = ref.getFrom();
        if (from instanceof Class<?> c) {
            return c;
        }
        return from == null ? Object.class : from.getClass();
    }

    /** What a Java type looks like in a data file. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (type.isRecord()) {
            return "a mapping with keys " + String.join(", ", keysOf(type));
        }
        return "a mapping";
    }

    /** A value as the message should show it. */
    static String shown(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            String text = node.asText();
            if (text.isEmpty()) {
                return "an empty value";
            }
            if (text.length() > 60) {
                text = text.substring(0, 57) + "...";
            }
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        if (node.isFloatingPointNumber() && Double.isFinite(node.doubleValue())) {
            return java.math.BigDecimal.valueOf(node.doubleValue()).toPlainString();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return node.asText();
    }
}
