package org.euromesh.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * An earlier edition of the report with the headline it published (baseline scenario), from
 * {@code data/editions.yaml}. {@code date} is the first day of the month when {@code dayKnown} is false.
 */
public record PastEdition(String version, LocalDate date, boolean dayKnown, String title, String summary,
        String target, YearMonth mesh, YearMonth campus, String tier, List<String> sources, String note) {

    public PastEdition {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(campus, "campus");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
    }

    /** Compares "1.10.0" above "1.9.2": versions are three whole numbers. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
