package org.euromesh.explore;

/**
 * The text of a control's value as the page's URL and the build's {@code --set} write it, and
 * back: whole steps as plain decimals ("6.5"), shares in percent to a tenth ("2.5", "10"), months as
 * "2027-03". Plain string arithmetic, free of java.text, so TeaVM compiles it for the page.
 */
final class ControlText {

    private ControlText() {
    }

    /** "2027-03": the month {@code offset} months after the edition's decision month, as the URL and the build write it. */
    static String month(Verdict.Calendar edition, long offset) {
        long total = edition.startYear() * 12L + edition.startMonth() - 1 + offset;
        long year = Math.floorDiv(total, 12);
        long month = Math.floorMod(total, 12) + 1;
        return year + "-" + (month < 10 ? "0" : "") + month;
    }

    /** Months from the edition's decision month to a "YYYY-MM"; Long.MIN_VALUE when the text is not such a month. */
    static long monthOffset(Verdict.Calendar edition, String text) {
        if (text.length() != 7 || text.charAt(4) != '-' || !digits(text.substring(0, 4), 4) || !digits(text.substring(5), 2)) {
            return Long.MIN_VALUE;
        }
        int month = Integer.parseInt(text.substring(5));
        if (month < 1 || month > 12) {
            return Long.MIN_VALUE;
        }
        return Integer.parseInt(text.substring(0, 4)) * 12L + month - 1 - (edition.startYear() * 12L + edition.startMonth() - 1);
    }

    /** A share as the URL and the control write it, in percent to a tenth: 0.025 is "2.5", 0.1 is "10". */
    static String percent(double share) {
        return plain(Math.round(share * 1000), 1);
    }

    /** Whole steps to text without trailing zeros: 65 at one decimal is "6.5", 70 is "7". */
    static String plain(long units, int decimals) {
        boolean negative = units < 0;
        String digits = Long.toString(Math.abs(units));
        while (digits.length() <= decimals) {
            digits = "0" + digits;
        }
        String whole = digits.substring(0, digits.length() - decimals);
        String fraction = digits.substring(digits.length() - decimals);
        while (fraction.endsWith("0")) {
            fraction = fraction.substring(0, fraction.length() - 1);
        }
        return (negative ? "-" : "") + whole + (fraction.isEmpty() ? "" : "." + fraction);
    }

    /** Text to whole steps; -1 when it is not a plain decimal with at most {@code decimals} places. */
    static long unitsOf(String text, int decimals) {
        int dot = text.indexOf('.');
        if (!digits(dot < 0 ? text : text.substring(0, dot), 9) || (dot >= 0 && !digits(text.substring(dot + 1), 6))) {
            return -1;
        }
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        while (fraction.endsWith("0")) {
            fraction = fraction.substring(0, fraction.length() - 1);
        }
        if (fraction.length() > decimals) {
            return -1;
        }
        while (fraction.length() < decimals) {
            fraction = fraction + "0";
        }
        return Long.parseLong(whole + fraction);
    }

    private static boolean digits(String s, int most) {
        if (s.isEmpty() || s.length() > most) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
