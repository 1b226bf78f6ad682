package org.euromesh.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.euromesh.data.Cited;
import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.format.Format;
import org.euromesh.model.Parameter;
import org.euromesh.report.WhatIf;

/** Puts a build's {@code --set} overrides into words, with the edition's value beside each. */
public final class WhatIfs {

    // Units that add nothing after a bare number.
    private static final Set<String> UNITLESS = Set.of("", "ratio", "fraction");

    private WhatIfs() {
    }

    /**
     * The overrides (already validated by the build that uses them) in words; the edition's values
     * come from reading {@code dataDir} once more without them, and only for a what-if.
     */
    public static WhatIf describe(List<String> overrides, Path dataDir) {
        if (overrides.isEmpty()) {
            return WhatIf.NONE;
        }
        Map<String, Cited> edition = DataLoader.load(dataDir, List.of()) instanceof LoadResult.Ok ok ? ok.inputs().cited() : Map.of();
        List<WhatIf.Change> changes = new ArrayList<>();
        for (String assignment : overrides) {
            int eq = assignment.indexOf('=');
            String key = (eq < 0 ? assignment : assignment.substring(0, eq)).trim();
            String value = eq < 0 ? "" : assignment.substring(eq + 1).trim();
            String bare = key.endsWith(".value") ? key.substring(0, key.length() - ".value".length()) : key;
            String last = bare.substring(bare.lastIndexOf('.') + 1);
            Optional<String> label = Parameter.byKey(last).map(Parameter::label);
            Optional<String> was = Optional.ofNullable(edition.get(bare)).map(WhatIfs::valueWithUnit);
            changes.add(new WhatIf.Change(key, value, label, was));
        }
        return new WhatIf(changes);
    }

    private static String valueWithUnit(Cited c) {
        String number = Format.plain(c.value());
        return UNITLESS.contains(c.unit()) ? number : number + " " + c.unit();
    }
}
