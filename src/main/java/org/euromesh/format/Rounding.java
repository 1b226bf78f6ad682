package org.euromesh.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rounding rule of everything a reader sees: half to even, applied to the number's
 * shortest decimal form (the digits {@code Double.toString} prints), so 0.125 rounds to 0.12 and
 * 0.35 to 0.4 as a reader who sees those digits expects. Plain {@code java.math} only, so TeaVM
 * compiles it for the explorer.
 */
final class Rounding {

    private Rounding() {
    }

    /** {@code value} (finite) rounded to {@code decimals} places. */
    static BigDecimal toPlaces(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** {@code value} (finite, non-zero) rounded to {@code digits} significant digits. */
    static BigDecimal toDigits(double value, int digits) {
        return BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /** {@code value} (finite) rounded to a whole number. */
    static long whole(double value) {
        return toPlaces(value, 0).longValue();
    }

    /** "1,234.50" from the plain digits "1234.50" (an optional leading minus kept; "-0" is "0"). */
    static String grouped(String plain) {
        boolean negative = plain.startsWith("-");
        String abs = negative ? plain.substring(1) : plain;
        int dot = abs.indexOf('.');
        String whole = dot < 0 ? abs : abs.substring(0, dot);
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return sb.append(dot < 0 ? "" : abs.substring(dot)).toString();
    }
}
