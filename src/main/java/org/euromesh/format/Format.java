package org.euromesh.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one place that turns model numbers into text: prose, tables, chart labels, alt text and CSV
 * cells, in the build and in the explorer. One rounding rule ({@link Rounding}: half to even on
 * the shortest decimal form) and one word for each quantity: FLOP and exaflops, months, years,
 * money, shares. English, '.' as the decimal point, ',' between thousands, whatever the machine's
 * locale; nothing from java.text or java.time.format, so TeaVM compiles the parts the explorer
 * reaches (the methods taking a {@code YearMonth} or {@code LocalDate} are for the build only).
 * Over 300 lines because every rule is kept here, side by side, where FormatTest reads them.
 */
public final class Format {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Format() {
    }

    // Calendar months. A month index counts months from the model's start month (month 0).

    /** The calendar month of a month index: month 33 from January 2026 is October 2028. */
    public static YearMonth monthOf(YearMonth start, int monthIndex) {
        return start.plusMonths(monthIndex);
    }

    /** "October 2028". */
    public static String date(YearMonth start, int monthIndex) {
        return date(start.getYear(), start.getMonthValue(), monthIndex);
    }

    /** "October 2028": month {@code monthIndex} counted from {@code startMonth} (1 to 12) of {@code startYear}. */
    public static String date(int startYear, int startMonth, int monthIndex) {
        int total = startYear * 12 + (startMonth - 1) + monthIndex;
        return MONTHS[Math.floorMod(total, 12)] + " " + Math.floorDiv(total, 12);
    }

