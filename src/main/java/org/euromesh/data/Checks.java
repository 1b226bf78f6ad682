package org.euromesh.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.euromesh.format.Format;
import org.euromesh.model.Parameter;

/** Small value checks shared by the file readers; each adds an error and says whether the value passed. */
final class Checks {

    private Checks() {
    }

    static boolean atLeast(Document doc, String pointer, double value, double min, Problems problems) {
        if (Double.isFinite(value) && value >= min) {
            return true;
        }
        problems.at(doc, pointer, "expected a number >= " + plain(min) + ", got " + plain(value));
        return false;
    }

    static boolean above(Document doc, String pointer, double value, double min, Problems problems) {
        if (Double.isFinite(value) && value > min) {
            return true;
        }
        problems.at(doc, pointer, "expected a number > " + plain(min) + ", got " + plain(value));
        return false;
    }

    static boolean within(Document doc, String pointer, double value, double min, double max, Problems problems) {
        if (Double.isFinite(value) && value >= min && value <= max) {
            return true;
        }
        problems.at(doc, pointer, "expected a number in [" + plain(min) + ", " + plain(max) + "], got " + plain(value));
        return false;
    }

    static boolean text(Document doc, String pointer, String value, Problems problems) {
        if (!value.isBlank()) {
            return true;
        }
        problems.at(doc, pointer, "must not be empty");
        return false;
    }

    /** Ids are written in lower case with digits, "_", "-" or "." so they work in keys, URLs and --set. */
    static boolean id(Document doc, String pointer, String value, Problems problems) {
        if (value.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            return true;
        }
        problems.at(doc, pointer, "expected an id of letters, digits, \"_\", \"-\" or \".\", got " + Binder.shown(doc.at(pointer)));
        return false;
    }

    static boolean parameter(Document doc, String pointer, Parameter parameter, double value, Problems problems) {
        Optional<String> problem = parameter.problemWith(value);
        problem.ifPresent(message -> problems.at(doc, pointer, message));
        return problem.isEmpty();
    }

    /** A computed value without float noise: 1.0999999999999999 prints as 1.1. */
    static String rounded(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros().toPlainString() : plain(v);
    }

    static String plain(double v) {
        return Format.written(v);
    }
}
