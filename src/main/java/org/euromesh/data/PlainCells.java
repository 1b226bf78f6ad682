package org.euromesh.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * How a CSV cell becomes a number or a yes/no value: plain decimal notation only ({@code -12.5},
 * {@code 1200}), never what a spreadsheet or Java would also accept ({@code 1e3}, {@code 0x1F},
 * {@code +5}, {@code 1_000}, {@code 010}, {@code .5}, {@code Infinity}, {@code NaN}); and
 * {@code true} or {@code false}, never {@code yes} or {@code 1}.
 */
final class PlainCells {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");

    private PlainCells() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("plain-cells");
        JsonDeserializer<Double> number = new JsonDeserializer<>() {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, Double.class);
                if (!NUMBER.matcher(text).matches()) {
                    return (Double) ctxt.handleWeirdStringValue(Double.class, text, "not a plain decimal number");
                }
                return Double.parseDouble(text);
            }
        };
        JsonDeserializer<Integer> whole = new JsonDeserializer<>() {
            @Override
            public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, Integer.class);
                if (!WHOLE.matcher(text).matches()) {
                    return (Integer) ctxt.handleWeirdStringValue(Integer.class, text, "not a plain whole number");
                }
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new InputCoercionException(p, "out of range", JsonToken.VALUE_STRING, Integer.TYPE);
                }
            }
        };
        JsonDeserializer<Boolean> yesNo = new JsonDeserializer<>() {
            @Override
            public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, Boolean.class);
                if (!text.equals("true") && !text.equals("false")) {
                    return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, text, "not true or false");
                }
                return text.equals("true");
            }
        };
        m.addDeserializer(Double.class, number).addDeserializer(Double.TYPE, number);
        m.addDeserializer(Integer.class, whole).addDeserializer(Integer.TYPE, whole);
        m.addDeserializer(Boolean.class, yesNo).addDeserializer(Boolean.TYPE, yesNo);
        return m;
    }

    /** Whether {@code text} was meant as a {@code type} (so a hint helps): it has a digit, or names a yes/no or infinity. */
    static boolean looksLikeOne(String text, Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return !text.isEmpty();
        }
        return type != String.class && (text.matches(".*[0-9].*") || text.matches("(?i)[-+]?(infinity|inf|nan)"));
    }

    /** What to write instead, for a cell of {@code type} that is not one. */
    static String hint(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "; write true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "; write a whole number in plain decimal digits, like 1200 or -3 (no \"+\", \"_\", exponent or leading zero)";
        }
        return "; write a number in plain decimal notation, like 1200 or -12.5 (no exponent, hex, \"+\", \"_\", "
                + "leading zero or Infinity/NaN)";
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }
}
