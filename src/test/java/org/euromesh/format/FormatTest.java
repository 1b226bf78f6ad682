package org.euromesh.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The one formatter: its rounding rule, its words for each quantity, and what it prints for no value or a censored one. */
class FormatTest {

    @Test
    void aProbabilityNeverRoundsToACertaintyItIsNot() {
        assertEquals("100%", Format.probability(1.0));
        assertEquals("0%", Format.probability(0.0));
        assertEquals("97%", Format.probability(0.97));
        assertEquals("99.9%", Format.probability(0.99939));
        assertEquals("99.95%", Format.probability(0.99951));
        assertEquals("more than 99.99%", Format.probability(0.999999));
        assertEquals("0.1%", Format.probability(0.0006));
        assertEquals("less than 0.01%", Format.probability(0.000001));
    }

    @Test
    void halfWayRoundsToEvenOnTheDigitsAReaderSees() {
        assertEquals("0.12", Format.decimal(0.125, 2));
        assertEquals("0.14", Format.decimal(0.135, 2));
        // 0.35 is stored a little below 0.35; the rule rounds the digits "0.35", not the binary value.
        assertEquals("0.4", Format.decimal(0.35, 1));
        assertEquals("0.4", Format.grouped(0.35, 1));
        assertEquals("2", Format.grouped(2.5, 0));
        assertEquals("4", Format.grouped(3.5, 0));
        assertEquals("1,234", Format.grouped(1234.5, 0));
        assertEquals("12%", Format.percent(0.125, 0));
        assertEquals("14%", Format.percent(0.135, 0));
        assertEquals("2.5%", Format.percent(0.025, 1));
    }

    @Test
    void monthsYearsMoneyAndFlopShareTheRule() {
        assertEquals("2 months", Format.months(2.5));
        assertEquals("4 months", Format.months(3.5));
        assertEquals("2", Format.wholeMonths(2.5));
        assertEquals("52 months (4.3 years)", Format.months(52));
        assertEquals("2.2 years", Format.years(2.25, 1));
        assertEquals("€1.12 million", Format.euros(1.125e6));
        assertEquals("€12.0 billion", Format.euros(12.04e9));
        assertEquals("€45,000", Format.euros(45_000));
        assertEquals("1.98 × 10²⁵ FLOP", Format.flop(1.975e25));
        assertEquals("1.98 × 10²⁵ FLOP", Format.flop(1.985e25));
        assertEquals("1.97 × 10²⁵ FLOP", Format.flop(1.9683e25));
        assertEquals("37.0 EF", Format.exaflops(3.7e19));
        assertEquals("706 EF", Format.exaflops(7.06e20));
    }

    @Test
    void monthsAndYearsAreSingularOnlyForOneAndDurationsWheneverTheyShowOne() {
        assertEquals("1 month", Format.months(1));
        assertEquals("1 month", Format.months(0.6));
        assertEquals("-1 month", Format.months(-1));
        assertEquals("0 months", Format.months(0));
        assertEquals("12 months (1.0 years)", Format.months(12));
        assertEquals("1 month", Format.monthCount(1));
        assertEquals("2 months", Format.monthCount(2));
        assertEquals("1 year", Format.years(1, 0));
        assertEquals("1.0 years", Format.years(1, 1));
        assertEquals("1.5 years", Format.years(1.5, 1));
        assertEquals("10 years", Format.years(10, 0));
        assertEquals("1.0 day", Format.days(1.0));
        assertEquals("22.2 days", Format.days(22.2));
        assertEquals("1.0 second", Format.seconds(1.0));
        assertEquals("6 minutes", Format.seconds(360));
    }

