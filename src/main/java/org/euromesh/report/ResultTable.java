package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.euromesh.model.ModelResults;

/**
 * One result CSV, declared once: its file name, what one row is, its columns with what each holds
 * (unit included) and the code that writes its rows. The CSV's header, the data zip's column guide
 * and the Data page's download list are all read from here, so they cannot disagree.
 */
public record ResultTable(String file, String row, List<Column> columns, Writer writer) {

    /** "months since the model's start month (month 0); empty when not delivered within the horizon". */
    static final String MONTH_INDEX = "months since the model's start month (month 0); empty when not delivered within the horizon";
    /** How a delivery month reads in a CSV, censored included. */
    static final String YYYY_MM = "calendar month as YYYY-MM; \"after YYYY-MM\" (the horizon's last month) when not delivered within the horizon";

    /** One column: its name in the header and what it holds, unit included. */
    public record Column(String name, String meaning) {
        public Column {
            if (name.isBlank() || meaning.isBlank()) {
                throw new IllegalArgumentException("a result column needs a name and a meaning");
            }
        }
    }

    /** Writes the rows of one table from a model run, one {@link Rows#row} per line, cells in column order. */
    @FunctionalInterface
    public interface Writer {
        void write(ModelResults results, Rows out);
    }

    public ResultTable {
        columns = List.copyOf(columns);
        if (!file.endsWith(".csv") || row.isBlank() || columns.isEmpty()) {
            throw new IllegalArgumentException("a result table needs a .csv name, a row and columns, got " + file);
        }
        if (columns.stream().map(Column::name).distinct().count() != columns.size()) {
            throw new IllegalArgumentException(file + " names a column twice");
        }
    }

    static Column c(String name, String meaning) {
        return new Column(name, meaning);
    }

    /** The column names, in order: the CSV's header. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The CSV text of {@code results}: the header, then every row the writer gives. */
    public String csv(ModelResults results) {
        Rows rows = new Rows(header());
        writer.write(results, rows);
        return rows.toString();
    }

    /** The declaration of {@code file} (a published name such as "reference/ramp.csv" counts by its last part). */
    public static Optional<ResultTable> named(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return ResultCsv.TABLES.stream().filter(t -> t.file().equals(name)).findFirst();
    }

    /** The lines of one CSV: header plus rows, each cell guarded and quoted only where it needs it. */
    public static final class Rows {
        private final int columns;
        private final List<String> lines = new ArrayList<>();

        Rows(List<String> header) {
            this.columns = header.size();
            lines.add(join(header.toArray(String[]::new)));
        }

        /** One row; throws when it has a different number of cells than the table has columns. */
        public void row(String... cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + columns);
            }
            lines.add(join(cells));
        }

        private static String join(String[] cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(cells[i]));
            }
            return sb.toString();
        }

        static String quote(String cell) {
            String safe = ResultCsv.guard(cell);
            if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
                return '"' + safe.replace("\"", "\"\"") + '"';
            }
            return safe;
        }

        @Override
        public String toString() {
            return String.join("\n", lines) + "\n";
        }
    }
}
