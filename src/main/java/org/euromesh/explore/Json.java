package org.euromesh.explore;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The explorer's JSON, written and read by hand so TeaVM needs no library: objects keep their
 * order, numbers are written so they read back as the same double ({@link #number}), and inputs
 * that must cross to the browser bit for bit travel as the hex of their bits ({@link #bits}).
 * {@link JsonReader} reads it back.
 */
public final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;
    private String closed;

    private Json(char open) {
        out.append(open);
    }

    public static Json object() {
        return new Json('{');
    }

    public static Json array() {
        return new Json('[');
    }

    public Json key(String key) {
        comma();
        string(out, key);
        out.append(':');
        first = true;
        return this;
    }

    public Json put(String key, String value) {
        key(key);
        return add(value);
    }

    public Json put(String key, double value) {
        key(key);
        return add(value);
    }

    public Json put(String key, long value) {
        key(key);
        return add(value);
    }

    public Json put(String key, boolean value) {
        key(key);
        comma();
        out.append(value);
        return this;
    }

    public Json put(String key, Json value) {
        key(key);
        return add(value);
    }

    public Json add(String value) {
        comma();
        if (value == null) {
            out.append("null");
        } else {
            string(out, value);
        }
        return this;
    }

    /** A double as a JSON number ({@link #number}); NaN and infinities, which JSON lacks, as null. */
    public Json add(double value) {
        comma();
        out.append(Double.isFinite(value) ? number(value) : "null");
        return this;
    }

    private static final MathContext SEVENTEEN_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);
    private static final double EXACT_LONGS = 0x1p53;

    /**
     * A finite double as decimal text that reads back as the same double in any correct parser:
     * whole numbers below 2^53 as they are ("3.0"), the rest rounded exactly to 17 significant
     * digits, which always identify a double. Computed with exact integer arithmetic, not
     * {@code Double.toString}, because the browser's compiled Java prints some doubles with one
     * digit too few and the page would then differ from the build in the last bit.
     */
    static String number(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONGS) {
            return (long) value + ".0";
        }
        return new BigDecimal(value).round(SEVENTEEN_DIGITS).stripTrailingZeros().toString();
    }

    public Json add(long value) {
        comma();
        out.append(value);
        return this;
    }

    public Json add(Json value) {
        comma();
        out.append(value.close());
        return this;
    }

    public Json addAll(double[] values) {
        for (double v : values) {
            add(v);
        }
        return this;
    }

    private String close() {
        if (closed == null) {
            out.append(out.charAt(0) == '{' ? '}' : ']');
            closed = out.toString();
        }
        return closed;
    }

    @Override
    public String toString() {
        return close();
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    /** The exact bits of a double as 16 hex digits, so no decimal conversion can change it. */
    public static String bits(double value) {
        String hex = Long.toHexString(Double.doubleToRawLongBits(value));
        return "0".repeat(16 - hex.length()) + hex;
    }

    public static double fromBits(String hex) {
        long high = Long.parseLong(hex.substring(0, 8), 16);
        long low = Long.parseLong(hex.substring(8), 16);
        return Double.longBitsToDouble(high << 32 | low);
    }

    /** A JSON (and JavaScript) string literal of {@code s}; safe inside an HTML script too. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        string(sb, s);
        return sb.toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Parses JSON text into maps (in order), lists, strings, longs, doubles, booleans and null. */
    public static Object parse(String text) {
        return JsonReader.parse(text);
    }
}
