package org.euromesh.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The inputs a build changed on the command line ({@code --set}), in words, so that a what-if
 * says so on every page, on the PDF's cover and in its metadata, in the data zip and in the
 * stamp; {@link #NONE} for the edition as published.
 */
public record WhatIf(List<Change> changes) {

    /** A build of the edition as its inputs say. */
    public static final WhatIf NONE = new WhatIf(List.of());

    /** What a what-if is called wherever it shows. */
    public static final String HEADING = "What-if, not the edition";

    /**
     * One {@code --set key=value}: the key and value as given, the parameter's readable name when
     * the key names a model parameter, and the value the edition's inputs hold, with its unit, when known.
     */
    public record Change(String key, String value, Optional<String> label, Optional<String> edition) {
        public Change {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(edition, "edition");
        }

        /** {@code scenarios.baseline.tau_mega_years = 8 (1 GW campus lead time; edition: 7 years)}. */
        public String words() {
            String around = label.map(l -> edition.map(e -> l + "; edition: " + e).orElse(l))
                    .or(() -> edition.map(e -> "edition: " + e)).orElse("");
            return key + " = " + value + (around.isEmpty() ? "" : " (" + around + ")");
        }
    }

    public WhatIf {
        changes = List.copyOf(changes);
    }

    /** Whether this build is a what-if (a Freemarker layout asks {@code build.whatIf.active()}). */
    public boolean active() {
        return !changes.isEmpty();
    }

    /** {@link #HEADING}, for layouts. */
    public String heading() {
        return HEADING;
    }

    /** "What-if, not the edition: a = 1 (…); b = 2 (…)", or "" for the edition. */
    public String sentence() {
        return active() ? HEADING + ": " + changes.stream().map(Change::words).collect(Collectors.joining("; ")) : "";
    }
}
