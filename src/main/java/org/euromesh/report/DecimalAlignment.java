package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns the numbers of a right-aligned table column on their decimal point: a value with fewer
 * decimals than the longest is padded after its digits with a punctuation space (the width of
 * ".") and figure spaces (the width of a digit in a face with tabular figures). A column whose
 * values carry different units after the number is left as it is.
 */
final class DecimalAlignment {

    /** One cell's HTML and whether it is a number. */
    record Entry(String html, boolean numeric) {
    }

    private static final Pattern NUMBER = Pattern.compile("^([−\\-+]?[0-9][0-9,]*)(\\.([0-9]+))?(.*)$");
    private static final char PUNCTUATION_SPACE = '\u2008';
    private static final char FIGURE_SPACE = '\u2007';

    private DecimalAlignment() {
    }

    static List<String> pad(List<Entry> column) {
        List<Matcher> numbers = new ArrayList<>();
        String tail = null;
        int decimals = 0;
        for (Entry e : column) {
            Matcher m = NUMBER.matcher(e.html());
            if (!e.numeric() || !m.matches()) {
                numbers.add(null);
                continue;
            }
            if (tail != null && !tail.equals(m.group(4))) {
                return column.stream().map(Entry::html).toList();
            }
            tail = m.group(4);
            decimals = Math.max(decimals, m.group(3) == null ? 0 : m.group(3).length());
            numbers.add(m);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            Matcher m = numbers.get(i);
            if (m == null || decimals == 0) {
                out.add(column.get(i).html());
                continue;
            }
            int have = m.group(3) == null ? 0 : m.group(3).length();
            StringBuilder b = new StringBuilder(m.group(1));
            b.append(have == 0 ? String.valueOf(PUNCTUATION_SPACE) : "." + m.group(3));
            b.append(String.valueOf(FIGURE_SPACE).repeat(decimals - have)).append(m.group(4));
            out.add(b.toString());
        }
        return out;
    }
}
