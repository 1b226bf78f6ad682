package org.euromesh.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place that turns model numbers into text: prose, tables, chart labels and CSV cells.
 * Locale-independent (English prose, '.' decimal point) so every build prints the same bytes.
 */
public final class Format {

    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Format() {
    }

    /** The calendar month of a month index: month 33 from January 2026 is October 2028. */
    public static YearMonth monthOf(YearMonth start, int monthIndex) {
        return start.plusMonths(monthIndex);
    }

    /** "October 2028". */
    public static String date(YearMonth start, int monthIndex) {
        return monthOf(start, monthIndex).format(LONG_MONTH);
    }

    /** "Oct 2028", for chart axes and tight tables. */
    public static String shortDate(YearMonth start, int monthIndex) {
        return monthOf(start, monthIndex).format(SHORT_MONTH);
    }

    /** "2028-10", for CSV cells. */
    public static String isoMonth(YearMonth start, int monthIndex) {
        return monthOf(start, monthIndex).toString();
    }

    /** "after December 2035" for a delivery censored at the end of a horizon. */
    public static String afterHorizon(YearMonth start, int horizonMonths) {
        return "after " + date(start, horizonMonths - 1);
    }

    /** "after 2035-12", the CSV form of a censored date. */
    public static String isoAfterHorizon(YearMonth start, int horizonMonths) {
        return "after " + isoMonth(start, horizonMonths - 1);
    }

    /** "52 months (4.3 years)"; "1 month"; fractional months are rounded to whole months. */
    public static String months(double months) {
        long whole = Math.round(months);
        String unit = Math.abs(whole) == 1 ? " month" : " months";
        if (Math.abs(whole) < 12) {
            return whole + unit;
        }
        return whole + unit + " (" + decimal(whole / 12.0, 1) + " years)";
    }

    /** "7.6 years". */
    public static String years(double years, int decimals) {
        return decimal(years, decimals) + (decimal(years, decimals).equals("1") ? " year" : " years");
    }

    /** "1.97 × 10²⁵ FLOP". */
    public static String flop(double flop) {
        return scientific(flop, 2) + " FLOP";
    }

    /** "1.97 × 10²⁵" with {@code decimals} digits after the point; plain below 10 000. */
    public static String scientific(double value, int decimals) {
        if (value == 0 || !Double.isFinite(value)) {
            return decimal(value, decimals);
        }
        if (Math.abs(value) < 1e4 && Math.abs(value) >= 1e-2) {
            return grouped(value, decimals);
        }
        BigDecimal bd = new BigDecimal(value).round(new java.math.MathContext(decimals + 1, RoundingMode.HALF_EVEN));
        int exponent = bd.precision() - bd.scale() - 1;
        BigDecimal mantissa = bd.movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_EVEN);
        return mantissa.toPlainString() + " × 10" + superscript(exponent);
    }

    /** "1.9683e25" style, as a plain-text exponent for places without superscripts. */
    public static String eNotation(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "e", value).replace("e+", "e").replace("e0", "e").replace("e-0", "e-");
    }

    /** "10²⁵" exponent digits as Unicode superscripts. */
    public static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /**
     * A duration given in days, in the unit a reader expects: "14 minutes" and "5.8 hours" under a
     * day, "2.5 days" and "228 days" from a day on (one decimal under ten of a unit, none above), never
     * "0.01 days". A value that rounds up to the next unit takes that unit ("24 hours" is "1.0 day").
     */
    public static String duration(double days) {
        if (!Double.isFinite(days) || days < 0) {
            return decimal(days, 1) + " days";
        }
        double hours = days * 24;
        double minutes = hours * 60;
        if (Math.round(minutes) < 60) {
            long m = Math.max(1, Math.round(minutes));
            return m + (m == 1 ? " minute" : " minutes");
        }
        if (hours < 23.95) {
            String h = grouped(hours, hours < 9.95 ? 1 : 0);
            return h + (h.equals("1.0") || h.equals("1") ? " hour" : " hours");
        }
        String d = grouped(days, days < 9.95 ? 1 : 0);
        return d + (d.equals("1.0") || d.equals("1") ? " day" : " days");
    }

    /** "28,571" or "1,234.5": thousands grouped with commas. */
    public static String grouped(double value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(value);
    }

    /** "4.3": a fixed number of decimals, no grouping. */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : (value > 0 ? "∞" : "-∞");
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * A probability as a percentage that never rounds to a certainty it is not: a share below 1
     * never prints as 100%, one above 0 never as 0% (up to two decimals are added, then "more
     * than 99.99%" / "less than 0.01%"). One rule for prose, tables, charts and alt text.
     */
    public static String probability(double share) {
        if (share >= 1 || share <= 0) {
            return percent(share, 0);
        }
        for (int decimals = 0; decimals <= 2; decimals++) {
            double scale = Math.pow(10, decimals);
            double shown = Math.round(share * 100 * scale) / scale;
            if (shown < 100 && shown > 0) {
                return percent(share, decimals);
            }
        }
        return share > 0.5 ? "more than 99.99%" : "less than 0.01%";
    }

    /** "100%" from a share in [0, 1]. */
    public static String percent(double share, int decimals) {
        return decimal(share * 100, decimals) + "%";
    }

    /** "€1.25 million", "€480 million", "€12.0 billion", "€45,000". */
    public static String euros(double eur) {
        double abs = Math.abs(eur);
        if (abs >= 1e9) {
            return "€" + decimal(eur / 1e9, 1) + " billion";
        }
        if (abs >= 1e6) {
            return "€" + decimal(eur / 1e6, 2) + " million";
        }
        return "€" + grouped(eur, 0);
    }

    /**
     * A CSV cell: full precision, locale-independent, the same bytes for the same double.
     * Whole numbers print without a decimal point; others in Java's shortest round-trip form.
     */
    public static String csv(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
