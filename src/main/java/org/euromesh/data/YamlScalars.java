package org.euromesh.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YAML that means what it looks like: the parser follows YAML 1.1, where {@code 010} is 8,
 * {@code NO} is false and {@code 1_000} is 1000; YAML 1.2 (core schema) reads them as 10, text
 * and text. Whatever the two versions read differently is refused, and so are anchors and
 * aliases (a value written once and repeated elsewhere). Used for data/ and content front matter.
 */
public final class YamlScalars {

    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
    private static final Pattern CORE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private YamlScalars() {
    }

    /** What is wrong with the parser's current token, if the two YAML versions would read it differently. */
    public static Optional<String> problem(JsonParser p) throws IOException {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            return Optional.of("an alias (*" + p.getText() + ") repeats a value written elsewhere; anchors and aliases are "
                    + "not allowed, write the value out here");
        }
        if (p.getObjectId() != null) {
            return Optional.of("an anchor (&" + p.getObjectId() + ") marks a value to repeat; anchors and aliases are "
                    + "not allowed, remove it and write each value out");
        }
        JsonToken token = p.currentToken();
        if (token == null || !token.isScalarValue()) {
            return Optional.empty();
        }
        String text = p.getText();
        return switch (token) {
            case VALUE_TRUE, VALUE_FALSE -> BOOLEANS.contains(text) ? Optional.empty()
                    : Optional.of(text + " is read as " + (token == JsonToken.VALUE_TRUE) + " by YAML 1.1 but as text by YAML 1.2; "
                            + "write true or false for a yes/no value, or quote \"" + text + "\" if it is text");
            case VALUE_NUMBER_INT -> wholeNumber(text, p);
            case VALUE_NUMBER_FLOAT -> CORE_FLOAT.matcher(text).matches() ? Optional.empty()
                    : Optional.of(text + " is not a plain decimal number" + (text.toLowerCase(Locale.ROOT).contains("inf")
                            || text.toLowerCase(Locale.ROOT).contains("nan") ? " (infinity and NaN are not inputs)" : "")
                            + "; write it with digits, an optional \".\" and exponent, like 1200.5 or 1.2e7 (or quote it if it is text)");
            default -> Optional.empty();
        };
    }

    private static Optional<String> wholeNumber(String text, JsonParser p) {
        if (DECIMAL_INT.matcher(text).matches()) {
            return Optional.empty();
        }
        String read = yaml11(p);
        if (LEADING_ZERO.matcher(text).matches()) {
            String decimal = text.replaceFirst("^([-+]?)0+(?=[0-9])", "$1");
            return Optional.of(text + " has a leading zero, which YAML 1.1 reads as the octal number " + read
                    + " and YAML 1.2 as " + decimal + "; write " + decimal + " or " + read + " (or quote it if it is text)");
        }
        return Optional.of(text + " is not a plain decimal number (YAML 1.1 reads it as " + read
                + ", YAML 1.2 as text); write " + read + " (or quote it if it is text)");
    }

    /** The number YAML 1.1 makes of the current token. */
    private static String yaml11(JsonParser p) {
        try {
            return p.getNumberValue().toString();
        } catch (IOException | RuntimeException e) {
            return "an unreadable number";
        }
    }
}
