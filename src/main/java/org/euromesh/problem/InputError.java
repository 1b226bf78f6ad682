package org.euromesh.problem;

import java.util.Comparator;

/** One input problem. line/column are 1-based, 0 when unknown; file is relative like "data/regions.csv" or "--set". */
public record InputError(String file, int line, int column, String path, String message) {

    /** Errors of one run are reported by file, then position, then path. */
    public static final Comparator<InputError> ORDER = Comparator.comparing(InputError::file)
            .thenComparingInt(InputError::line)
            .thenComparingInt(InputError::column)
            .thenComparing(InputError::path)
            .thenComparing(InputError::message);

    public InputError {
        if (file == null || file.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("an input error needs a file and a message");
        }
        path = path == null ? "" : path;
        line = Math.max(0, line);
        column = line == 0 ? 0 : Math.max(0, column);
    }

    /** "data/regions.csv:4:3: regions[2].power_price_eur_per_mwh: expected a number >= 0, got \"abc\"" (omit :col when 0, omit line when 0). */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