    /** "Oct 2028", for chart axes and tight tables. */
    public static String shortDate(YearMonth start, int monthIndex) {
        YearMonth m = monthOf(start, monthIndex);
        return SHORT_MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** "2028-10", for CSV cells. */
    public static String isoMonth(YearMonth start, int monthIndex) {
        return monthOf(start, monthIndex).toString();
    }

    /** "after December 2035" for a delivery censored at the end of a horizon. */
    public static String afterHorizon(YearMonth start, int horizonMonths) {
        return afterHorizon(start.getYear(), start.getMonthValue(), horizonMonths);
    }

    /** "after December 2035", the horizon's last month counted from {@code startMonth} of {@code startYear}. */
    public static String afterHorizon(int startYear, int startMonth, int horizonMonths) {
        return "after " + date(startYear, startMonth, horizonMonths - 1);
    }

    /** "after 2035-12", the CSV form of a censored date. */
    public static String isoAfterHorizon(YearMonth start, int horizonMonths) {
        return "after " + isoMonth(start, horizonMonths - 1);
    }

    /** "30 June 2026". */
    public static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    // Plain numbers.

    /** "4.3": a fixed number of decimals, no grouping; "n/a", "∞" and "-∞" for what is not a number. */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : (value > 0 ? "∞" : "-∞");
        }
        return Rounding.toPlaces(value, decimals).toPlainString();
    }

    /** "28,571" or "1,234.5": thousands grouped with commas. */
    public static String grouped(double value, int decimals) {
        return Double.isFinite(value) ? Rounding.grouped(Rounding.toPlaces(value, decimals).toPlainString()) : decimal(value, decimals);
    }

    /** "1.22", "8.1", "405": at most {@code decimals} decimals, trailing zeros dropped, no grouping. */
    public static String atMost(double value, int decimals) {
        return Double.isFinite(value) ? Rounding.toPlaces(value, decimals).stripTrailingZeros().toPlainString() : decimal(value, decimals);
    }

    /** A value as an analyst wrote it: "1.4", "40", "1,000", "9.89 × 10¹⁴" (from 10⁵ on and below 10⁻³). */
    public static String plain(double value) {
        if (value != 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) {
            return scientific(value, 2);
        }
        if (value == Math.rint(value)) {
            return grouped(value, 0);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** "405 billion", "8.1 trillion", "28,571": a count in words. */
    public static String count(double n) {
        if (n >= 1e12) {
            return atMost(n / 1e12, 1) + " trillion";
        }
        if (n >= 1e9) {
            return atMost(n / 1e9, 1) + " billion";
        }
        if (n >= 1e6) {
            return atMost(n / 1e6, 1) + " million";
        }
        return grouped(n, 0);
    }

    /** "1.97 × 10²⁵" with {@code decimals} digits after the point; grouped and plain from 0.01 to under 10 000. */
    public static String scientific(double value, int decimals) {
        if (value == 0 || !Double.isFinite(value)) {
            return decimal(value, decimals);
        }
        if (Math.abs(value) < 1e4 && Math.abs(value) >= 1e-2) {
            return grouped(value, decimals);
        }
        BigDecimal bd = Rounding.toDigits(value, decimals + 1);
        int exponent = bd.precision() - bd.scale() - 1;
        BigDecimal mantissa = bd.movePointLeft(exponent).setScale(decimals, java.math.RoundingMode.HALF_EVEN);
        return mantissa.toPlainString() + " × 10" + superscript(exponent);
    }

    /** "10²⁵" exponent digits as Unicode superscripts. */
    public static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < 0) {
            sb.append('⁻');
        }
        String digits = Integer.toString(Math.abs(exponent));
        for (int i = 0; i < digits.length(); i++) {
            sb.append(SUPERSCRIPTS.charAt(digits.charAt(i) - '0'));
        }
        return sb.toString();
    }

    // Compute.

    /** "1.97 × 10²⁵ FLOP". */
    public static String flop(double flop) {
        return scientific(flop, 2) + " FLOP";
    }

    /** "37.0 EF" (1 EF = 10¹⁸ FLOP/s): one decimal under 100 EF, whole exaflops from there. */
    public static String exaflops(double flopPerS) {
        return exa(flopPerS) + " EF";
    }

    /** The number of {@link #exaflops} without its unit, for a chart's bar labels: "37.0". */
    public static String exa(double flopPerS) {
        double ef = flopPerS / 1e18;
        return ef >= 100 ? grouped(ef, 0) : decimal(ef, 1);
    }

    // Time. Months round to whole months and years keep the decimals asked for: singular only for "1" ("1 month",
    // "1 year", "1.0 years"). Durations in days, hours, minutes and seconds are singular whenever they show one ("1.0 day").

    /** "52 months (4.3 years)", "1 month", "7 months": whole months, with years from a year on. */
    public static String months(double months) {
        if (!Double.isFinite(months)) {
            return decimal(months, 0) + " months";
        }
        long whole = Rounding.whole(months);
        String count = counted(grouped(whole, 0), "month", "months");
        return Math.abs(whole) < 12 ? count : count + " (" + years(whole / 12.0, 1) + ")";
    }

    /** "52 months", "1 month": whole months, without the years. */
    public static String monthCount(double months) {
        return counted(wholeMonths(months), "month", "months");
    }

    /** "52": a number of months rounded as {@link #months} rounds it, for ranges such as "21 to 75 months". */
    public static String wholeMonths(double months) {
        return grouped(months, 0);
    }

    /**
     * A span of months in prose when either end may lie beyond the horizon: "52 months (4.3 years)";
     * "more than the horizon" when one end is censored; "undefined (...)" when both are.
     */
    public static String span(double months) {
        if (Double.isNaN(months)) {
            return "undefined (neither pathway delivers inside the horizon)";
        }
        return Double.isFinite(months) ? months(months) : "more than the horizon";
    }

    /** "7.6 years", "1 year", "1.0 years". */
    public static String years(double years, int decimals) {
        return counted(decimal(years, decimals), "year", "years");
    }

    /** "22.2 days", "1.0 day": days with one decimal. */
    public static String days(double days) {
        return measured(decimal(days, 1), "day", "days");
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
        long minutes = Rounding.whole(hours * 60);
        if (minutes < 60) {
            return measured(Long.toString(Math.max(1, minutes)), "minute", "minutes");
        }
        if (hours < 23.95) {
            return measured(grouped(hours, hours < 9.95 ? 1 : 0), "hour", "hours");
        }
        return measured(grouped(days, days < 9.95 ? 1 : 0), "day", "days");
    }

    /** "12 seconds", "2.5 seconds", "6 minutes" (from two minutes on). */
    public static String seconds(double seconds) {
        return seconds >= 120 ? grouped(seconds / 60, 0) + " minutes" : measured(grouped(seconds, seconds < 10 ? 1 : 0), "second", "seconds");
    }

    // Money and shares.

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

    /** "100%" from a share in [0, 1]. */
    public static String percent(double share, int decimals) {
        return decimal(share * 100, decimals) + "%";
    }

    /** "10%", "2.5%": a share with the one decimal it needs, or none when it is a whole percentage. */
    public static String share(double share) {
        double percent = share * 100;
        return percent(share, Math.abs(percent - Math.rint(percent)) < 1e-9 ? 0 : 1);
    }

    /**
     * A probability as a percentage that never rounds to a certainty it is not: a share below 1
     * never prints as 100%, one above 0 never as 0% (up to two decimals are added, then "more
     * than 99.99%" / "less than 0.01%"). One rule for prose, tables, charts and alt text.
     */
    public static String probability(double share) {
        if (share >= 1 || share <= 0 || Double.isNaN(share)) {
            return percent(share, 0);
        }
        for (int decimals = 0; decimals <= 2; decimals++) {
            BigDecimal shown = Rounding.toPlaces(share * 100, decimals);
            if (shown.compareTo(HUNDRED) < 0 && shown.signum() > 0) {
                return shown.toPlainString() + "%";
            }
        }
        return share > 0.5 ? "more than 99.99%" : "less than 0.01%";
    }

    // Full precision, for files and messages.

    /**
     * A CSV cell: full precision, locale-independent, the same bytes for the same double; empty
     * for no value, "inf" and "-inf" for a censored one.
     */
    public static String csv(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return written(value);
    }

    /** A number as a data file writes it, for messages about inputs: "40", "1.1", "1.0E-4", "NaN". */
    public static String written(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** {@code number} and the unit's singular for exactly "1" or "-1", else the plural ("1.0 years"). */
    private static String counted(String number, String singular, String plural) {
        return number + " " + (number.equals("1") || number.equals("-1") ? singular : plural);
    }

    /** {@code number} and the unit's singular when the number shown is one ("1", "1.0"), else the plural. */
    private static String measured(String number, String singular, String plural) {
        return number + " " + (showsOne(number) ? singular : plural);
    }

    private static boolean showsOne(String shown) {
        String number = shown.startsWith("-") ? shown.substring(1) : shown;
        if (!number.startsWith("1") || number.length() == 2 || number.length() > 1 && number.charAt(1) != '.') {
            return false;
        }
        for (int i = 2; i < number.length(); i++) {
            if (number.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