    @Test
    void aCensoredValueSaysSoAndNoValueIsNeverANumber() {
        YearMonth start = YearMonth.of(2027, 1);
        assertEquals("after December 2041", Format.afterHorizon(start, 180));
        assertEquals("after December 2041", Format.afterHorizon(2027, 1, 180));
        assertEquals("after 2041-12", Format.isoAfterHorizon(start, 180));
        assertEquals("more than the horizon", Format.span(Double.POSITIVE_INFINITY));
        assertEquals("undefined (neither pathway delivers inside the horizon)", Format.span(Double.NaN));
        assertEquals("52 months (4.3 years)", Format.span(52));
        assertEquals("inf", Format.csv(Double.POSITIVE_INFINITY));
        assertEquals("", Format.csv(Double.NaN));
        assertEquals("n/a", Format.decimal(Double.NaN, 1));
        assertEquals("∞", Format.grouped(Double.POSITIVE_INFINITY, 0));
        assertEquals("NaN", Format.written(Double.NaN));
    }

    @Test
    void zeroAndNegativeNumbersKeepTheirSignOnlyWhenTheyShowOne() {
        assertEquals("0", Format.grouped(-0.3, 0));
        assertEquals("0", Format.grouped(-0.0, 0));
        assertEquals("0.0", Format.decimal(-0.04, 1));
        assertEquals("-1,234.5", Format.grouped(-1234.5, 1));
        assertEquals("-52 months (-4.3 years)", Format.months(-52));
        assertEquals("0.00", Format.scientific(0, 2));
        assertEquals("-3.50 × 10⁻⁴", Format.scientific(-3.5e-4, 2));
        assertEquals("0", Format.plain(0));
        assertEquals("€0", Format.euros(0));
        assertEquals("-3.5", Format.csv(-3.5));
        assertEquals("0", Format.csv(-0.0));
    }

    @Test
    void plainNumbersReadAsAnAnalystWroteThem() {
        assertEquals("1.4", Format.plain(1.4));
        assertEquals("1,000", Format.plain(1000));
        assertEquals("9.89 × 10¹⁴", Format.plain(9.89e14));
        assertEquals("0.0625", Format.plain(0.0625));
        assertEquals("1.22", Format.atMost(1.2200, 3));
        assertEquals("405", Format.atMost(405.0, 1));
        assertEquals("405 billion", Format.count(4.05e11));
        assertEquals("8.1 trillion", Format.count(8.1e12));
        assertEquals("28,571", Format.count(28_571));
        assertEquals("1.0E-4", Format.written(1e-4));
        assertEquals("40", Format.written(40.0));
    }

    @Test
    void aShareNeedsADecimalOnlyWhenItIsNotAWholePercentage() {
        assertEquals("10%", Format.share(0.10));
        assertEquals("2.5%", Format.share(0.025));
        assertEquals("29%", Format.share(0.29));
        assertEquals("40%", Format.share(0.4));
    }

    @Test
    void monthNamesAreTheEnglishCalendarsWhateverTheLocale() {
        DateTimeFormatter longMonth = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        YearMonth start = YearMonth.of(2025, 11);
        for (int m = -14; m < 30; m++) {
            assertEquals(start.plusMonths(m).format(longMonth), Format.date(start, m), "month " + m);
            assertEquals(start.plusMonths(m).format(shortMonth), Format.shortDate(start, m), "month " + m);
            LocalDate d = start.plusMonths(m).atDay(1 + Math.floorMod(m, 28));
            assertEquals(d.format(day), Format.day(d), d.toString());
        }
    }

    @Test
    void aDurationUnderADayIsInHoursOrMinutesNeverHundredthsOfADay() {
        assertEquals("14 minutes", Format.duration(0.01));
        assertEquals("1 minute", Format.duration(0.0001));
        assertEquals("1.0 hour", Format.duration(1.0 / 24));
        assertEquals("5.8 hours", Format.duration(0.24));
        assertEquals("14 hours", Format.duration(0.6));
        assertEquals("1.0 day", Format.duration(0.999));
        assertEquals("2.5 days", Format.duration(2.5));
        assertEquals("228 days", Format.duration(228.4));
        assertEquals("1,234 days", Format.duration(1234.2));
        for (double d = 0.0005; d < 40; d *= 1.07) {
            String s = Format.duration(d);
            assertFalse(s.startsWith("0"), d + " days reads " + s);
        }
    }
}
