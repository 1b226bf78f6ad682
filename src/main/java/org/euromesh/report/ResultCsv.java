package org.euromesh.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.euromesh.model.ModelResults;

/**
 * The model results as CSV downloads (site/data/*.csv): full precision, locale-independent,
 * "\n" line ends, so the same results give byte-identical files. Each file is one
 * {@link ResultTable} declaration; {@link #TABLES} lists them in the order the Data page shows.
 */
public final class ResultCsv {

    /** Every result CSV of a build, in a fixed order. */
    public static final List<ResultTable> TABLES = List.of(DeliveryCsvs.HEADLINE, DeliveryCsvs.SCENARIOS, DeliveryCsvs.RAMP,
            UncertaintyCsvs.EFFICIENCY, UncertaintyCsvs.PENALTY_RANGE, UncertaintyCsvs.BANDWIDTH, UncertaintyCsvs.SENSITIVITY,
            UncertaintyCsvs.MONTE_CARLO, UncertaintyCsvs.MONTE_CARLO_CDF, UncertaintyCsvs.GAP_HISTOGRAM, DeliveryCsvs.CROSSOVER,
            DeliveryCsvs.CROSSOVER_FLOP, RegionCsvs.SUBSTRATE, RegionCsvs.SUBSTRATE_DAYS, RegionCsvs.SUBSTRATE_DAYS_ALL,
            RegionCsvs.SCORECARD, RegionCsvs.SCORECARD_STABILITY, RegionCsvs.GRID_QUEUE, DeliveryCsvs.PATHWAYS,
            UncertaintyCsvs.MONTE_CARLO_ROUTES, DeliveryCsvs.CAPITAL);

    /** {@code changes.csv}: written beside {@link #TABLES} when the original assumptions ran beside the edition. */
    public static final ResultTable CHANGES = DeliveryCsvs.CHANGES;

    private ResultCsv() {
    }

    /** File name to content, in the order of {@link #TABLES}. */
    public static Map<String, String> all(ModelResults r) {
        Map<String, String> files = new LinkedHashMap<>();
        TABLES.forEach(t -> files.put(t.file(), t.csv(r)));
        return files;
    }

    /**
     * Every CSV a build publishes: {@link #all}, then, when the original assumptions ran beside
     * the edition, {@code changes.csv} and the original's own files under {@code reference/}.
     */
    public static Map<String, String> published(ModelResults r) {
        Map<String, String> files = all(r);
        r.comparison().ifPresent(c -> {
            files.put(CHANGES.file(), CHANGES.csv(r));
            all(c.original()).forEach((name, csv) -> files.put("reference/" + name, csv));
        });
        return files;
    }

    // A number as Format.csv writes it (-3.5, 1.97E25, -inf) is data, never a formula.
    private static final Pattern NUMBER = Pattern.compile("-?(inf|[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?)");

    /**
     * A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
     * carriage return; OWASP "CSV injection") with a ' in front; numbers, even negative, unchanged.
     */
    public static String guard(String cell) {
        String start = cell.stripLeading();
        if (start.isEmpty() || "=+-@".indexOf(start.charAt(0)) < 0 && cell.charAt(0) != '\t' && cell.charAt(0) != '\r'
                || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * The CSV text {@code csv} (RFC 4180, as in data/) with every cell {@link #guard}ed; the same
     * text when no cell needs it, so the data zip keeps the inputs byte for byte in the usual case.
     */
    public static String guarded(String csv) {
        StringBuilder out = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        boolean changed = false;
        boolean quoted = false;
        boolean inQuotes = false;
        for (int i = 0; i <= csv.length(); i++) {
            char c = i < csv.length() ? csv.charAt(i) : '\n';
            if (inQuotes) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                inQuotes = true;
                quoted = true;
            } else if (c == ',' || c == '\n' || i == csv.length()) {
                String text = cell.toString();
                String safe = guard(text);
                changed |= !safe.equals(text);
                out.append(quoted || !safe.equals(text) ? '"' + safe.replace("\"", "\"\"") + '"' : text);
                if (i < csv.length()) {
                    out.append(c);
                }
                cell.setLength(0);
                quoted = false;
            } else {
                cell.append(c);
            }
        }
        return changed ? out.toString() : csv;
    }
}
