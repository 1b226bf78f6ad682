package org.euromesh.chart;

import java.time.YearMonth;
import org.euromesh.format.Format;
import org.euromesh.model.Delivery;

/**
 * Month indices on a time axis measured in years, so XChart's round tick steps fall on
 * January of whole years. Month {@code m} spans [x(m), x(m + 1)).
 */
record Timeline(YearMonth start, int horizonMonths) {

    double x(double monthIndex) {
        return start.getYear() + (start.getMonthValue() - 1 + monthIndex) / 12.0;
    }

    double min() {
        return x(0);
    }

    double max() {
        return x(horizonMonths);
    }

    /** "2028" under the January ticks, nothing elsewhere. */
    String yearTick(double x) {
        long whole = Math.round(x);
        if (Math.abs(x - whole) > 1e-6 || x < min() - 1e-6 || x > max() + 1e-6) {
            return "";
        }
        int monthIndex = (int) Math.round((x - min()) * 12);
        return Integer.toString(Format.monthOf(start, monthIndex).getYear());
    }

    /** "Oct 2028", or "after Dec 2035" when censored. */
    String shortDate(Delivery d) {
        return d.monthIndex().isPresent() ? Format.shortDate(start, d.monthIndex().getAsInt())
                : "after " + Format.shortDate(start, horizonMonths - 1);
    }

    /** "October 2028", or "after December 2035" when censored. */
    String longDate(Delivery d) {
        return d.monthIndex().isPresent() ? Format.date(start, d.monthIndex().getAsInt())
                : Format.afterHorizon(start, horizonMonths);
    }
}
